/**
 * `npx tsx bench/keyProfile.ts [bodyBytes]`: where a keystroke's time goes, for docs/performance.md. Not a figure of
 * `npm run bench` (it measures no ratio): it builds the explorer unminified, so that the CPU profile names React
 * components and Monaco functions, types keys one every 120 ms into a body of the given size (10 kB by default) with
 * a live timestamp, in the explorer and in the bare Monaco page, and prints per key:
 * - main-thread time by trace event (style, layout, paint, commit…) from Chromium's trace, and
 * - JavaScript self time grouped by the bundle it came from and by function, from V8's sampling profiler.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright';
import { serveBareMonaco } from './bareMonaco.ts';
import { launchChromium } from './browser.ts';
import { buildApp, servePreview } from './builtApp.ts';
import { bodyOfSize, dispatchPaste, openWithSecret, pasteBody } from './keystroke.ts';

const KEYS = 40;
const size = Number(process.argv[2] ?? 10 * 1024);

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }
interface TraceEvent { name: string; ph: string; dur?: number; tid: number; pid: number; args?: Record<string, unknown> }

async function typeKeys(page: Page): Promise<void> {
  for (let i = 0; i < KEYS; i++) {
    const started = Date.now();
    await page.keyboard.press('a');
    const wait = 120 - (Date.now() - started);
    if (wait > 0) await page.waitForTimeout(wait);
  }
  await page.waitForTimeout(300);
}

function selfTimes(profile: Profile): { byFunction: Map<string, number>; byBundle: Map<string, number> } {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const byFunction = new Map<string, number>();
  const byBundle = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const node = nodes.get(id)!;
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    const file = node.callFrame.url.split('/').pop()?.replace(/-[\w-]{8}\.js$/, '.js') || `(${node.callFrame.functionName || 'native'})`;
    if (node.callFrame.functionName === '(idle)' || node.callFrame.functionName === '(program)') return;
    const fn = `${node.callFrame.functionName || '(anonymous)'} ${file}:${node.callFrame.lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
    byBundle.set(file, (byBundle.get(file) ?? 0) + ms);
  });
  return { byFunction, byBundle };
}

const top = (map: Map<string, number>, n: number) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n)
  .map(([name, ms]) => `  ${(ms / KEYS).toFixed(2).padStart(7)} ms/key  ${name}`).join('\n');

async function profile(page: Page, label: string): Promise<void> {
  const browser = page.context().browser()!;
  const client: CDPSession = await page.context().newCDPSession(page);
  await client.send('Profiler.enable');
  await client.send('Profiler.setSamplingInterval', { interval: 100 });
  const tracePath = join(process.env.TMPDIR ?? '/tmp', `keyProfile-${label}.json`);
  await browser.startTracing(page, { path: tracePath, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await client.send('Profiler.start');
  await typeKeys(page);
  const { profile: cpu } = await client.send('Profiler.stop') as unknown as { profile: Profile };
  await browser.stopTracing();
  const trace = JSON.parse(readFileSync(tracePath, 'utf8')) as { traceEvents: TraceEvent[] };
  const mainThread = trace.traceEvents.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  const byEvent = new Map<string, number>();
  for (const event of trace.traceEvents) {
    if (event.ph !== 'X' || event.tid !== mainThread?.tid || event.pid !== mainThread.pid || !event.dur) continue;
    byEvent.set(event.name, (byEvent.get(event.name) ?? 0) + event.dur / 1000);
  }
  const { byFunction, byBundle } = selfTimes(cpu);
  console.log(`\n## ${label}: ${KEYS} keys into a ${size}-byte body\nMain thread by trace event (inclusive, nested events overlap):\n${top(byEvent, 14)}`);
  console.log(`JavaScript self time by bundle:\n${top(byBundle, 8)}\nJavaScript self time by function:\n${top(byFunction, 30)}`);
}

const app = await buildApp({ minify: false });
const served = await servePreview(app.outDir);
const bareServer = await serveBareMonaco();
const browser = await launchChromium();
try {
  const explorer = await openWithSecret(browser, served.origin, { width: 1366, height: 768 });
  await pasteBody(explorer, bodyOfSize(size));
  await profile(explorer, 'explorer');
  const bare = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await bare.goto(bareServer.origin);
  await bare.locator('.monaco-editor textarea').first().waitFor({ state: 'attached' });
  await dispatchPaste(bare, bodyOfSize(size));
  await bare.keyboard.press('Control+End');
  await bare.keyboard.press('ArrowLeft');
  await bare.keyboard.press('ArrowLeft');
  await profile(bare, 'bare Monaco');
} finally {
  await browser.close();
  await bareServer.close();
  await served.close();
  app.remove();
}
