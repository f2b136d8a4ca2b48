// The Content-Security-Policy, as a browser meets it: a header from the dev, preview and `npm start` servers, a <meta> in the
// built index.html, and the whole explorer — Monaco typed into, its JSON worker marking an error, a send, the
// diagnoser's worker running — working under it with zero violations and zero console errors. The last test proves
// the recorder hears violations at all: an inline script and a call to another origin are each refused. (Absence of
// 'unsafe-eval' is asserted on the policy text: DevTools-evaluated code, which Playwright uses, is exempt from it.)
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuiltApp, EXPLORER_SERVERS, repoRoot, startBuiltApp } from '../support/builtApp.ts';
import { consoleErrors, launchRecordedBrowser } from '../support/recordedBrowser.ts';
import { sharedBuild } from '../support/sharedBuild.ts';

// The built explorer under each server a team may use (`npm start`, `npm run preview`), one after the other.
let app: BuiltApp;

// The build first: it sets NODE_ENV=production while it runs, which would turn the dev server's page into a production one.
beforeAll(() => sharedBuild(), 240_000);

/** `directive → sources` of a policy string. */
function directivesOf(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((part) => part.trim().split(/\s+/)).filter((words) => words[0]).map(([name, ...sources]) => [name!, sources]));
}

function expectStrictPolicy(policy: Map<string, string[]>) {
  expect(policy.get('default-src')).toEqual(["'none'"]);
  expect(policy.get('connect-src')).toEqual(["'self'"]);
  expect(policy.get('worker-src')).toEqual(["'self'"]);
  expect(policy.get('font-src')).toEqual(["'self'"]);
  expect(policy.get('object-src')).toEqual(["'none'"]);
  for (const [name, sources] of policy) {
    expect(sources, name).not.toContain("'unsafe-eval'");
    expect(sources.filter((source) => /^(https?:|\*|blob:)/.test(source)), name).toEqual([]);
  }
}

const policyAsHeader = () => it('is a header on the page, without inline scripts, and not on other files', async () => {
  const response = await fetch(`${app.origin}/`);
  const header = response.headers.get('content-security-policy');
  expect(header).not.toBeNull();
  const policy = directivesOf(header!);
  expectStrictPolicy(policy);
  expect(policy.get('script-src')).toEqual(["'self'"]);
  expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  const sandbox = await fetch(`${app.origin}/api/v1/external/templates`);
  expect(sandbox.headers.get('content-security-policy')).toBeNull();
});

describe('the policy as built', () => {
  it('is a <meta> at the top of the built index.html, without frame-ancestors (ignored in a meta)', async () => {
    const html = readFileSync(join(await sharedBuild(), 'index.html'), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
    expect(meta).not.toBeNull();
    expect(html.indexOf(meta![0])).toBeLessThan(html.indexOf('<script'));
    const policy = directivesOf(meta![1]!.replaceAll('&#39;', "'"));
    expectStrictPolicy(policy);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.has('frame-ancestors')).toBe(false);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script for the policy to refuse
  });

});

describe('the dev server under its policy', () => {
  it('sends it as a header, with inline scripts only for the React Refresh preamble, and Monaco works under it', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'coext-csp-dev-'));
    const dev: ViteDevServer = await createServer({
      root: repoRoot, configFile: join(repoRoot, 'vite.config.ts'), logLevel: 'silent', cacheDir,
      server: { port: 0, host: '127.0.0.1', strictPort: false, watch: null },
    });
    const recorder = await launchRecordedBrowser();
    try {
      await dev.listen();
      const origin = `http://127.0.0.1:${(dev.httpServer!.address() as AddressInfo).port}`;
      const html = await fetch(`${origin}/`, { headers: { Accept: 'text/html' } });
      const policy = directivesOf(html.headers.get('content-security-policy') ?? '');
      expectStrictPolicy(policy);
      expect(policy.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
      expect(await html.text()).toMatch(/<script type="module">import \{ injectIntoGlobalHook \} from "\/@react-refresh"/);
      const module = await fetch(`${origin}/src/main.tsx`);
      expect(module.status).toBe(200);
      expect(module.headers.get('content-security-policy')).toBeNull();

      const { page } = recorder;
      // A cold dev server transforms every module on first request, so the page's load event can come after
      // goto's own limit; what a person waits for is the editor, which the next line waits for.
      await page.goto(origin, { waitUntil: 'commit' });
      await page.locator('.monaco-editor textarea').first().waitFor({ state: 'attached', timeout: 90_000 });
      await page.getByRole('textbox', { name: 'Request body' }).focus();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('{"to": }');
      await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 30_000 });
      expect(recorder.violations).toEqual([]);
      expect(consoleErrors(recorder)).toEqual([]);
    } finally {
      await recorder.browser.close();
      await dev.close();
      rmSync(cacheDir, { recursive: true, force: true });
    }
  }, 150_000);
});

