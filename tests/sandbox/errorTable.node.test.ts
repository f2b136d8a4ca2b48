import { describe, expect, it } from 'vitest';
import { createSandboxApp } from '../../src/sandbox/app.ts';
import { fromIp, MESSAGES, NOW_MS, NOW_S, nodeSign, signedHeaders, TEMPLATES, testKey } from './nodeSigning.ts';

const { key, secret } = testKey();
const body = JSON.stringify({ to: '+14155550100', message: 'Hello' });

function app(overrides: Parameters<typeof testKey>[0] = {}, options: { bodyLimit?: number } = {}) {
  const made = testKey(overrides);
  return createSandboxApp({ keys: [made.key], now: () => NOW_MS, ...options });
}

async function errorOf(response: Response) {
  const json = (await response.json()) as { success: boolean; error: { code: string; message: string; details?: unknown } };
  expect(json.success).toBe(false);
  expect(typeof json.error.message).toBe('string');
  return { status: response.status, code: json.error.code, details: json.error.details };
}

describe('every row of the error table', () => {
  it('accepts a correctly signed request', async () => {
    const res = await app().request(MESSAGES, { method: 'POST', headers: signedHeaders(key.apiKey, secret, NOW_S, body), body });
    expect(res.status).toBe(200);
    const json = (await res.json()) as { success: boolean; data: Record<string, string> };
    expect(json.success).toBe(true);
    expect(json.data.message_id).toMatch(/^msg_[0-9a-f]+$/);
    expect(json.data).toMatchObject({ to: '+14155550100', status: 'queued', created_at: new Date(NOW_MS).toISOString() });
  });

  it.each([
    ['missing header', undefined, 'missing'],
    ['unknown key', 'pk_test_unknownunknownunknown', 'unknown'],
    ['malformed key', 'not a key', 'malformed'],
    ['a secret in the key header', 'sk_test_abc', 'looks-like-secret'],
  ])('401 INVALID_API_KEY for a %s', async (_, apiKey, reason) => {
    const headers: Record<string, string> = apiKey === undefined ? {} : { 'X-API-Key': apiKey };
    const res = await app().request(TEMPLATES, { headers });
    expect(await errorOf(res)).toMatchObject({ status: 401, code: 'INVALID_API_KEY', details: { reason } });
    expect(res.headers.get('X-RateLimit-Limit')).toBeNull();
  });

  it('401 EXPIRED_API_KEY once expiresAt has passed, and not a millisecond before', async () => {
    const expired = await app({ expiresAtMs: NOW_MS }).request(TEMPLATES, { headers: { 'X-API-Key': key.apiKey } });
    expect(await errorOf(expired)).toMatchObject({ status: 401, code: 'EXPIRED_API_KEY' });
    const live = await app({ expiresAtMs: NOW_MS + 1 }).request(TEMPLATES, { headers: { 'X-API-Key': key.apiKey } });
    expect(live.status).toBe(200);
  });

  it('403 IP_NOT_ALLOWED from an address outside allowedIps; allowed from inside a CIDR range', async () => {
    const restricted = app({ allowedIps: ['203.0.113.7', '10.1.0.0/16'] });
    const headers = { 'X-API-Key': key.apiKey };
    const refused = await restricted.request(TEMPLATES, { headers }, fromIp('127.0.0.1'));
    expect(await errorOf(refused)).toMatchObject({ status: 403, code: 'IP_NOT_ALLOWED', details: { callerIp: '127.0.0.1' } });
    expect((await restricted.request(TEMPLATES, { headers }, fromIp('10.1.200.3'))).status).toBe(200);
    expect((await restricted.request(TEMPLATES, { headers }, fromIp('::ffff:203.0.113.7'))).status).toBe(200);
  });

  it('honours X-Forwarded-For only with trustProxy', async () => {
    const { key: k } = testKey({ allowedIps: ['203.0.113.7'] });
    const headers = { 'X-API-Key': k.apiKey, 'X-Forwarded-For': '203.0.113.7, 10.0.0.1' };
    const untrusting = createSandboxApp({ keys: [k], now: () => NOW_MS });
    expect((await untrusting.request(TEMPLATES, { headers }, fromIp('127.0.0.1'))).status).toBe(403);
    const trusting = createSandboxApp({ keys: [k], now: () => NOW_MS, trustProxy: true });
    expect((await trusting.request(TEMPLATES, { headers }, fromIp('127.0.0.1'))).status).toBe(200);
    const garbage = await trusting.request(TEMPLATES, { headers: { ...headers, 'X-Forwarded-For': 'nonsense' } }, fromIp('127.0.0.1'));
    expect(await errorOf(garbage)).toMatchObject({ status: 403, code: 'IP_NOT_ALLOWED' });
  });

  it('401 SIGNATURE_REQUIRED when the key requires signing and both headers are absent', async () => {
    const res = await app({ requireSignature: true }).request(TEMPLATES, { headers: { 'X-API-Key': key.apiKey } });
    expect(await errorOf(res)).toMatchObject({ status: 401, code: 'SIGNATURE_REQUIRED' });
  });

  it.each([
    ['only X-Timestamp', { 'X-Timestamp': String(NOW_S) }, 'missing-signature'],
    ['only X-API-Signature', { 'X-API-Signature': 'a'.repeat(64) }, 'missing-timestamp'],
  ])('401 INVALID_SIGNATURE with %s', async (_, extra, reason) => {
    const res = await app().request(TEMPLATES, { headers: { 'X-API-Key': key.apiKey, ...extra } });
    const error = await errorOf(res);
    expect(error).toMatchObject({ status: 401, code: 'INVALID_SIGNATURE', details: { reason } });
  });

  it.each([
    ['301 s in the past', String(NOW_S - 301), -301, false],
    ['301 s in the future', String(NOW_S + 301), 301, false],
    ['milliseconds', String(NOW_MS), NOW_MS - NOW_S, true],
    ['a fraction', `${NOW_S}.5`, null, false],
    ['an exponent', '1.7643e9', null, false],
    ['a negative number', '-5', null, false],
  ])('401 TIMESTAMP_EXPIRED for %s', async (_, timestamp, skewSeconds, looksLikeMilliseconds) => {
    const res = await app().request(MESSAGES, { method: 'POST', headers: signedHeaders(key.apiKey, secret, timestamp, body), body });
    const error = await errorOf(res);
    expect(error).toMatchObject({ status: 401, code: 'TIMESTAMP_EXPIRED' });
    expect(error.details).toEqual({ serverTime: NOW_S, timestamp, skewSeconds, looksLikeMilliseconds });
  });

  it('accepts the edges of the ±300 s window', async () => {
    for (const timestamp of [NOW_S - 300, NOW_S + 300]) {
      const res = await app().request(MESSAGES, { method: 'POST', headers: signedHeaders(key.apiKey, secret, timestamp, body), body });
      expect(res.status).toBe(200);
    }
  });

  it.each([
    ['uppercase hex', nodeSign(secret, NOW_S, body).toUpperCase(), /uppercase/],
    ['63 characters', nodeSign(secret, NOW_S, body).slice(1), /63 characters/],
    ['base64', Buffer.from(nodeSign(secret, NOW_S, body), 'hex').toString('base64'), /44 characters/],
  ])('401 INVALID_SIGNATURE for a malformed signature: %s', async (_, signature, received) => {
    const headers = { ...signedHeaders(key.apiKey, secret, NOW_S, body), 'X-API-Signature': signature };
    const error = await errorOf(await app().request(MESSAGES, { method: 'POST', headers, body }));
    expect(error).toMatchObject({ status: 401, code: 'INVALID_SIGNATURE', details: { reason: 'malformed-signature' } });
    expect((error.details as { received: string }).received).toMatch(received);
  });

  it('401 INVALID_SIGNATURE for a signature made with another secret', async () => {
    const headers = signedHeaders(key.apiKey, 'sk_test_wrong', NOW_S, body);
    const error = await errorOf(await app().request(MESSAGES, { method: 'POST', headers, body }));
    expect(error).toMatchObject({ status: 401, code: 'INVALID_SIGNATURE', details: { reason: 'mismatch', verification: 'raw', payload: `${NOW_S}.${body}` } });
  });

  it('400 INVALID_JSON for a signed body that is not JSON', async () => {
    const bad = '{"to": "+14155550100",';
    const res = await app().request(MESSAGES, { method: 'POST', headers: signedHeaders(key.apiKey, secret, NOW_S, bad), body: bad });
    expect(await errorOf(res)).toMatchObject({ status: 400, code: 'INVALID_JSON' });
  });

  it.each([
    [{ message: 'Hi' }, { to: 'is required' }],
    [{ to: '14155550100', message: 'Hi' }, { to: expect.stringMatching(/E\.164/) }],
    [{ to: '+0123', message: '' }, { to: expect.any(String), message: 'must not be empty' }],
    [{ to: '+14155550100', message: 'x'.repeat(4097) }, { message: 'must be at most 4096 characters' }],
    [{ to: 14155550100, message: 7 }, { to: 'must be a string', message: 'must be a string' }],
    [['+14155550100', 'Hi'], { body: 'must be a JSON object' }],
  ])('400 VALIDATION_ERROR names each wrong field: %j', async (payload, details) => {
    const text = JSON.stringify(payload);
    const res = await app().request(MESSAGES, { method: 'POST', headers: { 'X-API-Key': key.apiKey }, body: text });
    const error = await errorOf(res);
    expect(error).toMatchObject({ status: 400, code: 'VALIDATION_ERROR' });
    expect(error.details).toEqual(details);
  });

  it('accepts a message of exactly 4096 characters', async () => {
    const text = JSON.stringify({ to: '+14155550100', message: 'é'.repeat(4096) });
    const res = await app().request(MESSAGES, { method: 'POST', headers: { 'X-API-Key': key.apiKey }, body: text });
    expect(res.status).toBe(200);
  });

  it('413 PAYLOAD_TOO_LARGE over the body limit (1 MB by default)', async () => {
    const big = JSON.stringify({ to: '+14155550100', message: 'x'.repeat(1024 * 1024) });
    const res = await app().request(MESSAGES, { method: 'POST', headers: { 'X-API-Key': key.apiKey }, body: big });
    expect(await errorOf(res)).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
    const small = await app({}, { bodyLimit: 10 }).request(MESSAGES, { method: 'POST', headers: { 'X-API-Key': key.apiKey }, body });
    expect(await errorOf(small)).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE', details: { limitBytes: 10 } });
  });

  it('404 NOT_FOUND for an unknown route and 405 METHOD_NOT_ALLOWED with Allow for a wrong method', async () => {
    const missing = await app().request('http://sandbox.test/api/v1/external/messages/image', { method: 'POST' });
    expect(await errorOf(missing)).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    const wrong = await app().request(MESSAGES, { method: 'GET', headers: { 'X-API-Key': key.apiKey } });
    expect(await errorOf(wrong)).toMatchObject({ status: 405, code: 'METHOD_NOT_ALLOWED' });
    expect(wrong.headers.get('Allow')).toBe('POST');
  });

  it('lists templates', async () => {
    const res = await app().request(TEMPLATES, { headers: { 'X-API-Key': key.apiKey } });
    const json = (await res.json()) as { success: boolean; data: { templates: Array<Record<string, unknown>> } };
    expect(json.success).toBe(true);
    expect(json.data.templates.length).toBeGreaterThanOrEqual(3);
    for (const template of json.data.templates) {
      expect(Object.keys(template)).toEqual(['name', 'language', 'category', 'status', 'components']);
    }
  });
});
