// Privacy, end to end: the built explorer under `npm start` and under `vite preview`, used the way a person would — credentials from the
// Sandbox keys panel and typed by hand, the body edited, sends that succeed, fail on the server, go through the proxy
// to another origin and fail on the network, "Analyze this failure", a diagnosis, and then every enabled button on
// the page pressed once (so features added later are swept too). Afterwards neither the secrets nor their SHA-256
// may be found in any storage, URL, request (page, workers, and what the proxy forwarded), or console message; every
// request went to the page's own origin; and a reload leaves both credential fields empty.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { strFromU8, unzipSync } from 'fflate';
import type { Download, Locator } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuiltApp, EXPLORER_SERVERS, startBuiltApp } from '../support/builtApp.ts';

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const TYPED_KEY = 'pk_test_typedbyhand';
const TYPED_SECRET = 'sk_test_Typed-By-Hand_0123456789abcdef';

let app: BuiltApp;
let other: Server;
let otherOrigin: string;
const forwarded: string[] = [];
const visitedUrls: string[] = [];
const exercised: string[] = [];
const downloads: Download[] = [];

function recordForwarded(request: IncomingMessage, body: Buffer): void {
  forwarded.push(`${request.method} ${request.url}\n${JSON.stringify(request.headers)}\n${body.toString('latin1')}`);
}

beforeAll(async () => {
  other = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      recordForwarded(request, Buffer.concat(chunks));
      response.writeHead(200, { 'Content-Type': 'application/json' }).end('{"success":true,"data":{"message_id":"msg_other"}}');
    });
  });
  await new Promise<void>((done) => other.listen(0, '127.0.0.1', done));
  otherOrigin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
}, 240_000);

afterAll(async () => {
  await new Promise((done) => other?.close(done));
});

const region = (name: string) => app.page.getByRole('region', { name, exact: true });
const textbox = (name: string) => app.page.getByRole('textbox', { name, exact: true });
/** The rooms' buttons in the workspace's bar, each opening a side drawer named like it. */
const ROOMS = ['Sandbox keys', 'History', 'Code snippets', 'Share & export', 'Settings'];

/** Shows the Request or Diagnose view by its tab, as a person switches. */
async function openView(name: string): Promise<void> {
  const tab = app.page.getByRole('tab', { name, exact: true });
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  await app.page.getByRole('tabpanel', { name, exact: true }).waitFor();
}

/** Opens a room by its button unless its drawer already shows (pressing the button again would close it). */
async function openRoom(name: string): Promise<void> {
  const drawer = app.page.getByRole('complementary', { name, exact: true });
  if (!(await drawer.isVisible())) await app.page.getByRole('button', { name, exact: true }).click();
  await drawer.waitFor();
  // A room whose contents load on opening (the snippets' generators, the demo keys) shows "Loading …" until then.
  await drawer.getByText(/^Loading\b/).waitFor({ state: 'detached' });
}

async function send(status: RegExp | string): Promise<void> {
  await openView('Request'); // Send lives in the Request view
  await app.page.getByRole('button', { name: 'Send', exact: true }).click();
  await region('Response').getByText(status).first().waitFor({ timeout: 20_000 });
}

/** Everything the page keeps beyond memory: web storage, IndexedDB, cookies, Cache Storage, service workers. */
async function persistedState(): Promise<string> {
  const inPage = await app.page.evaluate(async () => {
    const dump = (storage: Storage) => Object.keys(storage).map((key) => `${key}=${storage.getItem(key)}`);
    const cacheEntries: string[] = [];
    for (const name of await caches.keys()) {
      cacheEntries.push(name, ...(await (await caches.open(name)).keys()).map((request) => request.url));
    }
    return {
      local: dump(localStorage),
      session: dump(sessionStorage),
      indexedDb: (await indexedDB.databases()).map((db) => db.name ?? ''),
      cookie: document.cookie,
      caches: cacheEntries,
      serviceWorkers: (await navigator.serviceWorker.getRegistrations()).map((registration) => registration.scope),
      title: document.title,
    };
  });
  expect(inPage.indexedDb).toEqual([]);
  expect(inPage.caches).toEqual([]);
  expect(inPage.serviceWorkers).toEqual([]);
  return JSON.stringify({ ...inPage, cookies: await app.context.cookies() });
}

