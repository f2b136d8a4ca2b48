// The worker bridge in real Chromium: a result comes back from the worker, progress is relayed, and cancelling
// rejects with an AbortError and leaves the bridge usable. Signatures come from the shared vectors and the
// planted fixture (node:crypto), not from the code under test.
import { describe, expect, it } from 'vitest';
import { vectors } from '../fixtures/signingVectors.json';
import planted from '../fixtures/plantedMistakes.json';
import { runDiagnosis } from '../../src/state/diagnoseBridge.ts';

const vector = vectors[2]!;
const valid = {
  request: { timestamp: String(vector.timestamp), body: vector.body, signature: vector.signature },
  secret: vector.secret,
  nowSeconds: vector.timestamp,
};
// Nothing reproduces a signature under another secret, so this runs the whole search (~15k hypotheses).
const wrongSecret = { ...valid, secret: 'sk_live_not_the_secret_that_signed_it' };

describe('runDiagnosis', () => {
  it('returns the diagnosis computed in the worker', async () => {
    const diagnosis = await runDiagnosis(valid);
    expect(diagnosis.causes.map((cause) => cause.ids)).toEqual([['valid']]);
    expect(diagnosis.verdicts).toEqual({ raw: true, reserialized: true });
  });

  it('relays progress, with a growing count, and finds a planted mistake', async () => {
    const plantedCase = planted.find((c) => c.name === 'signed compact, requests.post(json=) sent')!;
    const counts: number[] = [];
    const diagnosis = await runDiagnosis(
      { request: plantedCase, secret: plantedCase.secret, nowSeconds: plantedCase.nowSeconds },
      { onProgress: (tried) => counts.push(tried) },
    );
    expect(diagnosis.causes[0]?.ids).toEqual(['body.reserialized']);
    expect(counts.length).toBeGreaterThan(1);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(counts.at(-1)).toBe(diagnosis.hypothesesTried);
  });

  it('rejects with an AbortError when cancelled mid-search, and the next run still works', async () => {
    const controller = new AbortController();
    let progressAfterAbort = 0;
    const cancelled = runDiagnosis(wrongSecret, {
      signal: controller.signal,
      onProgress: () => {
        if (controller.signal.aborted) progressAfterAbort++;
        else controller.abort();
      },
    });
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
    expect(progressAfterAbort).toBe(0);
    const after = await runDiagnosis(valid);
    expect(after.causes[0]?.ids).toEqual(['valid']);
  });

  it('rejects at once when the signal is already aborted', async () => {
    await expect(runDiagnosis(valid, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('keeps a concurrent run going when another one is cancelled', async () => {
    const controller = new AbortController();
    const cancelled = runDiagnosis(wrongSecret, { signal: controller.signal });
    const kept = runDiagnosis(valid);
    controller.abort();
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
    expect((await kept).causes[0]?.ids).toEqual(['valid']);
  });

  it('reports a wrong secret as unreproduced after the whole search', async () => {
    const diagnosis = await runDiagnosis(wrongSecret);
    expect(diagnosis.causes.map((cause) => cause.ids)).toEqual([['unreproduced']]);
    expect(diagnosis.hypothesesTried).toBeGreaterThan(10_000);
  }, 30_000);
});
