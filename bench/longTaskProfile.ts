/**
 * `npx tsx bench/longTaskProfile.ts [bodyBytes]`: what the main thread's tasks are while typing, for
 * docs/performance.md. Not a figure of `npm run bench`: it replays keyPaint's long-task measurement (10 keys a second
 * for 10 s into a 100 kB body, live timestamp) in the built explorer, after the sizes keyPaint types into first, and
 * in the bare Monaco page, with Chromium's trace on, and prints per page:
 * - the tasks by kind (what runs at their top: a key's events, an animation frame, a posted message, a timer…) with
 *   their count, total and longest thread time, so what the explorer adds over bare Monaco stands out, and
 * - for every task longer than LONG_TASK_MS (50 by default) what ran inside it.
 * Thread time (the trace's `tdur`), not wall time: on a shared machine a task's wall time includes waiting for a core.
 * `--profile` adds V8's sampling profiler (an unminified build, so functions have names) for the long tasks' JS.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright';
import { serveBareMonaco } from './bareMonaco.ts';
import { launchChromium } from './browser.ts';
import { buildApp, servePreview } from './builtApp.ts';
import { BODY_SIZES, bodyOfSize, dispatchPaste, openWithSecret, pasteBody } from './keystroke.ts';

const size = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 100 * 1024);
const withProfiler = process.argv.includes('--profile');
const LONG_MS = Number(process.env.LONG_TASK_MS ?? 50);

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; parent?: number; children?: number[] }
interface Profile { nodes: ProfileNode[]; startTime: number; samples: number[]; timeDeltas: number[] }
interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tdur?: number; tid: number; pid: number; args?: Record<string, unknown> }

async function typeKeys(page: Page, keys: number, intervalMs: number): Promise<void> {
  for (let i = 0; i < keys; i++) {
    const started = Date.now();
    await page.keyboard.press('a');
    const wait = intervalMs - (Date.now() - started);
    if (wait > 0) await page.waitForTimeout(wait);
  }
}

async function cursorToMessageEnd(page: Page): Promise<void> {
  await page.locator('.monaco-editor textarea').first().focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
}

async function record(page: Page, label: string): Promise<void> {
  const browser = page.context().browser()!;
  const client: CDPSession = await page.context().newCDPSession(page);
  if (withProfiler) {
    await client.send('Profiler.enable');
    await client.send('Profiler.setSamplingInterval', { interval: 200 });
  }
  const tracePath = join(process.env.TMPDIR ?? '/tmp', `longTaskProfile-${label.replace(/\W/g, '')}.json`);
  await browser.startTracing(page, { path: tracePath, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8',
    // INVALIDATIONS=1: which nodes' changes made the browser lay out and restyle (heavy: times are then inflated).
    ...(process.env.INVALIDATIONS ? ['disabled-by-default-devtools.timeline.invalidationTracking'] : [])] });
  if (withProfiler) await client.send('Profiler.start');
  await page.evaluate(() => {
    const tasks: number[] = [];
    (window as unknown as { __longTasks: number[] }).__longTasks = tasks;
    new PerformanceObserver((list) => { for (const entry of list.getEntries()) tasks.push(entry.duration); }).observe({ type: 'longtask' });
  });
  await typeKeys(page, 100, 100);
  await page.waitForTimeout(500);
  const observed = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  const profile = withProfiler ? (await client.send('Profiler.stop') as unknown as { profile: Profile }).profile : undefined;
  await browser.stopTracing();
  console.log(`\n# ${label}: PerformanceObserver saw ${observed.length} long tasks (${observed.map((ms) => ms.toFixed(0)).join(', ')} ms)`);
  report(JSON.parse(readFileSync(tracePath, 'utf8')) as { traceEvents: TraceEvent[] }, profile);
}

const ms = (us: number | undefined) => (us ?? 0) / 1000;

/** What a task is, by the first event nested in it that says (a key's events, a frame, a message, a timer…). */
function kindOf(inside: TraceEvent[]): string {
  const top = inside.find((event) => ['EventDispatch', 'FireAnimationFrame', 'TimerFire', 'FireIdleCallback', 'FunctionCall', 'ParseHTML', 'MajorGC', 'MinorGC', 'V8.GC_MC_BACKGROUND_MARKING'].includes(event.name))
    ?? inside.find((event) => ['Paint', 'Layout', 'UpdateLayoutTree', 'Commit'].includes(event.name));
  if (!top) return inside[0]?.name ?? '(empty)';
  const data = (top.args?.data ?? {}) as { type?: string; functionName?: string; url?: string; lineNumber?: number };
  if (top.name === 'EventDispatch') return 'key events';
  if (top.name === 'FunctionCall') return `FunctionCall ${data.functionName || '(anonymous)'} ${data.url?.split('/').pop() ?? ''}:${data.lineNumber ?? ''}`;
  if (top.name === 'Paint' || top.name === 'Layout' || top.name === 'UpdateLayoutTree' || top.name === 'Commit') return 'frame without script';
  return top.name;
}

