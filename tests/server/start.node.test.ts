// `npm start` as a team runs it, over real HTTP against the test run's one production build: the page with its
// Content-Security-Policy, caching that lets hashed assets live a year and the page none, brotli and gzip by
// Accept-Encoding, the proxy forwarding only to --allow-target origins, the sandbox only with --sandbox, and the
// ways it stops (SIGTERM) and refuses to start (a bad flag, no build, a port in use).
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedBuild } from '../support/sharedBuild.ts';
import { type Finished, runStart, type StartedServer, startServer } from '../support/startProcess.ts';
import { closedOrigin, startUpstream } from '../sandbox/upstream.ts';

let dist: string;
let server: StartedServer;
let upstream: Awaited<ReturnType<typeof startUpstream>>;

beforeAll(async () => {
  dist = await sharedBuild();
  upstream = await startUpstream();
  server = await startServer(['--port', '0', '--dist', dist, '--allow-target', upstream.origin]);
}, 240_000);
afterAll(async () => {
  await server?.stop();
  await upstream?.close();
});

/** The raw answer, undecoded (fetch would undo the Content-Encoding this test is about). */
function raw(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const url = new URL(path, server.origin);
    const req = httpRequest(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const page = () => ({ Origin: server.origin, 'Sec-Fetch-Site': 'same-origin' });
const monacoChunk = () => readdirSync(join(dist, 'assets')).find((name) => /^MonacoBodyEditor-.*\.js$/.test(name))!;

describe('the built explorer', () => {
  it('serves the page with its policy and security headers, revalidated on every load', async () => {
    const answer = await raw('/');
    expect(answer.status).toBe(200);
    expect(answer.body.toString('utf8')).toBe(readFileSync(join(dist, 'index.html'), 'utf8'));
    const policy = String(answer.headers['content-security-policy']);
    for (const directive of ["default-src 'none'", "script-src 'self';", "connect-src 'self'", "frame-ancestors 'none'"]) expect(policy).toContain(directive);
    expect(policy).not.toContain('unsafe-eval');
    expect(answer.headers).toMatchObject({ 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' });
    const again = await raw('/', { 'If-None-Match': String(answer.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const deepLink = await raw('/some/page', { Accept: 'text/html' });
    expect(deepLink.body.toString('utf8')).toContain('<div id="root">');
    expect(deepLink.headers['cache-control']).toBe('no-cache');
  });

  it('lets hashed assets be cached for a year, and answers 404 for a missing one or a path outside dist/', async () => {
    const asset = await raw(`/assets/${monacoChunk()}`);
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-security-policy']).toBeUndefined();
    for (const path of ['/assets/missing-0000.js', '/assets/..%2f..%2fpackage.json', '/..%2fpackage.json', '/.%2e/package.json']) {
      const missing = await raw(path);
      expect(missing.status, path).toBe(404);
      expect(missing.headers['cache-control'], path).toBe('no-cache');
      expect(missing.body.toString('utf8'), path).not.toContain('coext-api-explorer');
    }
  });

  it('sends brotli or gzip as Accept-Encoding allows, with Vary, and the same bytes once decoded', async () => {
    const original = readFileSync(join(dist, 'assets', monacoChunk()));
    const br = await raw(`/assets/${monacoChunk()}`, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.headers).toMatchObject({ 'content-encoding': 'br', vary: 'Accept-Encoding' });
    expect(br.body.length).toBeLessThan(original.length / 3);
    expect(brotliDecompressSync(br.body).equals(original)).toBe(true);
    const gzip = await raw(`/assets/${monacoChunk()}`, { 'Accept-Encoding': 'br;q=0, gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).equals(original)).toBe(true);
    const plain = await raw(`/assets/${monacoChunk()}`, { 'Accept-Encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('Accept-Encoding');
    expect(plain.body.equals(original)).toBe(true);
  });
});

describe('the proxy', () => {
  it('forwards to an --allow-target origin, and refuses any other before it is reached', async () => {
    const { token } = (await (await fetch(`${server.origin}/__coext/proxy-token`, { headers: page() })).json()) as { token: string };
    const withToken = { ...page(), 'X-Coext-Proxy-Token': token };
    const register = (origin: string) => fetch(`${server.origin}/__coext/proxy/target`, { method: 'PUT', headers: withToken, body: JSON.stringify({ origin }) });
    expect(await (await register(upstream.origin)).json()).toEqual({ origin: upstream.origin, fixed: true });
    const elsewhere = await closedOrigin();
    const refused = await register(elsewhere);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: { code: 'PROXY_TARGET_NOT_ALLOWED', message: `This server only forwards to ${upstream.origin}, not ${elsewhere}.` } });

    const before = upstream.received.length;
    const sent = await fetch(`${server.origin}/__coext/proxy`, { method: 'POST', headers: { ...withToken, 'X-Coext-Target': `${upstream.origin}/echo` }, body: 'hello' });
    expect(sent.status).toBe(201);
    expect(await sent.text()).toBe('echo:hello');
    const notAllowed = await fetch(`${server.origin}/__coext/proxy`, { method: 'POST', headers: { ...withToken, 'X-Coext-Target': `${elsewhere}/echo` }, body: 'hello' });
    expect(notAllowed.status).toBe(403);
    expect(await notAllowed.json()).toMatchObject({ error: { code: 'PROXY_TARGET_NOT_ALLOWED' } });
    const noToken = await fetch(`${server.origin}/__coext/proxy`, { method: 'POST', headers: { ...page(), 'X-Coext-Target': `${upstream.origin}/echo` }, body: 'hello' });
    expect(noToken.status).toBe(403);
    expect(upstream.received.length).toBe(before + 1);
  });

  it('has no sandbox unless asked: the keys and the API answer 404 saying how to turn it on', async () => {
    expect((await fetch(`${server.origin}/__coext/sandbox-keys`)).status).toBe(404);
    const api = await fetch(`${server.origin}/api/v1/external/templates`);
    expect(api.status).toBe(404);
    expect(await api.json()).toMatchObject({ success: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('--sandbox') } });
  });
});

describe('npm start --sandbox without --allow-target', () => {
  let sandboxed: StartedServer | undefined;
  afterAll(() => sandboxed?.stop());

  it('serves the sandbox with demo keys, and its proxy forwards nowhere', async () => {
    sandboxed = await startServer(['--port', '0', '--dist', dist, '--sandbox']);
    expect(sandboxed.output()).toContain('The proxy forwards to no target');
    const { keys } = (await (await fetch(`${sandboxed.origin}/__coext/sandbox-keys`)).json()) as { keys: Array<{ name: string; apiKey: string }> };
    const staging = keys.find((key) => key.name === 'Staging')!;
    const templates = await fetch(`${sandboxed.origin}/api/v1/external/templates`, { headers: { 'X-API-Key': staging.apiKey } });
    expect(templates.status).toBe(200);

    const own = { Origin: sandboxed.origin, 'Sec-Fetch-Site': 'same-origin' };
    const { token } = (await (await fetch(`${sandboxed.origin}/__coext/proxy-token`, { headers: own })).json()) as { token: string };
    const before = upstream.received.length;
    const registered = await fetch(`${sandboxed.origin}/__coext/proxy/target`, { method: 'PUT', headers: { ...own, 'X-Coext-Proxy-Token': token }, body: JSON.stringify({ origin: upstream.origin }) });
    expect(await registered.json()).toMatchObject({ error: { code: 'PROXY_TARGET_NOT_ALLOWED', message: expect.stringContaining(`--allow-target ${upstream.origin}`) } });
    const forwarded = await fetch(`${sandboxed.origin}/__coext/proxy`, { method: 'POST', headers: { ...own, 'X-Coext-Proxy-Token': token, 'X-Coext-Target': `${upstream.origin}/echo` }, body: 'x' });
    expect(forwarded.status).toBe(409);
    expect(await forwarded.json()).toMatchObject({ error: { code: 'PROXY_NO_TARGET' } });
    expect(upstream.received.length).toBe(before);
  });

  it('stops on SIGTERM with exit code 0, and the port is free again', async () => {
    const { origin } = sandboxed!;
    expect(await sandboxed!.stop('SIGTERM')).toBe(0);
    sandboxed = undefined;
    await expect(fetch(origin)).rejects.toThrow();
  });
});

describe('refusing to start', () => {
  // The three refusals start together: each is a process of its own, and most of its time is starting up.
  let refusals: Record<'badFlag' | 'noBuild' | 'portTaken', Finished>;
  const empty = mkdtempSync(join(tmpdir(), 'coext-no-build-'));
  beforeAll(async () => {
    const [badFlag, noBuild, portTaken] = await Promise.all([
      runStart(['--port', '0', '--bogus']),
      runStart(['--port', '0', '--dist', empty]),
      runStart(['--port', new URL(server.origin).port, '--dist', dist]),
    ]);
    refusals = { badFlag: badFlag!, noBuild: noBuild!, portTaken: portTaken! };
  }, 120_000);

  it('answers a bad flag with the error and the usage, exit code 2', () => {
    const result = refusals.badFlag;
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^start: Unknown option '--bogus'/m);
    expect(result.stderr).toContain('Usage: npm start');
  });

  it('says to run npm run build when there is no build, exit code 1', () => {
    const result = refusals.noBuild;
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(`start: no built explorer in ${empty}: run \`npm run build\` first.`);
  });

  it('says in one line that the port is taken, exit code 1', () => {
    const port = new URL(server.origin).port;
    const result = refusals.portTaken;
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(`start: port ${port} on 127.0.0.1 is already in use (EADDRINUSE); pick another with --port.`);
  });
});
