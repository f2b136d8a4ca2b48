/**
 * Figure 1c: keydown → the next paint, which is what a person feels, in the built explorer against a bare Monaco JSON
 * editor (bench/bareMonaco) built by the same Vite from the project's own monaco-editor. Both pages are open in one
 * Chromium; keys are typed one every 120 ms with a live timestamp, in alternating blocks of BLOCK keys, so a slow
 * spell of the shared machine lands on both sides.
 *
 * In each page a capture-phase keydown listener on window (it runs before Monaco's) stamps the key and asks for the
 * next animation frame; a message posted from that frame's callback runs once the frame has been produced. Chromium's
 * own Event Timing (the `event` entries behind INP: input delay + processing + presentation, in 8 ms steps) is read
 * for the same keys. A second measurement types 10 keys a second into a 100 kB body for 10 s and counts long tasks.
 */
import type { Browser, Page } from 'playwright';
import { serveBareMonaco } from './bareMonaco.ts';
import { launchChromium } from './browser.ts';
import { BODY_SIZES, bodyOfSize, dispatchPaste, openWithSecret, pasteBody as pasteIntoExplorer } from './keystroke.ts';
import { fixed, type FigureResult, type Row } from './report.ts';
import { ratio, summarize, type Summary } from './stats.ts';

const BLOCK = 8;
const BLOCKS = 4;
const KEY_INTERVAL_MS = 120;
const TARGET = 1.5;

export interface KeyPaintSize {
  bodyBytes: number;
  explorer: Summary;
  bare: Summary;
  explorerEventTiming: Summary;
  bareEventTiming: Summary;
  ratioP50: number;
  ratioP95: number;
}

export interface LongTasks {
  keys: number;
  count: number;
  longestMs: number;
  bareCount: number;
  bareLongestMs: number;
}

declare global {
  interface Window {
    __keyPaint?: { arm(): void; result: Promise<number> | undefined; interactions(): number[] };
  }
}

/** Installs the keydown → next-frame probe and an Event Timing recorder in `page`. */
async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    let settle: ((ms: number) => void) | undefined;
    // The longest `event` entry per interaction: keydown, keypress and input of one key share an interactionId.
    const byInteraction = new Map<number, number>();
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEventTiming & { interactionId?: number })[]) {
        if (entry.interactionId) byInteraction.set(entry.interactionId, Math.max(byInteraction.get(entry.interactionId) ?? 0, entry.duration));
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
    window.addEventListener('keydown', (event) => {
      const done = settle;
      if (!done) return;
      settle = undefined;
      const keydownAt = event.timeStamp;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => done(performance.now() - keydownAt);
        channel.port2.postMessage(null);
      });
    }, { capture: true });
    window.__keyPaint = {
      result: undefined,
      arm() { this.result = new Promise((resolve) => { settle = resolve; }); },
      interactions() {
        const values = [...byInteraction.values()];
        byInteraction.clear();
        return values;
      },
    };
  });
}

/** Types one key into the focused editor and returns keydown → next paint in ms; keeps the 120 ms rhythm. */
async function typeOne(page: Page): Promise<number> {
  const started = Date.now();
  await page.evaluate(() => window.__keyPaint!.arm());
  await page.keyboard.press('a');
  const ms = await page.evaluate(() => window.__keyPaint!.result!);
  const wait = KEY_INTERVAL_MS - (Date.now() - started);
  if (wait > 0) await page.waitForTimeout(wait);
  return ms;
}

async function block(page: Page, keys: number): Promise<number[]> {
  await page.bringToFront();
  await pasteCursor(page);
  const times: number[] = [];
  for (let i = 0; i < keys; i++) times.push(await typeOne(page));
  return times;
}

/** Pastes `body` into either page's editor and waits until it has landed. */
async function pasteBody(page: Page, body: string): Promise<void> {
  const isBare = await page.evaluate(() => '__bareEditor' in window);
  if (!isBare) return pasteIntoExplorer(page, body);
  await dispatchPaste(page, body);
  await page.waitForFunction((length) => (window as unknown as { __bareEditor: { getModel(): { getValueLength(): number } } })
    .__bareEditor.getModel().getValueLength() === length, body.length, { timeout: 60_000, polling: 100 });
}

/** Puts the cursor inside the message string, before its closing quote, in whichever page. */
async function pasteCursor(page: Page): Promise<void> {
  await page.locator('.monaco-editor textarea').first().focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
}

/**
 * Event Timing only reports interactions at or above 16 ms; a key below that counts as 16 (the floor it can report),
 * so a page whose keys are mostly faster than a frame still gets a figure.
 */
function eventTimingSummary(durations: number[], keys: number): Summary {
  const padded = [...durations, ...Array<number>(Math.max(0, keys - durations.length)).fill(16)];
  return summarize(padded);
}

