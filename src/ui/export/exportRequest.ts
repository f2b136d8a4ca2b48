/**
 * The bridge between the stores and the exports: the current request as the generators take it, and which
 * credential, if any, was typed into it (the export is refused then, as a share link is). Credentials are read only
 * for that check; the generators never see them.
 */
import { planBody } from '../../core/requestModel.ts';
import type { SnippetRequest } from '../../core/snippets/snippetRequest.ts';
import { useRequestStore } from '../../state/requestStore.ts';
import { effectiveBaseUrl, useSettingsStore } from '../../state/settingsStore.ts';
import { credentialInSharedRequest, currentSharedRequest } from '../share/sharedRequest.ts';

/** The request in the editor, with the base URL the app would send it to from `origin`. */
export function currentExportRequest(origin: string): SnippetRequest {
  const { method, path, body, emptyBody } = useRequestStore.getState();
  return {
    method,
    baseUrl: effectiveBaseUrl(useSettingsStore.getState().baseUrl, origin),
    path,
    body: planBody(method, body, emptyBody).sent ?? '',
    emptyBody,
  };
}

/** `'API key'`, `'API secret'` or the hash's name when the request carries one of them, else `undefined`. */
export function credentialInExport(): string | undefined {
  return credentialInSharedRequest(currentSharedRequest());
}
