import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forwardRequest, type ProxyOptions } from '../../src/sandbox/proxy.ts';
import { closedOrigin, startUpstream, TRICKY_BYTES } from './upstream.ts';

const PAGE = 'http://localhost:5173';
const TOKEN = 'a'.repeat(64);
let upstream: Awaited<ReturnType<typeof startUpstream>>;

beforeAll(async () => {
  upstream = await startUpstream();
});
afterAll(() => upstream.close());

/** The proxy's target list, as `npm start --allow-target` or a page's registration would leave it. */
const allowOnly = (...origins: string[]) => ({ allowed: () => origins, noTargetMessage: 'No target is configured.' });

function proxied(target: string, init: RequestInit & { headers?: Record<string, string> } = {}, options: Partial<ProxyOptions> = {}) {
  const request = new Request(`${PAGE}/__coext/proxy`, {
    method: 'POST',
    ...init,
    headers: { Origin: PAGE, 'Sec-Fetch-Site': 'same-origin', 'X-Coext-Proxy-Token': TOKEN, 'X-Coext-Target': target, ...init.headers },
  });
  return forwardRequest(request, { token: TOKEN, targets: allowOnly(upstream.origin), ...options });
}

async function errorOf(response: Response) {
  const json = (await response.json()) as { success: boolean; error: { code: string; message: string } };
  expect(json.success).toBe(false);
  return { status: response.status, code: json.error.code, message: json.error.message };
}

