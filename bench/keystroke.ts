/**
 * Figure 1: keystroke → `Signature` shown, in Chromium, against the built app. For each body size the body is
 * pasted into Monaco, then one character at a time is typed inside the message string; in the page a keydown
 * listener (capture phase, on window, so it runs before Monaco's) stamps the key and a MutationObserver on the
 * `Signature` output stamps the moment its text changes. The limit, measured in the same page on the same payload:
 * UTF-8 encode + SHA-256 of the secret + HMAC key import + HMAC-SHA256 — the work the app cannot avoid.
 */
import type { Browser, Page } from 'playwright';
import { launchChromium } from './browser.ts';
import type { FigureResult } from './report.ts';
import { describeMs, fixed } from './report.ts';
import { ratio, summarize, type Summary } from './stats.ts';

export const BODY_SIZES = [1024, 10 * 1024, 100 * 1024, 1024 * 1024] as const;
const KEYSTROKES = 24;
const WARMUP_KEYSTROKES = 3;
// A made-up secret typed into the page: the app must sign with a real hash, not the empty secret's.
const SECRET = 'sk_test_bench_secret_not_a_real_one_000';

export interface KeystrokeSize {
  bodyBytes: number;
  /** keydown → the `Signature` output's text changed (the figure with a target). */
  keystroke: Summary;
  /** keydown → the first frame after that change (rAF, then a task): when it can be on screen. */
  painted: Summary;
  bare: Summary;
  ratioP50: number;
  ratioP95: number;
}

declare global {
  interface Window {
    __keystroke?: { arm(): void; result: Promise<Latency> | undefined };
    __bareSigning?: { sample(): Promise<number> };
  }
}

/** A JSON body of exactly `size` ASCII bytes: one message string filled with words. */
export function bodyOfSize(size: number): string {
  const head = '{"to":"+14155550100","message":"';
  const tail = '"}';
  const words = 'the quick brown fox jumps over the lazy dog ';
  const fill = size - head.length - tail.length;
  return head + words.repeat(Math.ceil(fill / words.length)).slice(0, fill) + tail;
}

interface Latency { signature: number; painted: number }

/** Installs the keydown stamp and the observer; `arm()` makes `result` resolve with the next key's latency. */
async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const output = document.querySelector('output[aria-label="Signature"]');
    if (!output) throw new Error('No Signature output on the page.');
    let keydownAt = Number.NaN;
    let settle: ((latency: { signature: number; painted: number }) => void) | undefined;
    let before = '';
    window.addEventListener('keydown', (event) => { keydownAt = event.timeStamp; }, { capture: true });
    new MutationObserver(() => {
      const text = output.textContent ?? '';
      if (settle && text !== before && text !== '') {
        const done = settle;
        settle = undefined;
        const signature = performance.now() - keydownAt;
        // After the next animation frame's callbacks a posted message runs once that frame has been produced.
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => done({ signature, painted: performance.now() - keydownAt });
          channel.port2.postMessage(null);
        });
      }
    }).observe(output, { childList: true, characterData: true, subtree: true });
    window.__keystroke = {
      result: undefined,
      arm() {
        before = output.textContent ?? '';
        keydownAt = Number.NaN;
        this.result = new Promise((resolve) => { settle = resolve; });
      },
    };
  });
}

/** Waits until the main thread is idle, so one keystroke's leftover work does not land in the next one's time. */
function idle(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 })));
}

async function typeOne(page: Page): Promise<Latency> {
  await page.evaluate(() => window.__keystroke!.arm());
  await page.keyboard.press('a');
  const ms = await page.evaluate(() => window.__keystroke!.result!);
  await idle(page);
  return ms;
}

