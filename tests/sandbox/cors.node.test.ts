// A page on another origin may call a standalone sandbox; CORS headers go to browsers (which send Origin) only.
import { describe, expect, it } from 'vitest';
import { createSandboxApp } from '../../src/sandbox/app.ts';
import { MESSAGES, NOW_MS, NOW_S, signedHeaders, TEMPLATES, testKey } from './nodeSigning.ts';

const { key, secret } = testKey();
const app = () => createSandboxApp({ keys: [key], now: () => NOW_MS });

describe('CORS on the standalone sandbox', () => {
  it('answers a browser preflight for the signing headers', async () => {
    const res = await app().request(MESSAGES, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'x-api-signature' },
    });
    expect(res.status).toBeLessThan(300);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('Access-Control-Allow-Headers')).toContain('X-API-Signature');
  });

  it('exposes the rate-limit headers to a cross-origin page', async () => {
    const body = '{"to":"+14155550100","message":"Hi"}';
    const res = await app().request(MESSAGES, {
      method: 'POST',
      headers: { ...signedHeaders(key.apiKey, secret, NOW_S, body), Origin: 'http://localhost:5173' },
      body,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('Access-Control-Expose-Headers')).toContain('X-RateLimit-Remaining');
  });

  it('lets a cross-origin page read a refusal, a wrong method and an unknown path', async () => {
    const origin = { Origin: 'http://localhost:5173' };
    const refused = await app().request(MESSAGES, { method: 'POST', headers: { ...origin, 'X-API-Key': key.apiKey }, body: '{' });
    const wrongMethod = await app().request(MESSAGES, { method: 'PUT', headers: origin });
    const unknown = await app().request('http://sandbox.test/api/v1/external/nothing', { headers: origin });
    expect([refused.status, wrongMethod.status, unknown.status]).toEqual([400, 405, 404]);
    for (const res of [refused, wrongMethod, unknown]) {
      expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
      expect(res.headers.get('Content-Type')).toBe('application/json');
    }
    expect(refused.headers.get('Access-Control-Expose-Headers')).toContain('X-RateLimit-Remaining');
    expect(refused.headers.get('X-RateLimit-Remaining')).toBe('999');
    expect(wrongMethod.headers.get('Allow')).toBe('POST');
  });

  it('lets a cross-origin page read the 400 for a request the sandbox could not read', async () => {
    const failingUpload = new ReadableStream({
      pull(controller) {
        controller.error(new Error('connection reset'));
      },
    });
    const res = await app().request(MESSAGES, {
      method: 'POST',
      headers: { Origin: 'http://localhost:5173', 'X-API-Key': key.apiKey },
      body: failingUpload,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ success: false, error: { code: 'BAD_REQUEST' } });
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
  });

  it('sends no CORS headers to a client that is not a browser', async () => {
    const res = await app().request(TEMPLATES, { headers: { 'X-API-Key': key.apiKey } });
    expect(res.status).toBe(200);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });
});
