import { describe, expect, it } from 'vitest';
import { createSandboxApp } from '../../src/sandbox/app.ts';
import { fromIp, MESSAGES, NOW_MS, NOW_S, nodeSign, signedHeaders, TEMPLATES, testKey } from './nodeSigning.ts';

const good = JSON.stringify({ to: '+14155550100', message: 'Hello' });
const invalidBody = JSON.stringify({ to: 'nobody' });

async function codeOf(response: Response): Promise<string> {
  const json = (await response.json()) as { success: boolean; data?: unknown; error?: { code: string } };
  return json.error?.code ?? `OK ${response.status}`;
}

describe('check order: key → expiry → IP → rate limit → timestamp → signature → body', () => {
  it('reports the first failing check, one fix at a time', async () => {
    const { key, secret } = testKey({ allowedIps: ['203.0.113.7'], rateLimitPerMinute: 1, expiresAtMs: NOW_MS - 1 });
    let clock = NOW_MS;
    const app = createSandboxApp({ keys: [key], now: () => clock });
    const send = (apiKey: string, ip: string, timestamp: number, signature: string, body: string) =>
      app.request(
        MESSAGES,
        { method: 'POST', headers: { 'X-API-Key': apiKey, 'X-Timestamp': String(timestamp), 'X-API-Signature': signature }, body },
        fromIp(ip),
      );
    const badSignature = nodeSign('sk_test_other', NOW_S - 1000, invalidBody);

    expect(await codeOf(await send('pk_test_nope', '127.0.0.1', NOW_S - 1000, badSignature, invalidBody))).toBe('INVALID_API_KEY');
    expect(await codeOf(await send(key.apiKey, '127.0.0.1', NOW_S - 1000, badSignature, invalidBody))).toBe('EXPIRED_API_KEY');
    key.expiresAtMs = null;
    expect(await codeOf(await send(key.apiKey, '127.0.0.1', NOW_S - 1000, badSignature, invalidBody))).toBe('IP_NOT_ALLOWED');
    // None of the refusals above counted: the key's single request per minute is still available.
    expect(await codeOf(await send(key.apiKey, '203.0.113.7', NOW_S - 1000, badSignature, invalidBody))).toBe('TIMESTAMP_EXPIRED');
    expect(await codeOf(await send(key.apiKey, '203.0.113.7', NOW_S, badSignature, invalidBody))).toBe('RATE_LIMIT_EXCEEDED');
    clock += 60_000;
    const now = NOW_S + 60;
    expect(await codeOf(await send(key.apiKey, '203.0.113.7', now, badSignature, invalidBody))).toBe('INVALID_SIGNATURE');
    clock += 60_000;
    const later = now + 60;
    expect(await codeOf(await send(key.apiKey, '203.0.113.7', later, nodeSign(secret, later, invalidBody), invalidBody))).toBe(
      'VALIDATION_ERROR',
    );
    clock += 60_000;
    const last = later + 60;
    expect(await codeOf(await send(key.apiKey, '203.0.113.7', last, nodeSign(secret, last, good), good))).toBe('OK 200');
  });

  it('counts failed signatures against the rate limit', async () => {
    const { key, secret } = testKey({ rateLimitPerMinute: 2 });
    const app = createSandboxApp({ keys: [key], now: () => NOW_MS });
    const wrong = { ...signedHeaders(key.apiKey, 'sk_test_wrong', NOW_S, good) };
    expect(await codeOf(await app.request(MESSAGES, { method: 'POST', headers: wrong, body: good }))).toBe('INVALID_SIGNATURE');
    expect(await codeOf(await app.request(MESSAGES, { method: 'POST', headers: wrong, body: good }))).toBe('INVALID_SIGNATURE');
    const right = signedHeaders(key.apiKey, secret, NOW_S, good);
    expect(await codeOf(await app.request(MESSAGES, { method: 'POST', headers: right, body: good }))).toBe('RATE_LIMIT_EXCEEDED');
  });
});

describe('rate limit headers', () => {
  it('counts down per key, answers 429 with Retry-After, and resets with the next minute', async () => {
    const { key } = testKey({ rateLimitPerMinute: 3 });
    const other = testKey({ apiKey: 'pk_test_other', rateLimitPerMinute: 3 }).key;
    let clock = NOW_MS + 45_500; // NOW_MS is on a minute boundary, so 14.5 s remain in this window.
    const app = createSandboxApp({ keys: [key, other], now: () => clock });
    const get = (apiKey = key.apiKey) => app.request(TEMPLATES, { headers: { 'X-API-Key': apiKey } });

    for (const remaining of ['2', '1', '0']) {
      const res = await get();
      expect(res.status).toBe(200);
      expect(res.headers.get('X-RateLimit-Limit')).toBe('3');
      expect(res.headers.get('X-RateLimit-Remaining')).toBe(remaining);
      expect(res.headers.get('X-RateLimit-Reset')).toBe(String(NOW_S + 60));
    }
    const limited = await get();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe('15');
    expect(limited.headers.get('X-RateLimit-Remaining')).toBe('0');
    expect(await codeOf(limited)).toBe('RATE_LIMIT_EXCEEDED');

    expect((await get(other.apiKey)).headers.get('X-RateLimit-Remaining')).toBe('2');

    clock = NOW_MS + 60_000;
    const fresh = await get();
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get('X-RateLimit-Remaining')).toBe('2');
    expect(fresh.headers.get('X-RateLimit-Reset')).toBe(String(NOW_S + 120));
  });

  // Every refusal after the rate limit counted the request, so each one tells the client where it stands.
  it.each([
    ['INVALID_JSON', 400, { body: '{' }],
    ['VALIDATION_ERROR', 400, { body: JSON.stringify({ to: 'nobody' }), sign: true }],
    ['TIMESTAMP_EXPIRED', 401, { body: good, headers: { 'X-Timestamp': String(NOW_S - 301), 'X-API-Signature': '0'.repeat(64) } }],
    ['INVALID_SIGNATURE', 401, { body: good, headers: { 'X-Timestamp': String(NOW_S), 'X-API-Signature': '0'.repeat(64) } }],
    ['SIGNATURE_REQUIRED', 401, { body: good, requireSignature: true }],
    ['PAYLOAD_TOO_LARGE', 413, { body: 'x'.repeat(65) }],
  ] as const)('sends them with %s (%i) for a valid key', async (code, status, request) => {
    const { key, secret } = testKey({ requireSignature: 'requireSignature' in request });
    const app = createSandboxApp({ keys: [key], now: () => NOW_MS, bodyLimit: 64 });
    const signing = 'sign' in request ? signedHeaders(key.apiKey, secret, NOW_S, request.body) : {};
    const headers = { 'X-API-Key': key.apiKey, ...signing, ...('headers' in request ? request.headers : {}) };
    const res = await app.request(MESSAGES, { method: 'POST', headers, body: request.body });
    expect(res.status).toBe(status);
    expect(await codeOf(res)).toBe(code);
    expect(res.headers.get('X-RateLimit-Limit')).toBe('1000');
    expect(res.headers.get('X-RateLimit-Remaining')).toBe('999');
  });
});
