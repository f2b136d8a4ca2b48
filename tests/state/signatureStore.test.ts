// The signature store against its inputs: the last edit always wins, even when an earlier, larger body finishes
// signing later.
import { beforeEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { useClockStore } from '../../src/state/clockStore.ts';
import { initialCredentials, useCredentialsStore } from '../../src/state/credentialsStore.ts';
import { initialRequest, useRequestStore } from '../../src/state/requestStore.ts';
import { hashedAhead, recomputeSignature, useSignatureStore } from '../../src/state/signatureStore.ts';

beforeEach(() => {
  useCredentialsStore.setState({ ...initialCredentials, secret: 'sk_test_order' }, true);
  useRequestStore.setState({ ...initialRequest, timestampMode: 'pinned', pinnedTimestamp: '1764300000' }, true);
  useClockStore.setState({ nowMs: 1_764_300_000_000 });
});

describe('signature store', () => {
  it('keeps the newest body’s signature when an older, larger one finishes later', async () => {
    useRequestStore.setState({ body: `{"m":"${'x'.repeat(4_000_000)}"}` });
    const big = recomputeSignature();
    useRequestStore.setState({ body: '{"m":"small"}' });
    const small = recomputeSignature();
    await Promise.all([big, small]);
    const expected = await commands.nodeSign('sk_test_order', '1764300000', '{"m":"small"}');
    expect(useSignatureStore.getState().steps?.signature.output).toBe(expected.signature);
  });

  it('a body-less GET sends no body and signs the chosen convention', async () => {
    useRequestStore.setState({ method: 'GET', path: '/templates', body: '', emptyBody: 'object' });
    await recomputeSignature();
    const state = useSignatureStore.getState();
    expect(state.sentBody).toBeUndefined();
    expect(state.steps?.payload.output).toBe('1764300000.{}');
  });

  it('an invalid timestamp clears the signature rather than leaving the last one shown', async () => {
    await recomputeSignature();
    expect(useSignatureStore.getState().steps).toBeDefined();
    useRequestStore.setState({ pinnedTimestamp: '17643000001234' });
    await recomputeSignature();
    expect(useSignatureStore.getState().steps).toBeUndefined();
    expect(useSignatureStore.getState().timestamp.ok).toBe(false);
  });

  it('signs a large body right in the next second, hashed ahead, and after an edit made meanwhile', async () => {
    useRequestStore.setState({ timestampMode: 'live', body: `{"m":"${'x'.repeat(300_000)}"}` });
    await recomputeSignature();
    await hashedAhead();
    const signatureIn = async (seconds: number) => {
      useClockStore.setState({ nowMs: seconds * 1000 });
      await recomputeSignature();
      return useSignatureStore.getState().steps?.signature.output;
    };
    const body = useRequestStore.getState().body;
    expect(await signatureIn(1_764_300_001)).toBe((await commands.nodeSign('sk_test_order', '1764300001', body)).signature);
    // Typed into before the next second's hashing ahead has finished: it goes on from the edit.
    const edited = `${body.slice(0, 150_000)}é${body.slice(150_000)}`;
    useRequestStore.setState({ body: edited });
    await recomputeSignature();
    expect(await signatureIn(1_764_300_002)).toBe((await commands.nodeSign('sk_test_order', '1764300002', edited)).signature);
  });
});
