/**
 * The diagnoser and its limit in the same Web Worker, as the app runs it (src/workers/diagnose.worker.ts). Web
 * Crypto's `sign` and `digest` are counted (one wrapper, paid equally by both sides) so the report can say how
 * many HMACs a hypothesis cost.
 */
import { diagnose } from '../../src/core/diagnose.ts';
import type { FromBenchWorker, ToBenchWorker } from './messages.ts';

const subtle = crypto.subtle;
const counts = { signs: 0, digests: 0 };
const sign = subtle.sign.bind(subtle);
const digest = subtle.digest.bind(subtle);
subtle.sign = (...args: Parameters<SubtleCrypto['sign']>) => { counts.signs++; return sign(...args); };
subtle.digest = (...args: Parameters<SubtleCrypto['digest']>) => { counts.digests++; return digest(...args); };

/** Web Crypto calls in flight at once, as in src/core/diagnose/search.ts. */
const BATCH = 256;

/** `signs` HMAC-SHA256 signs of a payload of `payloadBytes` bytes, cycling over `keyCount` keys imported up front. */
async function rawHmacs(keyCount: number, payloadBytes: number, signs: number): Promise<number> {
  const keys = await Promise.all(Array.from({ length: keyCount }, (_, i) =>
    subtle.importKey('raw', new TextEncoder().encode(`bench-key-${i}`.padEnd(64, '0')), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])));
  const payload = new Uint8Array(payloadBytes).fill(0x61);
  const started = performance.now();
  const pending: Array<Promise<ArrayBuffer>> = [];
  for (let i = 0; i < signs; i++) {
    pending.push(subtle.sign('HMAC', keys[i % keyCount]!, payload));
    if (pending.length >= BATCH) {
      await Promise.all(pending);
      pending.length = 0;
    }
  }
  await Promise.all(pending);
  return performance.now() - started;
}

self.addEventListener('message', async (event: MessageEvent<ToBenchWorker>) => {
  const request = event.data;
  const answer = (message: FromBenchWorker) => self.postMessage(message);
  if (request.type === 'raw') {
    answer({ ms: await rawHmacs(request.keyCount, request.payloadBytes, request.signs), signs: request.signs });
    return;
  }
  counts.signs = 0;
  counts.digests = 0;
  const started = performance.now();
  const diagnosis = await diagnose(request.input);
  const ms = performance.now() - started;
  answer({ ms, hypothesesTried: diagnosis.hypothesesTried, signs: counts.signs, digests: counts.digests, verdict: diagnosis.causes[0]?.ids ?? [] });
});
