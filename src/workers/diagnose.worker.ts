/**
 * Runs the diagnoser off the main thread: a full search is thousands of HMACs, and typing must not wait for it.
 * Each run reports progress and can be cancelled by id; the bridge also terminates the whole worker to cancel at
 * once, since a Web Crypto call in flight cannot be interrupted.
 */
import { diagnose } from '../core/diagnose.ts';
import type { FromDiagnoseWorker, ToDiagnoseWorker } from './diagnoseMessages.ts';

const running = new Map<number, AbortController>();
const post = (message: FromDiagnoseWorker) => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<ToDiagnoseWorker>) => {
  const message = event.data;
  if (message.type === 'cancel') {
    running.get(message.id)?.abort();
    return;
  }
  const { id, input } = message;
  const controller = new AbortController();
  running.set(id, controller);
  diagnose(input, {
    signal: controller.signal,
    onProgress: (tried, level, fraction) => post({ type: 'progress', id, tried, level, fraction }),
  }).then(
    (diagnosis) => post({ type: 'result', id, diagnosis }),
    (error: unknown) => post({
      type: 'error', id,
      name: error instanceof Error || error instanceof DOMException ? error.name : 'Error',
      // Only the error text: never the input, which holds the secret.
      message: error instanceof Error || error instanceof DOMException ? error.message : String(error),
    }),
  ).finally(() => running.delete(id));
});
