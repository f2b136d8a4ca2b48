import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, preview, type PreviewServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDevHelpers } from '../../src/sandbox/devHelpers.ts';
import { coextSandbox } from '../../src/sandbox/vitePlugin.ts';
import { nodeSign } from './nodeSigning.ts';
import { startUpstream, TRICKY_BYTES } from './upstream.ts';

interface KeysAnswer { baseUrl: string; keys: Array<{ name: string; apiKey: string; secret: string }> }

const root = mkdtempSync(join(tmpdir(), 'coext-vite-'));
writeFileSync(join(root, 'index.html'), '<!doctype html><title>explorer</title>');
mkdirSync(join(root, 'dist'));
writeFileSync(join(root, 'dist', 'index.html'), '<!doctype html><title>built explorer</title>');

let dev: ViteDevServer;
let origin: string;
let upstream: Awaited<ReturnType<typeof startUpstream>>;

beforeAll(async () => {
  upstream = await startUpstream();
  dev = await createServer({ root, configFile: false, logLevel: 'silent', plugins: [coextSandbox()], server: { port: 0, host: '127.0.0.1' } });
  await dev.listen();
  origin = `http://127.0.0.1:${(dev.httpServer?.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await dev.close();
  await upstream.close();
});

const samePage = () => ({ Origin: origin, 'Sec-Fetch-Site': 'same-origin' });

describe('coextSandbox() in the dev server', () => {
  it('serves the demo keys, which work against the mounted sandbox with the real socket address', async () => {
    const answer = (await (await fetch(`${origin}/__coext/sandbox-keys`)).json()) as KeysAnswer;
    expect(answer.baseUrl).toBe('/api/v1/external');
    expect(answer.keys.map((key) => key.name)).toEqual(['Development', 'Staging', 'Production', 'Expired', 'IP restricted', 'Signature required']);
    const production = answer.keys.find((key) => key.name === 'Production')!;
    const ts = Math.floor(Date.now() / 1000);
    const body = '{"to":"+14155550100","message":"Héllo\\n"}\n';
    const sent = await fetch(`${origin}/api/v1/external/messages/text`, {
      method: 'POST',
      headers: { 'X-API-Key': production.apiKey, 'X-Timestamp': String(ts), 'X-API-Signature': nodeSign(production.secret, ts, body) },
      body,
    });
    expect(sent.status).toBe(200);
    const restricted = answer.keys.find((key) => key.name === 'IP restricted')!;
    const refused = await fetch(`${origin}/api/v1/external/templates`, { headers: { 'X-API-Key': restricted.apiKey } });
    expect(await refused.json()).toMatchObject({ error: { code: 'IP_NOT_ALLOWED', details: { callerIp: '127.0.0.1' } } });
  });

  it('refuses the demo keys to a page from another site', async () => {
    const res = await fetch(`${origin}/__coext/sandbox-keys`, { headers: { Origin: 'http://evil.test', 'Sec-Fetch-Site': 'cross-site' } });
    expect(res.status).toBe(403);
  });

  it('gives the proxy token only to its own page, and forwards through the real server byte for byte', async () => {
    expect((await fetch(`${origin}/__coext/proxy-token`)).status).toBe(403);
    expect((await fetch(`${origin}/__coext/proxy-token`, { headers: { Origin: 'http://evil.test' } })).status).toBe(403);
    const { token } = (await (await fetch(`${origin}/__coext/proxy-token`, { headers: samePage() })).json()) as { token: string };
    expect(token).toMatch(/^[0-9a-f]{64}$/);

    const register = (headers: Record<string, string>, targetOrigin = upstream.origin) =>
      fetch(`${origin}/__coext/proxy/target`, { method: 'PUT', headers, body: JSON.stringify({ origin: targetOrigin }) });
    expect((await register(samePage())).status).toBe(403);
    expect((await register({ Origin: 'http://evil.test', 'X-Coext-Proxy-Token': token })).status).toBe(403);
    expect(await (await register({ ...samePage(), 'X-Coext-Proxy-Token': token })).json()).toEqual({ origin: upstream.origin, fixed: false });

    const before = upstream.received.length;
    const res = await fetch(`${origin}/__coext/proxy`, {
      method: 'POST',
      headers: { ...samePage(), 'X-Coext-Proxy-Token': token, 'X-Coext-Target': `${upstream.origin}/echo` },
      body: TRICKY_BYTES,
    });
    expect(res.status).toBe(201);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(Buffer.concat([Buffer.from('echo:'), TRICKY_BYTES]));
    expect(upstream.received[before]?.body).toEqual(TRICKY_BYTES);
  });

  it('leaves every other path to Vite', async () => {
    const res = await fetch(`${origin}/`);
    expect(await res.text()).toContain('<title>explorer</title>');
  });
});

describe('coextSandbox() in the preview server', () => {
  let server: PreviewServer;
  afterAll(() => server.close());

  it('mounts the same sandbox and helpers', async () => {
    server = await preview({ root, configFile: false, logLevel: 'silent', plugins: [coextSandbox()], preview: { port: 0, host: '127.0.0.1' } });
    const previewOrigin = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
    const answer = (await (await fetch(`${previewOrigin}/__coext/sandbox-keys`)).json()) as KeysAnswer;
    const staging = answer.keys.find((key) => key.name === 'Staging')!;
    const res = await fetch(`${previewOrigin}/api/v1/external/templates`, { headers: { 'X-API-Key': staging.apiKey } });
    expect(res.status).toBe(200);
    expect(res.headers.get('X-RateLimit-Limit')).toBe('30');
  });
});

describe('COEXT_TARGET', () => {
  it('fixes the target: the page cannot register another one', async () => {
    const helpers = createDevHelpers({ demoKeys: [], token: 't', fixedTarget: 'https://api.coext.example/some/path' });
    const put = (targetOrigin: string) =>
      helpers.request('http://localhost:5173/__coext/proxy/target', {
        method: 'PUT',
        headers: { Origin: 'http://localhost:5173', 'X-Coext-Proxy-Token': 't' },
        body: JSON.stringify({ origin: targetOrigin }),
      });
    expect(await (await put('http://127.0.0.1:9')).json()).toMatchObject({ error: { code: 'PROXY_TARGET_FIXED' } });
    expect(await (await put('https://api.coext.example')).json()).toEqual({ origin: 'https://api.coext.example', fixed: true });
  });
});