function report(trace: { traceEvents: TraceEvent[] }, profile: Profile | undefined): void {
  const main = trace.traceEvents.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  const onMain = trace.traceEvents.filter((event) => event.ph === 'X' && event.tid === main?.tid && event.pid === main.pid && event.dur)
    .sort((a, b) => a.ts - b.ts);
  const tasks = onMain.filter((event) => event.name === 'RunTask');
  const kinds = new Map<string, { count: number; total: number; longest: number; wall: number; tasks: TraceEvent[] }>();
  const long: { task: TraceEvent; inside: TraceEvent[] }[] = [];
  let cursor = 0;
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    while (cursor < onMain.length && onMain[cursor]!.ts < task.ts) cursor++;
    const inside: TraceEvent[] = [];
    for (let i = cursor; i < onMain.length && onMain[i]!.ts <= end; i++) if (onMain[i] !== task) inside.push(onMain[i]!);
    const kind = kindOf(inside);
    const entry = kinds.get(kind) ?? { count: 0, total: 0, longest: 0, wall: 0, tasks: [] };
    entry.count++;
    entry.tasks.push(task);
    entry.total += ms(task.tdur);
    entry.longest = Math.max(entry.longest, ms(task.tdur));
    entry.wall = Math.max(entry.wall, ms(task.dur));
    kinds.set(kind, entry);
    if (ms(task.tdur) > LONG_MS || ms(task.dur) > LONG_MS) long.push({ task, inside });
  }
  const total = tasks.reduce((sum, task) => sum + ms(task.tdur), 0);
  console.log(`${tasks.length} tasks, ${total.toFixed(0)} ms of thread time; by kind (count, total, longest thread time, longest wall time):`);
  for (const [kind, entry] of [...kinds].sort((a, b) => b[1].total - a[1].total).slice(0, 14)) {
    console.log(`  ${String(entry.count).padStart(5)} ${entry.total.toFixed(0).padStart(6)} ms ${entry.longest.toFixed(1).padStart(6)} ms ${entry.wall.toFixed(1).padStart(6)} ms  ${kind}`);
    if (profile && entry.total > 100) console.log(jsIn(profile, entry.tasks, 14));
  }
  for (const { task, inside } of long) {
    const byEvent = new Map<string, number>();
    for (const event of inside) {
      const data = (event.args?.data ?? {}) as { type?: string; functionName?: string; url?: string; lineNumber?: number };
      const name = event.name === 'FunctionCall' ? `FunctionCall ${data.functionName || '(anonymous)'} ${data.url?.split('/').pop() ?? ''}:${data.lineNumber ?? ''}`
        : event.name === 'EventDispatch' ? `EventDispatch ${data.type}` : event.name;
      byEvent.set(name, (byEvent.get(name) ?? 0) + ms(event.tdur ?? event.dur));
    }
    console.log(`\n  task at ${((task.ts - tasks[0]!.ts) / 1000).toFixed(0)} ms: thread ${ms(task.tdur).toFixed(1)} ms, wall ${ms(task.dur).toFixed(1)} ms`);
    for (const [name, value] of [...byEvent].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(`    ${value.toFixed(1).padStart(6)} ms  ${name}`);
    if (profile) console.log(jsIn(profile, [task], 8));
  }
}

/** The JavaScript functions (self time) sampled inside `tasks` (sorted by time). */
function jsIn(profile: Profile, tasks: TraceEvent[], count: number): string {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  let at = profile.startTime;
  let next = 0;
  profile.samples.forEach((id, index) => {
    at += profile.timeDeltas[index] ?? 0;
    while (next < tasks.length && tasks[next]!.ts + tasks[next]!.dur! < at) next++;
    const task = tasks[next];
    if (!task || at < task.ts) return;
    const node = nodes.get(id)!;
    const name = `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop() ?? ''}:${node.callFrame.lineNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[index + 1] ?? 0) / 1000);
  });
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, count).map(([name, value]) => `      js ${value.toFixed(1).padStart(6)} ms  ${name}`).join('\n');
}

const app = await buildApp({ minify: !withProfiler });
const served = await servePreview(app.outDir);
const bareServer = await serveBareMonaco();
const browser = await launchChromium();
try {
  const explorer = await openWithSecret(browser, served.origin, { width: 1366, height: 768 });
  if (!process.argv.includes('--fresh')) {
    // The explorer keyPaint measures has had every size typed into first.
    for (const earlier of BODY_SIZES) {
      await pasteBody(explorer, bodyOfSize(earlier));
      await typeKeys(explorer, 5, 120);
    }
  }
  await pasteBody(explorer, bodyOfSize(size));
  // HIDE='css selectors': leave parts of the page out of rendering, to attribute a frame's cost to them.
  if (process.env.HIDE) await explorer.addStyleTag({ content: `${process.env.HIDE} { display: none !important; }` });
  if (process.env.STYLE) await explorer.addStyleTag({ content: process.env.STYLE });
  await record(explorer, 'explorer');
  if (!process.argv.includes('--no-bare')) {
    const bare = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await bare.goto(bareServer.origin);
    await bare.locator('.monaco-editor textarea').first().waitFor({ state: 'attached' });
    await dispatchPaste(bare, bodyOfSize(size));
    await bare.waitForTimeout(1000);
    await cursorToMessageEnd(bare);
    await record(bare, 'bare Monaco');
  }
} finally {
  await browser.close();
  await bareServer.close();
  await served.close();
  app.remove();
}
