import { describe, expect, it } from 'vitest';
import { createLatestOnly } from '../../src/state/latestOnly.ts';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('createLatestOnly', () => {
  it('drops an older result that resolves after a newer one', async () => {
    const runLatest = createLatestOnly();
    const applied: string[] = [];
    const slow = deferred<string>();
    const fast = deferred<string>();
    const first = runLatest(() => slow.promise, (v) => applied.push(v));
    const second = runLatest(() => fast.promise, (v) => applied.push(v));
    fast.resolve('new');
    slow.resolve('old');
    expect(await second).toBe(true);
    expect(await first).toBe(false);
    expect(applied).toEqual(['new']);
  });

  it('applies results resolved in order, each in turn', async () => {
    const runLatest = createLatestOnly();
    const applied: number[] = [];
    await runLatest(async () => 1, (v) => applied.push(v));
    await runLatest(async () => 2, (v) => applied.push(v));
    expect(applied).toEqual([1, 2]);
  });
});
