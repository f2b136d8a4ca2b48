// The signature store against its inputs: the last edit always wins, even when an earlier, larger body finishes
// signing later.
import { beforeEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { useClockStore } from '../../src/state/clockStore.ts';
import { initialCredentials, useCredentialsStore } from '../../src/state/credentialsStore.ts';
import { initialRequest, useRequestStore } from '../../src/state/requestStore.ts';
import { recomputeSignature, useSignatureStore } from '../../src/state/signatureStore.ts';

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
});