async function measureSize(explorer: Page, bare: Page, size: number): Promise<KeyPaintSize> {
  const body = bodyOfSize(size);
  for (const page of [explorer, bare]) {
    await page.bringToFront();
    await pasteBody(page, body);
    await block(page, 3); // warm-up
    await page.evaluate(() => window.__keyPaint!.interactions());
  }
  const explorerTimes: number[] = [];
  const bareTimes: number[] = [];
  const explorerEvents: number[] = [];
  const bareEvents: number[] = [];
  for (let i = 0; i < BLOCKS; i++) {
    explorerTimes.push(...await block(explorer, BLOCK));
    explorerEvents.push(...await explorer.evaluate(() => window.__keyPaint!.interactions()));
    bareTimes.push(...await block(bare, BLOCK));
    bareEvents.push(...await bare.evaluate(() => window.__keyPaint!.interactions()));
  }
  const e = summarize(explorerTimes);
  const b = summarize(bareTimes);
  const keys = BLOCK * BLOCKS;
  return {
    bodyBytes: size, explorer: e, bare: b,
    explorerEventTiming: eventTimingSummary(explorerEvents, keys), bareEventTiming: eventTimingSummary(bareEvents, keys),
    ratioP50: ratio(e.median, b.median), ratioP95: ratio(e.p95, b.p95),
  };
}

/** Long tasks (over 50 ms) while typing 10 keys a second into a 100 kB body for 10 s. */
async function countLongTasks(page: Page): Promise<{ count: number; longest: number }> {
  await page.bringToFront();
  await pasteBody(page, bodyOfSize(100 * 1024));
  await pasteCursor(page);
  await page.evaluate(() => {
    const tasks: number[] = [];
    (window as unknown as { __longTasks: number[] }).__longTasks = tasks;
    new PerformanceObserver((list) => { for (const entry of list.getEntries()) tasks.push(entry.duration); }).observe({ type: 'longtask' });
  });
  for (let i = 0; i < 100; i++) {
    const started = Date.now();
    await page.keyboard.press('a');
    const wait = 100 - (Date.now() - started);
    if (wait > 0) await page.waitForTimeout(wait);
  }
  await page.waitForTimeout(500);
  const tasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  return { count: tasks.length, longest: tasks.length ? Math.max(...tasks) : 0 };
}

async function openBare(browser: Browser, origin: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(origin);
  await page.locator('.monaco-editor textarea').first().waitFor({ state: 'attached', timeout: 60_000 });
  return page;
}

export async function measureKeyPaint(origin: string): Promise<FigureResult<{ sizes: KeyPaintSize[]; longTasks: LongTasks }>> {
  const bareServer = await serveBareMonaco();
  const browser = await launchChromium();
  try {
    const explorer = await openWithSecret(browser, origin, { width: 1366, height: 768 });
    if (await explorer.getByRole('switch', { name: 'Pin timestamp' }).isChecked()) throw new Error('The timestamp should start live.');
    const bare = await openBare(browser, bareServer.origin);
    for (const page of [explorer, bare]) await installProbe(page);
    const sizes: KeyPaintSize[] = [];
    for (const size of BODY_SIZES) sizes.push(await measureSize(explorer, bare, size));
    const explorerTasks = await countLongTasks(explorer);
    const bareTasks = await countLongTasks(bare);
    const longTasks: LongTasks = { keys: 100, count: explorerTasks.count, longestMs: explorerTasks.longest, bareCount: bareTasks.count, bareLongestMs: bareTasks.longest };
    return { data: { sizes, longTasks }, rows: [...sizes.flatMap(rowsOf), longTaskRow(longTasks)] };
  } finally {
    await browser.close();
    await bareServer.close();
  }
}

const label = (bytes: number) => (bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MB` : `${bytes / 1024} kB`);
const p50p95 = (s: Summary) => `p50 ${fixed(s.median)} ms, p95 ${fixed(s.p95)} ms`;

function rowsOf(size: KeyPaintSize): Row[] {
  const worst = Math.max(size.ratioP50, size.ratioP95);
  return [{
    figure: `Keydown → next paint, ${label(size.bodyBytes)} body, live timestamp (ratio: p50 ${size.ratioP50.toFixed(2)}×, p95 ${size.ratioP95.toFixed(2)}×)`,
    measured: `${p50p95(size.explorer)} (n=${size.explorer.runs})`,
    limit: `${p50p95(size.bare)} (bare Monaco)`,
    ratio: worst, target: `p50 and p95 ≤ ${TARGET}× bare`, met: worst <= TARGET,
  }, {
    figure: `Event Timing (INP's measure) per key, ${label(size.bodyBytes)} body`,
    measured: p50p95(size.explorerEventTiming),
    limit: `${p50p95(size.bareEventTiming)} (bare Monaco)`,
    ratio: ratio(size.explorerEventTiming.p95, size.bareEventTiming.p95), target: '', met: undefined,
  }];
}

function longTaskRow(tasks: LongTasks): Row {
  return {
    figure: 'Long tasks (> 50 ms) typing 10 keys/s into a 100 kB body for 10 s',
    measured: `${tasks.count}${tasks.count ? `, longest ${fixed(tasks.longestMs)} ms` : ''}`,
    limit: `${tasks.bareCount}${tasks.bareCount ? `, longest ${fixed(tasks.bareLongestMs)} ms` : ''} (bare Monaco)`,
    ratio: undefined, target: '0', met: tasks.count === 0,
  };
}
