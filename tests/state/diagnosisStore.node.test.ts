// Runs in Node: vi.mock needs a module graph of its own, and the browser files share one page (vite.config.ts).
// The diagnosis store's run bookkeeping, with the worker bridge replaced by promises this test settles by hand, in
// any order: an older run's result, progress or failure never overwrites a newer run, cancelling stops listening,
// and a worker failure becomes a sentence. (The real worker is exercised in tests/ui/diagnosis*.test.tsx.)
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Diagnosis, DiagnoseInput } from '../../src/core/diagnose.ts';
import type { RunDiagnosisOptions } from '../../src/state/diagnoseBridge.ts';

interface Call { input: DiagnoseInput; options: RunDiagnosisOptions; resolve(d: Diagnosis): void; reject(e: unknown): void }
const calls: Call[] = [];

vi.mock('../../src/state/diagnoseBridge.ts', () => ({
  runDiagnosis: (input: DiagnoseInput, options: RunDiagnosisOptions) =>
    new Promise<Diagnosis>((resolve, reject) => calls.push({ input, options, resolve, reject })),
}));

const { initialDiagnosis, useDiagnosisStore, setPasteText, setSentField, setDiagnosisMode, startDiagnosis, cancelDiagnosis } =
  await import('../../src/state/diagnosisStore.ts');
const { setSecret } = await import('../../src/state/credentialsStore.ts');
const { useClockStore } = await import('../../src/state/clockStore.ts');

const diagnosisFor = (id: 'valid' | 'unreproduced', tried: number): Diagnosis => ({
  causes: [{ ids: [id], sentence: id, fix: { language: 'any', code: '' } }], checks: [], verdicts: { raw: id === 'valid', reserialized: true }, hypothesesTried: tried,
});

function enterFields(signature: string) {
  setDiagnosisMode('fields');
  setSentField('timestamp', '1764300000');
  setSentField('body', '{}');
  setSentField('signature', signature);
}

describe('the diagnosis store', () => {
  beforeEach(() => {
    calls.length = 0;
    useDiagnosisStore.setState(initialDiagnosis, true);
    setSecret('sk_test_store');
  });

  it('hands the run the secret, the clock in seconds and the request', async () => {
    useClockStore.setState({ nowMs: 1_764_300_030_999 });
    enterFields('ab'.repeat(32));
    void startDiagnosis();
    expect(calls[0]?.input).toEqual({
      request: { timestamp: '1764300000', body: '{}', signature: 'ab'.repeat(32) }, secret: 'sk_test_store', nowSeconds: 1_764_300_030,
    });
    expect(useDiagnosisStore.getState().status).toBe('running');
    expect(JSON.stringify(useDiagnosisStore.getState())).not.toContain('sk_test_store');
  });

  it('keeps the newer run when the older one settles last', async () => {
    enterFields('11'.repeat(32));
    const first = startDiagnosis();
    enterFields('22'.repeat(32));
    const second = startDiagnosis();
    expect(calls[0]?.options.signal?.aborted).toBe(true);
    calls[1]!.options.onProgress?.(10, 1, 0.5);
    calls[1]!.resolve(diagnosisFor('valid', 10));
    await second;
    calls[0]!.options.onProgress?.(999, 3, 1);
    calls[0]!.resolve(diagnosisFor('unreproduced', 999));
    await first;
    expect(useDiagnosisStore.getState()).toMatchObject({ status: 'done', progress: { tried: 10, level: 1 }, result: diagnosisFor('valid', 10) });
  });

  it('drops a failure of an older run', async () => {
    enterFields('11'.repeat(32));
    const first = startDiagnosis();
    const second = startDiagnosis();
    calls[0]!.reject(new DOMException('cancelled', 'AbortError'));
    await first;
    expect(useDiagnosisStore.getState().status).toBe('running');
    calls[1]!.resolve(diagnosisFor('valid', 1));
    await second;
    expect(useDiagnosisStore.getState()).toMatchObject({ status: 'done', failure: undefined });
  });

  it('cancels: aborts the run and ignores whatever it still reports', async () => {
    enterFields('11'.repeat(32));
    const run = startDiagnosis();
    calls[0]!.options.onProgress?.(5, 1, 0.1);
    cancelDiagnosis();
    expect(calls[0]?.options.signal?.aborted).toBe(true);
    calls[0]!.options.onProgress?.(50, 2, 0.9);
    calls[0]!.resolve(diagnosisFor('valid', 50));
    await run;
    expect(useDiagnosisStore.getState()).toMatchObject({ status: 'cancelled', progress: { tried: 5, level: 1 }, result: undefined });
  });

  it('reports a worker failure as a sentence', async () => {
    enterFields('11'.repeat(32));
    const run = startDiagnosis();
    calls[0]!.reject(new Error('The diagnoser worker failed: out of memory'));
    await run;
    expect(useDiagnosisStore.getState()).toMatchObject({
      status: 'failed', failure: 'The diagnosis could not run: The diagnoser worker failed: out of memory', result: undefined,
    });
  });

  it('does not start without a request, and says why beside the field; editing clears it', async () => {
    await startDiagnosis();
    expect(calls).toHaveLength(0);
    expect(useDiagnosisStore.getState().inputError).toEqual({ field: 'request', message: expect.stringMatching(/^Paste the failing request/) });
    setPasteText('curl');
    expect(useDiagnosisStore.getState().inputError).toBeUndefined();
  });
});