describe('forwarding proxy', () => {
  it('keeps the body byte for byte both ways, and the status and headers of the answer', async () => {
    const before = upstream.received.length;
    const res = await proxied(`${upstream.origin}/echo?x=1`, { body: TRICKY_BYTES, headers: { 'Content-Type': 'application/json', 'X-API-Key': 'pk_test_k' } });
    expect(res.status).toBe(201);
    expect(res.headers.get('X-Upstream')).toBe('yes');
    expect(Buffer.from(await res.arrayBuffer())).toEqual(Buffer.concat([Buffer.from('echo:'), TRICKY_BYTES]));
    const got = upstream.received[before];
    expect(got?.url).toBe('/echo?x=1');
    expect(got?.body).toEqual(TRICKY_BYTES);
    expect(got?.headers['x-api-key']).toBe('pk_test_k');
    expect(got?.headers['content-type']).toBe('application/json');
  });

  it('strips its own, hop-by-hop and page headers, and passes no cookie either way', async () => {
    const before = upstream.received.length;
    const res = await proxied(`${upstream.origin}/echo`, {
      body: '{}',
      headers: { Cookie: 'session=1', Connection: 'x-private', 'X-Private': 'no', Referer: `${PAGE}/`, 'X-Timestamp': '1' },
    });
    expect(res.headers.get('Set-Cookie')).toBeNull();
    const headers = upstream.received[before]?.headers ?? {};
    // (Node's own fetch adds `sec-fetch-mode: cors` to every request; the page's Sec-Fetch-Site must not pass.)
    expect(Object.keys(headers).filter((name) => /^(x-coext-|cookie|origin|referer|sec-fetch-site|x-private)/.test(name))).toEqual([]);
    expect(headers['x-timestamp']).toBe('1');
  });

  it('forwards a GET without a body', async () => {
    const before = upstream.received.length;
    const res = await proxied(`${upstream.origin}/echo`, { method: 'GET' });
    expect(await res.text()).toBe('echo:');
    expect(upstream.received[before]?.method).toBe('GET');
  });

  it.each([
    ['another page origin', { Origin: 'http://evil.test', 'Sec-Fetch-Site': 'cross-site' }, 403, 'PROXY_FORBIDDEN_ORIGIN'],
    ['a matching Origin but a cross-site fetch', { 'Sec-Fetch-Site': 'same-site' }, 403, 'PROXY_FORBIDDEN_ORIGIN'],
    ['a missing token', { 'X-Coext-Proxy-Token': '' }, 403, 'PROXY_BAD_TOKEN'],
    ['a forged token', { 'X-Coext-Proxy-Token': 'b'.repeat(64) }, 403, 'PROXY_BAD_TOKEN'],
    ['a token one character short', { 'X-Coext-Proxy-Token': 'a'.repeat(63) }, 403, 'PROXY_BAD_TOKEN'],
  ])('refuses %s and forwards nothing', async (_, headers, status, code) => {
    const before = upstream.received.length;
    const error = await errorOf(await proxied(`${upstream.origin}/echo`, { body: 'x', headers }));
    expect(error).toMatchObject({ status, code });
    expect(upstream.received.length).toBe(before);
  });

  it('refuses a request with neither Origin nor Sec-Fetch-Site (not a page of ours)', async () => {
    const request = new Request(`${PAGE}/__coext/proxy`, { headers: { 'X-Coext-Proxy-Token': TOKEN, 'X-Coext-Target': `${upstream.origin}/echo` } });
    const error = await errorOf(await forwardRequest(request, { token: TOKEN, targets: allowOnly(upstream.origin) }));
    expect(error.code).toBe('PROXY_FORBIDDEN_ORIGIN');
  });

  it.each([
    ['another target origin', 'http://127.0.0.1:1/echo', 403, 'PROXY_TARGET_NOT_ALLOWED'],
    ['the same host on another scheme', 'https://127.0.0.1/echo', 403, 'PROXY_TARGET_NOT_ALLOWED'],
    ['a relative target', '/echo', 400, 'PROXY_BAD_TARGET'],
    ['a file: target', 'file:///etc/passwd', 400, 'PROXY_BAD_TARGET'],
  ])('refuses %s', async (_, target, status, code) => {
    expect(await errorOf(await proxied(target, { body: 'x' }))).toMatchObject({ status, code });
  });

  it('refuses when no target is configured', async () => {
    const error = await errorOf(await proxied(`${upstream.origin}/echo`, {}, { targets: allowOnly() }));
    expect(error).toMatchObject({ status: 409, code: 'PROXY_NO_TARGET' });
  });

  it('refuses a redirect to another origin, and passes one within the target through unfollowed', async () => {
    const away = await errorOf(await proxied(`${upstream.origin}/redirect-away`, { method: 'GET' }));
    expect(away).toMatchObject({ status: 502, code: 'PROXY_REDIRECT_REFUSED' });
    expect(away.message).toContain('http://evil.example');
    const here = await proxied(`${upstream.origin}/redirect-here`, { method: 'GET' });
    expect(here.status).toBe(302);
    expect(here.headers.get('Location')).toBe('/echo');
  });

  it('caps the request body at 1 MB with 413', async () => {
    const error = await errorOf(await proxied(`${upstream.origin}/echo`, { body: new Uint8Array(1024 * 1024 + 1) }));
    expect(error).toMatchObject({ status: 413, code: 'PROXY_PAYLOAD_TOO_LARGE' });
  });

  it('turns a refused connection into a plain sentence', async () => {
    const origin = await closedOrigin();
    const error = await errorOf(await proxied(`${origin}/x`, { body: 'x' }, { targets: allowOnly(origin) }));
    expect(error).toEqual({ status: 502, code: 'PROXY_CONNECTION_REFUSED', message: `${origin} refused the connection: nothing is listening there.` });
  });

  it('turns a timeout into 504', async () => {
    const error = await errorOf(await proxied(`${upstream.origin}/slow`, { body: 'x' }, { timeoutMs: 300 }));
    expect(error).toEqual({ status: 504, code: 'PROXY_TIMEOUT', message: `${upstream.origin} did not answer within 0.3 seconds.` });
  });

  it('turns an unknown host and a failed TLS handshake into plain sentences', async () => {
    const dns = await errorOf(await proxied('http://no-such-host.invalid/x', {}, { targets: allowOnly('http://no-such-host.invalid') }));
    expect(dns).toMatchObject({ status: 502, code: 'PROXY_DNS', message: 'The host name no-such-host.invalid could not be found.' });
    const tlsOrigin = upstream.origin.replace('http:', 'https:'); // TLS spoken to a plain-HTTP server
    const tls = await errorOf(await proxied(`${tlsOrigin}/x`, { method: 'GET' }, { targets: allowOnly(tlsOrigin) }));
    expect(tls).toMatchObject({ status: 502, code: 'PROXY_TLS' });
  });
});
