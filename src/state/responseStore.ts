/**
 * The last Send: its status, the request exactly as sent and what came back. `sendCurrentRequest` is the one
 * action that sends; it snapshots the request, calls the HTTP module and records the outcome in the history.
 */
import { create } from 'zustand';
import { prepareRequest, type SentRequest } from '../core/sentRequest.ts';
import { recordHistory } from './historyStore.ts';
import { type HttpResult, sendRequest } from './httpClient.ts';
import { takeSendSnapshot } from './sendSnapshot.ts';

export type ResponseStatus = 'idle' | 'sending' | 'done' | 'failed';

export interface ResponseState {
  status: ResponseStatus;
  /** The request as sent (no secret, no hash). */
  request: SentRequest | undefined;
  result: HttpResult | undefined;
  /** Wall-clock time the answer (or failure) arrived, for countdowns such as Retry-After. */
  receivedAtMs: number | undefined;
}

export const initialResponse: ResponseState = { status: 'idle', request: undefined, result: undefined, receivedAtMs: undefined };

export const useResponseStore = create<ResponseState>()(() => initialResponse);

export const useResponseStatus = () => useResponseStore((s) => s.status);
export const useSentRequest = () => useResponseStore((s) => s.request);
export const useResponseResult = () => useResponseStore((s) => s.result);
export const useReceivedAt = () => useResponseStore((s) => s.receivedAtMs);

let controller: AbortController | undefined;
let nextId = 1;

/** Sends the request as it is now. Ignored while another send is in flight. */
export async function sendCurrentRequest(pageOrigin: string = globalThis.location.origin): Promise<void> {
  if (controller) return;
  const own = new AbortController();
  controller = own;
  const id = `req-${nextId++}`;
  useResponseStore.setState({ status: 'sending', result: undefined, receivedAtMs: undefined });
  try {
    const snapshot = await takeSendSnapshot(id, pageOrigin, Date.now);
    if (!snapshot.ok) {
      useResponseStore.setState({ request: undefined });
      finish(undefined, { ok: false, error: { kind: 'not-ready', message: snapshot.message } }, false);
      return;
    }
    useResponseStore.setState({ request: snapshot.request });
    const prepared = prepareRequest(snapshot.request);
    const result = prepared.ok
      ? await sendRequest(prepared.request, { pageOrigin, signal: own.signal })
      : ({ ok: false, error: prepared.error } satisfies HttpResult);
    finish(snapshot.request, result, true);
  } finally {
    if (controller === own) controller = undefined;
  }
}

function finish(request: SentRequest | undefined, result: HttpResult, record: boolean): void {
  const receivedAtMs = Date.now();
  useResponseStore.setState({ status: result.ok ? 'done' : 'failed', result, receivedAtMs, ...(request ? { request } : {}) });
  if (!record || !request) return;
  recordHistory({
    id: request.id,
    method: request.method,
    path: request.path,
    status: result.ok ? result.response.status : null,
    ...(result.ok ? {} : { failure: result.error.message }),
    sentAt: request.sentAtMs,
    durationMs: result.ok ? result.response.durationMs : null,
    request,
  });
}

/** Cancels the request in flight, if any; it then ends as `aborted`. */
export function cancelSend(): void {
  controller?.abort();
}
