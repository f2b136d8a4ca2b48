import { describe, expect, it } from 'vitest';
import { createSandboxApp } from '../../src/sandbox/app.ts';
import type { EmptyBodyMode, VerifyMode } from '../../src/sandbox/verifySignature.ts';
import { MESSAGES, NOW_MS, NOW_S, nodeSign, sha256Hex, TEMPLATES, testKey } from './nodeSigning.ts';

import { vectors } from '../fixtures/signingVectors.json';

function appWith(secret: string, verify: VerifyMode = 'raw', emptyBody: EmptyBodyMode = 'empty', nowMs = NOW_MS) {
  const { key } = testKey({ secret });
  return { key, app: createSandboxApp({ keys: [key], verify, emptyBody, now: () => nowMs }) };
}

async function post(verify: VerifyMode, secret: string, timestamp: number, signature: string, body: string) {
  // The server clock is the request's own second: the vectors are dated, and the window is tested elsewhere.
  const { key, app } = appWith(secret, verify, 'empty', timestamp * 1000);
  const headers = { 'X-API-Key': key.apiKey, 'X-Timestamp': String(timestamp), 'X-API-Signature': signature };
  const res = await app.request(MESSAGES, { method: 'POST', headers, body });
  return { status: res.status, json: (await res.json()) as { error?: { code: string; details: Record<string, unknown> } } };
}

describe('verify modes', () => {
  it('accepts the shared vectors over the exact bytes sent (raw mode)', async () => {
    for (const v of vectors.filter((vector) => vector.body.startsWith('{"to"'))) {
      expect((await post('raw', v.secret, v.timestamp, v.signature, v.body)).status).toBe(200);
    }
  });

  it('a body with Python default spacing passes raw and fails reserialized, and the compact signature the reverse', async () => {
    const spaced = vectors[1]!; // json.dumps default separators
    const compact = vectors[0]!;
    expect(spaced.body).toContain('", "');
    expect((await post('raw', spaced.secret, spaced.timestamp, spaced.signature, spaced.body)).status).toBe(200);
    const failed = await post('reserialized', spaced.secret, spaced.timestamp, spaced.signature, spaced.body);
    expect(failed.json.error?.code).toBe('INVALID_SIGNATURE');
    expect(failed.json.error?.details).toMatchObject({ verification: 'reserialized', payload: `${compact.timestamp}.${compact.body}` });
    // What an Express app with express.json() accepts: the compact form's signature on the spaced bytes.
    expect((await post('reserialized', spaced.secret, spaced.timestamp, compact.signature, spaced.body)).status).toBe(200);
    expect((await post('raw', spaced.secret, spaced.timestamp, compact.signature, spaced.body)).status).toBe(401);
  });

  it('ensure_ascii escapes verify raw but not re-serialized (JSON.stringify writes the characters)', async () => {
    const escaped = vectors[3]!;
    const utf8 = vectors[2]!;
    expect((await post('raw', escaped.secret, escaped.timestamp, escaped.signature, escaped.body)).status).toBe(200);
    expect((await post('reserialized', escaped.secret, escaped.timestamp, escaped.signature, escaped.body)).status).toBe(401);
    expect((await post('reserialized', escaped.secret, escaped.timestamp, utf8.signature, escaped.body)).status).toBe(200);
  });

  it('falls back to raw for a body that is not JSON, and says so', async () => {
    const body = 'to=+14155550100&message=Hi';
    const { json } = await post('reserialized', 'sk_test_x', NOW_S, 'f'.repeat(64), body);
    expect(json.error?.details).toMatchObject({ verification: 'raw', payload: `${NOW_S}.${body}`, fallback: expect.stringMatching(/not JSON/) });
    // …and a correct raw signature over it gets past the signature check (to the body check).
    const passed = await post('reserialized', 'sk_test_x', NOW_S, nodeSign('sk_test_x', NOW_S, body), body);
    expect(passed.json.error?.code).toBe('INVALID_JSON');
  });
});

describe('empty body of a GET', () => {
  const [emptyVector, objectVector] = [vectors[4]!, vectors[5]!];

  it.each([
    ['empty', emptyVector, objectVector],
    ['object', objectVector, emptyVector],
  ] as const)('--empty-body %s accepts only its own convention', async (mode, accepted, refused) => {
    const { key, app } = appWith(accepted.secret, 'raw', mode);
    const get = (signature: string) =>
      app.request(TEMPLATES, { headers: { 'X-API-Key': key.apiKey, 'X-Timestamp': String(accepted.timestamp), 'X-API-Signature': signature } });
    expect((await get(accepted.signature)).status).toBe(200);
    const res = await get(refused.signature);
    const json = (await res.json()) as { error: { code: string; details: Record<string, unknown> } };
    expect(json.error.code).toBe('INVALID_SIGNATURE');
    expect(json.error.details).toMatchObject({ payload: `${accepted.timestamp}.${accepted.body}`, emptyBody: mode });
  });
});

describe('INVALID_SIGNATURE details', () => {
  const secret = 'sk_test_0123456789abcdefghijABCDEFGHIJ';

  it('never contain the expected signature nor the secret hash', async () => {
    const bodies = ['', '{"to":"+14155550100","message":"Hello"}', `{"message":"${'é'.repeat(3000)}"}`];
    for (const verify of ['raw', 'reserialized'] as const) {
      for (const body of bodies) {
        const expected = [nodeSign(secret, NOW_S, body), nodeSign(secret, NOW_S, body === '' ? '{}' : JSON.stringify(JSON.parse(body)))];
        for (const signature of ['0'.repeat(64), expected[0]!.toUpperCase(), 'xyz']) {
          const { json } = await post(verify, secret, NOW_S, signature, body);
          const text = JSON.stringify(json).toLowerCase();
          expect(json.error?.code).toBe('INVALID_SIGNATURE');
          for (const forbidden of [...expected, sha256Hex(secret)]) expect(text).not.toContain(forbidden);
        }
      }
    }
  });

  it('give the length and SHA-256 of a payload over 2 kB instead of the payload', async () => {
    const body = JSON.stringify({ to: '+14155550100', message: 'x'.repeat(3000) });
    const { json } = await post('raw', secret, NOW_S, '0'.repeat(64), body);
    const payload = `${NOW_S}.${body}`;
    expect(json.error?.details).toEqual({
      verification: 'raw',
      reason: 'mismatch',
      payloadLength: Buffer.byteLength(payload),
      payloadSha256: sha256Hex(payload),
    });
  });
});