/** Replaces the editor's text with `body` as a paste (Ctrl+A, then a paste event), in the app or the bare page. */
export async function dispatchPaste(page: Page, body: string): Promise<void> {
  // Located by class, not by its accessible name: past 100 000 characters the app turns Monaco's accessibility
  // support off and Monaco then renames its textarea "The editor is not accessible at this time."
  const editor = page.locator('.monaco-editor textarea').first();
  await editor.focus();
  await page.keyboard.press('Control+A');
  await editor.evaluate((element, text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, body);
}

export async function pasteBody(page: Page, body: string): Promise<void> {
  const editor = page.locator('.monaco-editor textarea').first();
  await dispatchPaste(page, body);
  await page.waitForFunction((length) => (document.querySelector('output[aria-label="Payload"]')?.textContent ?? '').length > length,
    body.length, { timeout: 60_000, polling: 100 });
  await idle(page);
  // Into the message string, before its closing quote: every key keeps the body valid JSON, as when writing a message.
  await editor.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
}

/**
 * Installs `window.__bareSigning`: SHA-256 + HMAC-SHA256 of the payload the page shows, with Web Crypto alone, in the
 * page, whose `sample()` gives milliseconds per signing. The page's clock ticks in 0.1 ms steps, so each sample times
 * a batch long enough (≥ 2 ms) and divides by the batch's size.
 */
async function installBareSigning(page: Page): Promise<void> {
  const payload = (await page.locator('output[aria-label="Payload"]').textContent()) ?? '';
  // Helpers as object methods, not `const f = () => …`: tsx (esbuild keepNames) wraps named function constants in a
  // `__name()` call that does not exist in the page this function is serialized into.
  await page.evaluate(async ({ payload, secret }) => {
    const bare = {
      encoder: new TextEncoder(),
      batch: 1,
      hex(bytes: ArrayBuffer) {
        return Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('');
      },
      async signOnce() {
        const hash = await crypto.subtle.digest('SHA-256', this.encoder.encode(secret));
        const key = await crypto.subtle.importKey('raw', this.encoder.encode(this.hex(hash)), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
        return this.hex(await crypto.subtle.sign('HMAC', key, this.encoder.encode(payload)));
      },
      async timeBatch(batch: number) {
        const started = performance.now();
        for (let i = 0; i < batch; i++) await this.signOnce();
        return performance.now() - started;
      },
      async sample() {
        return (await this.timeBatch(this.batch)) / this.batch;
      },
    };
    while (bare.batch < 4096 && (await bare.timeBatch(bare.batch)) < 2) bare.batch *= 2;
    window.__bareSigning = bare;
  }, { payload, secret: SECRET });
}

/**
 * One sample of the installed limit, in ms, then an idle wait: the payload it encoded is garbage, and its collection
 * belongs to neither side of the comparison.
 */
async function sampleBareSigning(page: Page): Promise<number> {
  const ms = await page.evaluate(() => window.__bareSigning!.sample());
  await idle(page);
  return ms;
}

/**
 * `count` samples of `measure`, each followed by one sample of the bare signing of the payload the page shows now: a
 * slow spell of the shared machine then lands on both sides, where all of one first and the limit after put them in
 * different spells.
 */
export async function alternateWithBareSigning<T>(page: Page, count: number, measure: () => Promise<T>): Promise<{ measured: T[]; bare: Summary }> {
  await installBareSigning(page);
  const measured: T[] = [];
  const bareTimes: number[] = [];
  for (let i = 0; i < count; i++) {
    measured.push(await measure());
    bareTimes.push(await sampleBareSigning(page));
  }
  return { measured, bare: summarize(bareTimes) };
}

async function measureSize(page: Page, size: number): Promise<KeystrokeSize> {
  await pasteBody(page, bodyOfSize(size));
  for (let i = 0; i < WARMUP_KEYSTROKES; i++) await typeOne(page);
  const { measured: latencies, bare } = await alternateWithBareSigning(page, KEYSTROKES, () => typeOne(page));
  const keystroke = summarize(latencies.map((l) => l.signature));
  const painted = summarize(latencies.map((l) => l.painted));
  return { bodyBytes: size, keystroke, painted, bare, ratioP50: ratio(keystroke.median, bare.median), ratioP95: ratio(keystroke.p95, bare.p95) };
}

/** A page of the built app at `origin`, its editor up and the bench's secret typed in. */
export async function openWithSecret(browser: Browser, origin: string, viewport = { width: 1400, height: 1000 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.goto(origin);
  await page.locator('.monaco-editor textarea').first().waitFor({ state: 'attached', timeout: 60_000 });
  await page.getByRole('textbox', { name: 'API secret' }).fill(SECRET);
  return page;
}

/** Opens the built app at `origin`, signs with a typed secret and a pinned timestamp, and measures every size. */
export async function measureKeystrokes(origin: string): Promise<FigureResult<KeystrokeSize[]>> {
  const browser = await launchChromium();
  try {
    const page = await openWithSecret(browser, origin);
    // Pinned, so the clock's tick never changes the signature between a key and its measurement.
    await page.getByRole('switch', { name: 'Pin timestamp' }).check();
    await installProbe(page);
    const sizes: KeystrokeSize[] = [];
    for (const size of BODY_SIZES) sizes.push(await measureSize(page, size));
    return { data: sizes, rows: sizes.map(rowOf) };
  } finally {
    await browser.close();
  }
}

function rowOf(size: KeystrokeSize): FigureResult<KeystrokeSize[]>['rows'][number] {
  const label = size.bodyBytes >= 1024 * 1024 ? `${size.bodyBytes / (1024 * 1024)} MB` : `${size.bodyBytes / 1024} kB`;
  const target = size.bodyBytes === 10 * 1024 ? 'p95 ≤ 16 ms' : size.bodyBytes === 1024 * 1024 ? 'p95 ≤ 1.5× bare' : '';
  const met = size.bodyBytes === 10 * 1024 ? size.keystroke.p95 <= 16
    : size.bodyBytes === 1024 * 1024 ? size.ratioP95 <= 1.5 : undefined;
  return {
    figure: `Keystroke → Signature, ${label} body`,
    measured: `p50 ${fixed(size.keystroke.median)} ms, p95 ${describeMs(size.keystroke, 'p95')}; next frame p50 ${fixed(size.painted.median)}, p95 ${fixed(size.painted.p95)} ms`,
    limit: `p50 ${fixed(size.bare.median)} ms, p95 ${fixed(size.bare.p95)} ms (bare Web Crypto)`,
    ratio: size.ratioP95,
    target,
    met,
  };
}
