// Abusing the forwarding proxy through the real dev, preview and `npm start` servers, over real HTTP and from a real
// browser page — what the unit tests of proxy.ts cannot show: a DNS-rebinding page (another Host naming our port) is
// refused (by Vite, or by npm start's own Host check) before any helper runs; another local app's page (same site,
// another port, which Vite's default CORS lets read answers; npm start sends no CORS headers) gets neither token, keys
// nor proxy; and a 2 MB chunked body is cut off with 413. The target records every request that reaches it: none of
// these may.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { createServer, preview, type PreviewServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coextSandbox } from '../../src/sandbox/vitePlugin.ts';
import { chromiumArgs, findChromium } from '../setup/chromiumPath.mjs';
import { type StartedServer, startServer } from '../support/startProcess.ts';
import { startUpstream } from './upstream.ts';

const root = mkdtempSync(join(tmpdir(), 'coext-abuse-'));
writeFileSync(join(root, 'index.html'), '<!doctype html><title>explorer</title>');
let dev: ViteDevServer;
let previewServer: PreviewServer;
let started: StartedServer;
let upstream: Awaited<ReturnType<typeof startUpstream>>;
const ports: Record<'dev' | 'preview' | 'start', number> = { dev: 0, preview: 0, start: 0 };

beforeAll(async () => {
  upstream = await startUpstream();
  dev = await createServer({ root, configFile: false, logLevel: 'silent', plugins: [coextSandbox()], server: { port: 0, host: '127.0.0.1', hmr: false } });
  await dev.listen();
  ports.dev = (dev.httpServer!.address() as AddressInfo).port;
  previewServer = await preview({ root, configFile: false, logLevel: 'silent', plugins: [coextSandbox()], build: { outDir: root }, preview: { port: 0, host: '127.0.0.1' } });
  ports.preview = (previewServer.httpServer.address() as AddressInfo).port;
  // npm start with the sandbox, serving the same one-file page, its proxy allowed to reach the target.
  started = await startServer(['--port', '0', '--dist', root, '--sandbox', '--allow-target', upstream.origin]);
  ports.start = Number(new URL(started.origin).port);
}, 120_000);
afterAll(async () => {
  await dev?.close();
  await previewServer?.close();
  await started?.stop();
  await upstream?.close();
});

/** A raw HTTP request, so the Host header can be anything (fetch would not let a test forge it). */
function raw(port: number, path: string, headers: Record<string, string>, method = 'GET', body?: Buffer): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    if (body) {
      // Chunked, in pieces: no Content-Length to trust, the cap must count the bytes.
      for (let offset = 0; offset < body.length; offset += 64 * 1024) req.write(body.subarray(offset, offset + 64 * 1024));
    }
    req.end();
  });
}

describe.each(['dev', 'preview', 'start'] as const)('the %s server', (server) => {
  it('refuses a DNS-rebinding page (another Host, its own Origin) before any helper answers', async () => {
    const before = upstream.received.length;
    const port = ports[server];
    const rebound = { Host: `attacker.example:${port}`, Origin: `http://attacker.example:${port}`, 'Sec-Fetch-Site': 'same-origin' };
    for (const [path, method] of [['/__coext/proxy-token', 'GET'], ['/__coext/sandbox-keys', 'GET'], ['/__coext/proxy/target', 'PUT'], ['/__coext/proxy', 'POST'], ['/api/v1/external/templates', 'GET']] as const) {
      const answer = await raw(port, path, { ...rebound, 'X-Coext-Target': `${upstream.origin}/echo` }, method);
      expect(answer.status, path).toBe(403);
      expect(answer.text, path).toMatch(/^Blocked request\. This host \("attacker\.example"\) is not allowed\./);
    }
    // The same request with our own Host is answered by the helper: the refusal above was about the Host alone.
    const own = await raw(port, '/__coext/proxy-token', { Host: `127.0.0.1:${port}`, Origin: `http://127.0.0.1:${port}`, 'Sec-Fetch-Site': 'same-origin' });
    expect(JSON.parse(own.text)).toMatchObject({ token: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(upstream.received.length).toBe(before);
  });

  it('cuts off a 2 MB chunked body with 413 and forwards nothing', async () => {
    const port = ports[server];
    const page = { Host: `127.0.0.1:${port}`, Origin: `http://127.0.0.1:${port}`, 'Sec-Fetch-Site': 'same-origin' };
    const { token } = JSON.parse((await raw(port, '/__coext/proxy-token', page)).text) as { token: string };
    const registered = await raw(port, '/__coext/proxy/target', { ...page, 'X-Coext-Proxy-Token': token, 'Content-Type': 'application/json' }, 'PUT', Buffer.from(JSON.stringify({ origin: upstream.origin })));
    expect(registered.status).toBe(200);
    const before = upstream.received.length;
    const answer = await raw(port, '/__coext/proxy', { ...page, 'X-Coext-Proxy-Token': token, 'X-Coext-Target': `${upstream.origin}/echo` }, 'POST', Buffer.alloc(2 * 1024 * 1024, 0x61));
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.text)).toMatchObject({ success: false, error: { code: 'PROXY_PAYLOAD_TOO_LARGE' } });
    expect(upstream.received.length).toBe(before);
  });
});

describe.each([
  // Vite's default CORS lets a same-site page read the answers: they are refusals.
  ['dev', { token: 403, keys: 403, target: 403, proxy: 403, simple: 0 }],
  // npm start sends no CORS headers: the page reads nothing at all.
  ['start', { token: 'blocked', keys: 'blocked', target: 'blocked', proxy: 'blocked', simple: 0 }],
] as const)("another local app's page in Chromium, against the %s server", (server, expected) => {
  let other: Server;
  afterAll(() => new Promise((done) => other?.close(done)));

  it('reads only refusals from the token, keys, target and proxy endpoints, and reaches no target', async () => {
    other = createHttpServer((_, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>another app</title>'));
    await new Promise<void>((done) => other.listen(0, '127.0.0.1', done));
    const otherPort = (other.address() as AddressInfo).port;
    const before = upstream.received.length;
    const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
    try {
      const page = await browser.newPage();
      // localhost on both sides: the same site, other ports — the case Vite's default CORS lets a page read.
      await page.goto(`http://localhost:${otherPort}/`);
      const statuses = await page.evaluate(async (explorer) => {
        const status = (input: string, init?: RequestInit) => fetch(`${explorer}${input}`, init).then((r) => r.status, () => 'blocked');
        return {
          token: await status('/__coext/proxy-token'),
          keys: await status('/__coext/sandbox-keys'),
          target: await status('/__coext/proxy/target', { method: 'PUT', headers: { 'X-Coext-Proxy-Token': 'a'.repeat(64) }, body: '{}' }),
          proxy: await status('/__coext/proxy', { method: 'POST', headers: { 'X-Coext-Proxy-Token': 'a'.repeat(64), 'X-Coext-Target': 'http://127.0.0.1:1/' }, body: 'x' }),
          simple: await status('/__coext/proxy', { method: 'POST', mode: 'no-cors', body: 'x' }),
        };
      }, `http://localhost:${ports[server]}`);
      expect(statuses).toEqual(expected);
    } finally {
      await browser.close();
    }
    expect(upstream.received.length).toBe(before);
  }, 60_000);
});
