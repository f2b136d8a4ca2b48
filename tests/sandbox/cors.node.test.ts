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

  it('sends no CORS headers to a client that is not a browser', async () => {
    const res = await app().request(TEMPLATES, { headers: { 'X-API-Key': key.apiKey } });
    expect(res.status).toBe(200);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });
});