const builtExplorerUnderItsPolicy = () => describe('the built explorer under its policy', () => {
  it('types into Monaco, marks invalid JSON from the JSON worker, sends, and diagnoses in its worker', async () => {
    const { page } = app;
    await page.goto(app.origin);
    // The demo keys live in the Sandbox keys room, one click away as a person finds them.
    await page.getByRole('button', { name: 'Sandbox keys', exact: true }).click();
    await page.getByRole('button', { name: 'Use Production key' }).click();
    await page.locator('.monaco-editor textarea').first().waitFor({ state: 'attached', timeout: 30_000 });
    const editor = page.getByRole('textbox', { name: 'Request body' });
    await editor.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('{"to": }');
    // The JSON worker's diagnostics become a squiggle, drawn from a data: image in Monaco's injected styles.
    await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 20_000 });
    await page.keyboard.press('Control+A');
    await page.keyboard.type('{"to":"+14155550100","message":"csp"}');
    await page.getByRole('status', { name: 'Payload', exact: true }).getByText(/"message":"csp"\}$/).waitFor({ timeout: 10_000 });
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.getByRole('region', { name: 'Response', exact: true }).getByText(/^200\b/).first().waitFor({ timeout: 20_000 });
    // The diagnoser is the Diagnose view, behind its tab; its own "Diagnose" button is a button, not the tab.
    await page.getByRole('tab', { name: 'Diagnose', exact: true }).click();
    await page.getByRole('button', { name: 'Use the current request' }).click();
    await page.getByRole('button', { name: 'Diagnose', exact: true }).click();
    await page.getByRole('region', { name: 'Diagnosis', exact: true }).locator('[data-cause="valid"]').waitFor({ timeout: 30_000 });

    const workerFiles = app.workers.map((url) => new URL(url).pathname.replace(/-[\w-]+\.js$/, ''));
    expect(workerFiles).toEqual(expect.arrayContaining(['/assets/json.worker', '/assets/diagnose.worker']));
    for (const url of app.workers) expect(new URL(url).origin).toBe(app.origin);
    expect(app.violations).toEqual([]);
    expect(consoleErrors(app)).toEqual([]);
    console.log(`CSP: ${app.workers.length} workers started, ${(await app.requests()).length} requests, 0 violations, 0 console errors`);
  }, 120_000);

  it('refuses an injected inline script and a call to another origin, and reports each', async () => {
    const { page } = app;
    const before = app.violations.length; // each is reported twice: once per policy (header and meta)
    const outcome = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.head.append(script);
      const fetched = await fetch('http://127.0.0.1:61998/').then(() => true, () => false);
      return { injected: (window as unknown as { __injected?: boolean }).__injected === true, fetched };
    });
    expect(outcome).toEqual({ injected: false, fetched: false });
    await expect.poll(() => [...new Set(app.violations.slice(before).map((v) => v.directive))].sort()).toEqual(['connect-src', 'script-src-elem']);
  }, 30_000);
});

describe.each(EXPLORER_SERVERS)('served by npm %s', (server) => {
  beforeAll(async () => {
    app = await startBuiltApp(server);
  }, 240_000);
  afterAll(() => app?.close());
  policyAsHeader();
  builtExplorerUnderItsPolicy();
});
