/** The bench page: one worker, and `window.benchWorker(request)` for Playwright to drive it one request at a time. */
import type { FromBenchWorker, ToBenchWorker } from './messages.ts';

const worker = new Worker(new URL('./benchWorker.ts', import.meta.url), { type: 'module' });

declare global {
  interface Window {
    benchWorker(request: ToBenchWorker): Promise<FromBenchWorker>;
  }
}

window.benchWorker = (request) => new Promise((resolve, reject) => {
  worker.addEventListener('message', (event: MessageEvent<FromBenchWorker>) => resolve(event.data), { once: true });
  worker.addEventListener('error', (event) => reject(new Error(event.message)), { once: true });
  worker.postMessage(request);
});
