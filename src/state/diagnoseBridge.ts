/**
 * The one door to the diagnoser's Web Worker. `runDiagnosis` posts the input, relays progress and resolves with
 * the diagnosis. Cancelling terminates the worker (a Web Crypto call in flight cannot be interrupted any other
 * way) and replaces it, re-posting any other run that was still pending; the cancelled call rejects with an
 * AbortError. The secret travels only inside this tab, in the message to the worker.
 */
import type { Diagnosis, DiagnoseInput } from '../core/diagnose.ts';
import type { FromDiagnoseWorker, ToDiagnoseWorker } from '../workers/diagnoseMessages.ts';

export interface RunDiagnosisOptions {
  onProgress?(tried: number, level: number, fraction: number): void;
  signal?: AbortSignal;
}

interface PendingRun {
  input: DiagnoseInput;
  options: RunDiagnosisOptions;
  resolve(diagnosis: Diagnosis): void;
  reject(error: unknown): void;
}

const pending = new Map<number, PendingRun>();
let worker: Worker | undefined;
let nextId = 1;

function abortError(): DOMException {
  return new DOMException('The diagnosis was cancelled.', 'AbortError');
}

function post(message: ToDiagnoseWorker): void {
  ensureWorker().postMessage(message);
}

function onMessage(event: MessageEvent<FromDiagnoseWorker>): void {
  const message = event.data;
  const run = pending.get(message.id);
  if (run === undefined) return;
  if (message.type === 'progress') {
    run.options.onProgress?.(message.tried, message.level, message.fraction);
    return;
  }
  pending.delete(message.id);
  if (message.type === 'result') run.resolve(message.diagnosis);
  else run.reject(message.name === 'AbortError' ? abortError() : new Error(message.message));
}

function onError(event: ErrorEvent): void {
  // The worker itself failed (it could not load, or threw outside a run): every pending run fails with it.
  const error = new Error(`The diagnoser worker failed: ${event.message || 'unknown error'}`);
  const runs = [...pending.values()];
  pending.clear();
  replaceWorker();
  for (const run of runs) run.reject(error);
}

function ensureWorker(): Worker {
  if (worker === undefined) {
    worker = new Worker(new URL('../workers/diagnose.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
  }
  return worker;
}

function replaceWorker(): void {
  worker?.terminate();
  worker = undefined;
}

function cancel(id: number): void {
  const run = pending.get(id);
  if (run === undefined) return;
  pending.delete(id);
  replaceWorker();
  run.reject(abortError());
  for (const [otherId, other] of pending) post({ type: 'run', id: otherId, input: other.input });
}

/** Runs the diagnoser in its worker. Rejects with an AbortError when `options.signal` aborts. */
export function runDiagnosis(input: DiagnoseInput, options: RunDiagnosisOptions = {}): Promise<Diagnosis> {
  if (options.signal?.aborted) return Promise.reject(abortError());
  const id = nextId++;
  return new Promise<Diagnosis>((resolve, reject) => {
    pending.set(id, { input, options, resolve, reject });
    options.signal?.addEventListener('abort', () => cancel(id), { once: true });
    post({ type: 'run', id, input });
  });
}
