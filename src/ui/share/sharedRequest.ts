/**
 * The bridge between the stores and a share link: what the current request looks like as a {@link SharedRequest},
 * and putting a shared request back into the editor. Credentials are read only to make sure none is in the link.
 */
import type { ParsedRequest } from '../../core/curl.ts';
import { joinUrl, planBody } from '../../core/requestModel.ts';
import type { SharedRequest } from '../../core/shareLink.ts';
import { useCredentialsStore } from '../../state/credentialsStore.ts';
import { useRequestStore } from '../../state/requestStore.ts';
import { effectiveBaseUrl, setBaseUrl, useSettingsStore } from '../../state/settingsStore.ts';
import { useSignatureStore } from '../../state/signatureStore.ts';

/** The request in the editor as a link carries it: the pinned timestamp only while it is pinned. */
export function currentSharedRequest(): SharedRequest {
  const request = useRequestStore.getState();
  return {
    v: 1,
    method: request.method,
    path: request.path,
    body: request.body,
    baseUrl: useSettingsStore.getState().baseUrl,
    authMode: request.authMode,
    emptyBody: request.emptyBody,
    ...(request.timestampMode === 'pinned' ? { timestamp: request.pinnedTimestamp } : {}),
  };
}

/**
 * Which credential, if any, was typed into a field the link would carry (a key pasted into the body, say). The link
 * is refused then: a share link must never hold the key, the secret or the secret's hash.
 */
export function credentialInSharedRequest(shared: SharedRequest): string | undefined {
  const { apiKey, secret } = useCredentialsStore.getState();
  const secretHash = useSignatureStore.getState().steps?.secretHash.output;
  const carried = [shared.path, shared.body, shared.baseUrl, shared.timestamp ?? ''];
  const found = (value: string | undefined) => value !== undefined && value.trim().length >= 4
    && carried.some((field) => field.includes(value.trim()));
  if (found(secret)) return 'API secret';
  if (found(secretHash)) return "API secret's SHA-256 hash";
  if (found(apiKey)) return 'API key';
  return undefined;
}

/** Replaces the request in the editor, and the base URL, with `shared`. Credentials are left as they are. */
export function applySharedRequest(shared: SharedRequest): void {
  useRequestStore.setState({
    method: shared.method,
    path: shared.path,
    body: shared.body,
    authMode: shared.authMode,
    emptyBody: shared.emptyBody,
    timestampMode: shared.timestamp === undefined ? 'live' : 'pinned',
    pinnedTimestamp: shared.timestamp ?? '',
  });
  setBaseUrl(shared.baseUrl);
}

/** The current request as a credential-free curl command: the fallback when the body is too large for a link. */
export function currentRequestAsCurl(origin: string): ParsedRequest {
  const shared = currentSharedRequest();
  return {
    method: shared.method,
    url: joinUrl(effectiveBaseUrl(shared.baseUrl, origin), shared.path),
    headers: [['Content-Type', 'application/json']],
    body: planBody(shared.method, shared.body, shared.emptyBody).sent,
  };
}
