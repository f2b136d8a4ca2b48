/**
 * Figure 4: the first load of the built explorer. JavaScript before the editor (the entry script and every chunk
 * index.html preloads) and JavaScript once the editor is up (every script the page and its workers fetched by then),
 * both gzip level 9 of the files as served; and the time from navigation until the `Signature` output first shows a
 * value, from a `vite preview` started cold, over fresh browser contexts (empty cache each time).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright';
import { launchChromium } from './browser.ts';
import { servePreview } from './builtApp.ts';
import type { FigureResult, Row } from './report.ts';
import { describeMs } from './report.ts';
import { repeat, summarize, type Summary } from './stats.ts';

const LOADS = 5;
/** The editor worker and the JSON language worker. */
const MONACO_WORKERS = 2;
const BUDGET_BYTES = 150 * 1024;

export interface FirstLoadFigure {
  beforeEditor: { files: number; gzipBytes: number };
  withEditor: { files: number; gzipBytes: number };
  signatureShownMs: Summary;
  editorReadyMs: Summary;
}

declare global {
  interface Window { __signatureShownAt?: number }
}

const gzipOf = (outDir: string, path: string) => gzipSync(readFileSync(join(outDir, path)), { level: 9 }).length;

/** The scripts index.html loads before anything else: its module entry and its modulepreloads. */
function initialScripts(outDir: string): string[] {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  return [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+)"/g)]
    .map((m) => m[1]!).filter((ref) => ref.endsWith('.js'));
}

/** One cold visit in a fresh context: when the signature showed, when the editor was ready, which scripts came. */
async function visit(browser: Browser, origin: string): Promise<{ signatureMs: number; editorMs: number; scripts: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const scripts = new Set<string>();
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin && url.pathname.endsWith('.js')) scripts.add(url.pathname);
  });
  // Stamped by the page itself, from the navigation's start (performance.now() is 0 there).
  await context.addInitScript(() => {
    new MutationObserver((_records, observer) => {
      if (document.querySelector('output[aria-label="Signature"]')?.textContent) {
        window.__signatureShownAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, characterData: true, subtree: true });
  });
  try {
    const page = await context.newPage();
    await page.goto(origin);
    await page.waitForFunction(() => window.__signatureShownAt !== undefined, undefined, { timeout: 60_000, polling: 50 });
    await page.locator('.monaco-editor textarea').first().waitFor({ state: 'attached', timeout: 60_000 });
    const editorMs = await page.evaluate(() => performance.now());
    const signatureMs = await page.evaluate(() => window.__signatureShownAt!);
    // Monaco starts its editor and JSON workers just after the textarea appears, at times after the network has
    // already been idle for a moment: wait for both, then for the network, to count them in "with the editor".
    const deadline = Date.now() + 10_000;
    while (page.workers().length < MONACO_WORKERS && Date.now() < deadline) {
      await page.waitForEvent('worker', { timeout: Math.max(1, deadline - Date.now()) }).catch(() => undefined);
    }
    await page.waitForLoadState('networkidle');
    return { signatureMs, editorMs, scripts: [...scripts].map((path) => path.slice(1)) };
  } finally {
    await context.close();
  }
}

export async function measureFirstLoad(outDir: string): Promise<FigureResult<FirstLoadFigure>> {
  const served = await servePreview(outDir);
  const browser = await launchChromium();
  try {
    const visits = await repeat(LOADS, () => visit(browser, served.origin));
    const initial = initialScripts(outDir);
    const loaded = [...new Set(visits.flatMap((v) => v.scripts))];
    const data: FirstLoadFigure = {
      beforeEditor: { files: initial.length, gzipBytes: initial.reduce((sum, path) => sum + gzipOf(outDir, path), 0) },
      withEditor: { files: loaded.length, gzipBytes: loaded.reduce((sum, path) => sum + gzipOf(outDir, path), 0) },
      signatureShownMs: summarize(visits.map((v) => v.signatureMs)),
      editorReadyMs: summarize(visits.map((v) => v.editorMs)),
    };
    return { data, rows: rowsOf(data) };
  } finally {
    await browser.close();
    await served.close();
  }
}

function rowsOf(data: FirstLoadFigure): Row[] {
  const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
  return [
    { figure: 'First load: JavaScript before the editor (gzip)', measured: `${kB(data.beforeEditor.gzipBytes)} in ${data.beforeEditor.files} files`,
      limit: `${kB(BUDGET_BYTES)} budget`, ratio: data.beforeEditor.gzipBytes / BUDGET_BYTES, target: '≤ 150 kB', met: data.beforeEditor.gzipBytes <= BUDGET_BYTES },
    { figure: 'First load: JavaScript with the editor (gzip)', measured: `${kB(data.withEditor.gzipBytes)} in ${data.withEditor.files} files`,
      limit: '—', ratio: undefined, target: '', met: undefined },
    { figure: 'First load: navigation → Signature shown (cold preview, fresh context)', measured: describeMs(data.signatureShownMs),
      limit: '—', ratio: undefined, target: '', met: undefined },
    { figure: 'First load: navigation → editor ready', measured: describeMs(data.editorReadyMs), limit: '—', ratio: undefined, target: '', met: undefined },
  ];
}