/** Every file the sweep's buttons saved (the Postman and Bruno exports among them), a zip unpacked. */
async function downloadedTexts(): Promise<Array<[string, string]>> {
  const files = await Promise.all(downloads.map(async (download): Promise<[string, string]> => {
    const bytes = readFileSync(await download.path());
    const name = download.suggestedFilename();
    return [`download ${name}`, name.endsWith('.zip') ? Object.values(unzipSync(bytes)).map((file) => strFromU8(file)).join('\n') : bytes.toString('utf8')];
  }));
  expect(files.map(([name]) => name)).toEqual(expect.arrayContaining([expect.stringMatching(/postman_collection\.json$/), expect.stringMatching(/\.zip$/)]));
  // The key may appear in requests (it is sent), never in an export.
  for (const [name, text] of files) expect(text.includes(TYPED_KEY), `${name} holds the API key`).toBe(false);
  return files;
}

const theSecretStaysInMemory = () => describe('the secret stays in memory', () => {
  const secrets: string[] = [TYPED_SECRET];

  it('uses every feature of the explorer', async () => {
    const { page } = app;
    await page.goto(app.origin);
    await openRoom('Sandbox keys'); // the room of the demo keys
    await page.getByRole('button', { name: 'Use Production key' }).click();
    secrets.push(await textbox('API secret').inputValue());
    exercised.push('sandbox key');
    await send(/^200\b/);
    exercised.push('send 200');

    await page.locator('.monaco-editor textarea').first().waitFor({ state: 'attached', timeout: 30_000 });
    await page.getByRole('textbox', { name: 'Request body' }).focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('{"to":"+14155550100","message":"private?"}');
    await send(/^200\b/);
    exercised.push('body edited in Monaco');

    await page.getByRole('button', { name: 'Show secret' }).click();
    await textbox('API secret').fill(`${secrets[1]} `);
    await send(/^401\b/);
    await region('Error explanation').getByText('INVALID_SIGNATURE', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Analyze this failure' }).click();
    await region('Diagnosis').locator('[data-cause]').first().waitFor({ timeout: 30_000 });
    exercised.push('INVALID_SIGNATURE explained and analysed');

    await textbox('API key').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(TYPED_KEY);
    await textbox('API secret').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(TYPED_SECRET);
    await send(/^401\b/);
    exercised.push('typed credentials, INVALID_API_KEY');

    await openView('Diagnose'); // the diagnoser is its own view, behind a tab
    await page.getByRole('button', { name: 'Use the current request' }).click();
    await page.getByRole('button', { name: 'Diagnose', exact: true }).click();
    await region('Diagnosis').locator('[data-cause]').first().waitFor({ timeout: 30_000 });
    exercised.push('diagnosis');

    await openView('Request');
    await textbox('Base URL').fill(`${otherOrigin}/api/v1/external`);
    await send(/^200\b/);
    expect(forwarded.length).toBeGreaterThan(0);
    exercised.push('another origin through the proxy');
    await textbox('Base URL').fill('http://127.0.0.1:61997/api/v1/external');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await region('Response').getByText(/refused the connection/).waitFor({ timeout: 20_000 });
    exercised.push('network failure');
    await textbox('Base URL').fill('');

    // Every other enabled button, once, in the top bar, in both views and in every room, each opened the way a person
    // opens it: features added after this test was written are swept as well.
    const skip = /^(Send|Cancel.*|Clear credentials|Use .* key|Close .*)$/;
    const places: Array<{ where: string; scope: Locator; open: () => Promise<void> }> = [
      { where: 'top bar', scope: page.locator('header.top-bar'), open: async () => {} },
      ...['Request', 'Diagnose'].map((view) => ({ where: `${view} view`, scope: page.getByRole('tabpanel', { name: view, exact: true }), open: () => openView(view) })),
      ...ROOMS.map((room) => ({ where: room, scope: page.getByRole('complementary', { name: room, exact: true }), open: () => openRoom(room) })),
    ];
    for (const { where, scope, open } of places) {
      await open();
      // Buttons, and the tabs inside a place (the snippets' languages): each shows or does something else.
      for (const role of ['button', 'tab'] as const) {
        const names = [...new Set(await scope.getByRole(role).evaluateAll((controls) =>
          controls.filter((c) => !(c as HTMLButtonElement).disabled).map((c) => (c.getAttribute('aria-label') ?? c.textContent ?? '').trim())))];
        for (const name of names.filter((n) => n !== '' && !skip.test(n))) {
          await open(); // a click before may have switched the view or closed the room
          const control = scope.getByRole(role, { name, exact: true }).first();
          // A control an earlier click removed (a history entry's "Restore" after "Clear history") is passed over at
          // once: isEnabled() would wait its full timeout for it to come back.
          if ((await control.count()) === 0) continue;
          if (await control.isEnabled({ timeout: 2_000 }).catch(() => false)) {
            await control.click({ timeout: 2_000 }).catch(() => undefined);
            exercised.push(`${role} "${name}" (${where})`);
          }
        }
      }
    }
    // The sweep's clicks start their requests in their handlers, in order: one more Send, answered, is the page having
    // handled every click before it, so all their requests are among those checked below.
    await openView('Request');
    await Promise.all([
      page.waitForResponse((response) => response.url().includes('/api/v1/external/'), { timeout: 20_000 }),
      page.getByRole('button', { name: 'Send', exact: true }).click(),
    ]);
    console.log(`privacy e2e exercised: ${exercised.join('; ')}`);
  }, 180_000);

  it('left neither secret nor its SHA-256 in any request, URL, storage or console message', async () => {
    const forbidden = secrets.flatMap((secret) => [secret, sha256Hex(secret), sha256Hex(secret).toUpperCase()]);
    const requests = await app.requests();
    for (const request of requests) {
      if (/^https?:/.test(request.url)) expect(new URL(request.url).origin, request.url).toBe(app.origin);
      else expect(request.url, request.url).toMatch(/^(data|blob):/);
    }
    const places: Array<[string, string]> = [
      ...requests.map((r): [string, string] => [`request ${r.method} ${r.url}`, `${r.url}\n${JSON.stringify(r.headers)}\n${r.body?.toString('latin1') ?? ''}\n${r.body?.toString('utf8') ?? ''}`]),
      ...forwarded.map((text): [string, string] => ['forwarded by the proxy', text]),
      ['page URLs', [...visitedUrls, app.page.url()].join('\n')],
      ['console', app.console.map((message) => message.text).join('\n')],
      ['storage', await persistedState()],
      ...await downloadedTexts(),
    ];
    for (const [place, text] of places) {
      for (const value of forbidden) expect(text.includes(value), `${place} holds a secret or its hash`).toBe(false);
    }
    console.log(`privacy e2e: ${requests.length} requests, ${forwarded.length} forwarded, ${app.console.length} console messages (${app.console.map((m) => m.type).join(', ')}), ${forbidden.length} forbidden values, none found`);
  });

  it('forgets both credentials on reload', async () => {
    expect(await textbox('API secret').inputValue()).not.toBe('');
    await app.page.reload();
    await textbox('API key').waitFor();
    expect(await textbox('API key').inputValue()).toBe('');
    expect(await textbox('API secret').inputValue()).toBe('');
    const stored = await persistedState();
    for (const secret of secrets) expect(stored.includes(secret)).toBe(false);
  }, 60_000);
});

// Under each server a team may use, one after the other; npm start's proxy is allowed the two targets the flow uses.
describe.each(EXPLORER_SERVERS)('served by npm %s', (server) => {
  beforeAll(async () => {
    forwarded.length = 0;
    visitedUrls.length = 0;
    exercised.length = 0;
    downloads.length = 0;
    app = await startBuiltApp(server, { allowTargets: [otherOrigin, 'http://127.0.0.1:61997'] });
    app.page.on('framenavigated', (frame) => visitedUrls.push(frame.url()));
    app.page.on('download', (download) => downloads.push(download));
  }, 240_000);
  afterAll(() => app?.close());
  theSecretStaysInMemory();
});
