// Answers the built-in sandbox never gives in its default mode, shown as they would arrive from another server:
// a re-serializing verifier (payloads differ), a long payload echoed as its SHA-256, an unknown code, a bare 502.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import type { SentRequest } from '../../src/core/sentRequest.ts';
import { useResponseStore } from '../../src/state/responseStore.ts';
import { renderApp, unmountApp } from '../support/renderApp.tsx';
import { explanationRegion, resetResponse } from '../support/sendFlow.ts';

const sentBody = '{"to": "+14155550100", "message": "hi"}';
const request: SentRequest = {
  id: 'shape-1', method: 'POST', path: '/messages/text', baseUrl: 'https://api.example.com/api/v1/external', authMode: 'signed',
  apiKey: 'pk_live_Example123', timestamp: '1703001234', signature: 'a'.repeat(64), payload: `1703001234.${sentBody}`,
  body: sentBody, sentAtMs: 0,
};

function answer(status: number, bodyText: string, payload = request.payload): void {
  useResponseStore.setState({
    status: 'done',
    request: { ...request, payload },
    result: { ok: true, response: { status, statusText: '', headers: [], bodyText, durationMs: 5, sizeBytes: bodyText.length } },
    receivedAtMs: Date.now(),
  });
}

const invalidSignature = (details: Record<string, unknown>) =>
  JSON.stringify({ success: false, error: { code: 'INVALID_SIGNATURE', message: 'Request signature verification failed', details } });

describe('Error explanation of answers from other servers', () => {
  beforeEach(() => {
    resetResponse();
    renderApp();
  });
  afterEach(() => unmountApp());

  it('marks the first difference when a re-serializing server verified other characters', async () => {
    answer(401, invalidSignature({ payload: '1703001234.{"to":"+14155550100","message":"hi"}', verification: 'reserialized', reason: 'mismatch' }));
    const region = explanationRegion();
    await expect.element(region.getByText(/first difference is at character 18\./)).toBeVisible();
    await expect.element(region.getByText(/This server verifies over/)).toBeVisible();
    const diff = region.getByLabelText('Payload comparison').element();
    const first = diff.querySelector('[data-first-difference]');
    expect(first?.tagName).toBe('DEL');
    expect(first?.textContent).toBe(' ');
    // Each side of the diff rebuilds its payload exactly.
    const text = (selector: string) => [...diff.querySelectorAll(selector)].map((node) => node.textContent).join('');
    expect(text(':scope > span, :scope > del')).toBe(request.payload);
    expect(text(':scope > span, :scope > ins')).toBe('1703001234.{"to":"+14155550100","message":"hi"}');
  });

  it('compares a long payload by the length and SHA-256 the server echoed', async () => {
    const payload = `1703001234.{"message":"${'x'.repeat(3000)}"}`;
    // nodeSign's secretHash is Node's SHA-256 of its first argument: an independent digest of the payload.
    const { secretHash: sha256 } = await commands.nodeSign(payload, '0', '');
    answer(401, invalidSignature({ payloadLength: payload.length, payloadSha256: sha256, reason: 'mismatch' }), payload);
    await expect.element(explanationRegion().getByText(/The server built exactly the payload that was signed/)).toBeVisible();
    await expect.element(explanationRegion().getByRole('definition').first()).toHaveTextContent(`${payload.length.toLocaleString()} bytes, SHA-256 ${sha256}`);
  });

  it('says when the long payload’s digest differs', async () => {
    const payload = `1703001234.{"message":"${'x'.repeat(3000)}"}`;
    const { secretHash: otherSha } = await commands.nodeSign(`${payload} `, '0', '');
    answer(401, invalidSignature({ payloadLength: payload.length + 1, payloadSha256: otherSha, reason: 'mismatch' }), payload);
    await expect.element(explanationRegion().getByText('The server verified a different payload (+1 bytes).')).toBeVisible();
  });

  it('explains a malformed signature header from the server’s details', async () => {
    answer(401, invalidSignature({ reason: 'malformed-signature', expectedFormat: '64 lowercase hex characters', received: 'uppercase hex: the contract is lowercase hex' }));
    await expect.element(explanationRegion().getByText(/is malformed \(uppercase hex: the contract is lowercase hex\)/)).toBeVisible();
  });

  it('shows an unknown code raw and labels it unknown', async () => {
    answer(409, JSON.stringify({ success: false, error: { code: 'QUOTA_FROZEN', message: 'Account frozen' } }));
    await expect.element(explanationRegion().getByText('unknown error code')).toBeVisible();
    await expect.element(explanationRegion().getByText(/"code": "QUOTA_FROZEN"/)).toBeVisible();
  });

  it('shows a non-JSON error answer as received', async () => {
    answer(502, '<html>Bad Gateway</html>');
    await expect.element(explanationRegion().getByText(/HTTP 502 came without the documented error body/)).toBeVisible();
    await expect.element(explanationRegion().getByText('<html>Bad Gateway</html>')).toBeVisible();
  });
});
