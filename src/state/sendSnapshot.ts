/**
 * The one snapshot a Send is built from. The signature is brought up to date with the inputs first (a keystroke's
 * signing may still be in flight), then the signature store, credentials key and request are read together. From
 * here on the request is fixed: editing the body while it is in flight changes nothing for it.
 */
import { planBody } from '../core/requestModel.ts';
import type { SentRequest } from '../core/sentRequest.ts';
import { useClockStore } from './clockStore.ts';
import { useCredentialsStore } from './credentialsStore.ts';
import { useRequestStore } from './requestStore.ts';
import { effectiveBaseUrl, useSettingsStore } from './settingsStore.ts';
import { currentTimestamp, recomputeSignature, type SignatureState, useSignatureStore } from './signatureStore.ts';

export type SnapshotResult = { ok: true; request: SentRequest } | { ok: false; message: string };

/** Whether the stored signature was computed from the inputs as they are now. */
function signatureIsCurrent(signature: SignatureState): boolean {
  const request = useRequestStore.getState();
  const { secret } = useCredentialsStore.getState();
  const timestamp = currentTimestamp(request, useClockStore.getState().nowMs);
  const body = planBody(request.method, request.body, request.emptyBody);
  if (!timestamp.ok) return !signature.timestamp.ok && signature.sentBody === body.sent;
  const steps = signature.steps;
  return (
    steps !== undefined &&
    signature.timestamp.ok &&
    signature.timestamp.value === timestamp.value &&
    steps.payload.input.body === body.signed &&
    signature.sentBody === body.sent &&
    steps.secretHash.input === secret
  );
}

/** Brings the signature up to date and takes the snapshot; fails with a sentence when nothing can be sent. */
export async function takeSendSnapshot(id: string, pageOrigin: string, nowMs: () => number): Promise<SnapshotResult> {
  let signature = useSignatureStore.getState();
  for (let attempt = 0; attempt < 5 && !signatureIsCurrent(signature); attempt++) {
    await recomputeSignature();
    signature = useSignatureStore.getState();
  }
  if (!signatureIsCurrent(signature)) return { ok: false, message: 'The signature kept changing while it was computed; press Send again.' };
  const request = useRequestStore.getState();
  const { apiKey } = useCredentialsStore.getState();
  const base = {
    id,
    method: request.method,
    path: request.path,
    baseUrl: effectiveBaseUrl(useSettingsStore.getState().baseUrl, pageOrigin),
    authMode: request.authMode,
    apiKey,
    body: signature.sentBody,
    sentAtMs: nowMs(),
  };
  if (request.authMode === 'key-only') return { ok: true, request: base };
  const { steps, timestamp } = signature;
  if (!timestamp.ok) return { ok: false, message: `Not sent: ${timestamp.error.message}` };
  if (!steps) return { ok: false, message: `Not sent: ${signature.error ?? 'the signature is not computed yet.'}` };
  return {
    ok: true,
    request: { ...base, timestamp: steps.timestamp.output, signature: steps.signature.output, payload: steps.payload.output },
  };
}
