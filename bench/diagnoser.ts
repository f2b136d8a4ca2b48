/**
 * Figure 2: the diagnoser in a Web Worker in Chromium (as the app runs it), against raw HMAC-SHA256 signs in the
 * same worker: the same payload size, the same number of keys, the same number of signs as the full search made,
 * 256 in flight at a time as the search keeps them. Plus the time to the verdict for one and two planted mistakes
 * and for a full search.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright';
import { build, preview } from 'vite';
import { keyChoices } from '../src/core/diagnose/keyChoices.ts';
import { launchChromium } from './browser.ts';
import type { DiagnoseTiming, RawTiming, ToBenchWorker } from './diagnoserPage/messages.ts';
import { plantedCases } from './plantedRequests.ts';
import { describeMs, fixed, thousands, type FigureResult, type Row } from './report.ts';
import { pairedRatios, ratio, summarize, type Summary } from './stats.ts';

/** Rounds of every case and the raw limit; a round takes about a second. */
const RUNS = 9;
const pageRoot = join(import.meta.dirname, 'diagnoserPage');

export interface DiagnoserCase {
  name: string;
  expected: string[];
  verdict: string[];
  hypothesesTried: number;
  signs: number;
  digests: number;
  ms: Summary;
}

export interface DiagnoserFigure {
  bodyBytes: number;
  keyCount: number;
  cases: DiagnoserCase[];
  hypothesesPerSecond: Summary;
  signsPerSecond: Summary;
  rawSignsPerSecond: Summary;
  /** Each round's hypotheses/s over that round's raw HMACs/s. */
  roundRatios: Summary;
  /** The median of `roundRatios`: the figure's ratio. */
  ratio: number;
  /** The ratio of the two medians, for comparison with earlier runs. */
  ratioOfMedians: number;
}

/** One request to the bench page's worker, its answer typed by the caller. */
export const askBenchWorker = <T>(page: Page, request: ToBenchWorker) => page.evaluate((r) => window.benchWorker(r), request) as Promise<T>;

export async function servePage(): Promise<{ origin: string; close(): Promise<void> }> {
  const outDir = mkdtempSync(join(tmpdir(), 'coext-bench-diagnoser-'));
  await build({ root: pageRoot, configFile: false, logLevel: 'error', worker: { format: 'es' }, build: { outDir, emptyOutDir: true, target: 'es2022' } });
  const server = await preview({ root: pageRoot, configFile: false, logLevel: 'silent', build: { outDir }, preview: { port: 0, host: '127.0.0.1' } });
  return {
    origin: `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`,
    async close() {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

export async function measureDiagnoser(): Promise<FigureResult<DiagnoserFigure>> {
  const { cases, bodyBytes, payloadBytes } = plantedCases();
  const full = cases[cases.length - 1]!;
  const keyCount = (await keyChoices(full.input.secret!, full.input.request.apiKey)).filter((key) => !key.swapped).length;
  const served = await servePage();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(served.origin);
    await page.waitForFunction(() => typeof window.benchWorker === 'function');
    for (const planted of cases) await askBenchWorker<DiagnoseTiming>(page, { type: 'diagnose', input: planted.input }); // warm-up: JIT
    const signs = (await askBenchWorker<DiagnoseTiming>(page, { type: 'diagnose', input: full.input })).signs;
    const rawRequest: ToBenchWorker = { type: 'raw', keyCount, payloadBytes, signs };
    await askBenchWorker<RawTiming>(page, rawRequest);
    // Round by round, the limit right after the searches: a noisy moment of the shared machine then slows both, where
    // five searches followed by five raw runs once put the two in different moments (a ratio of 0.35 among 0.55s).
    const timings = new Map(cases.map((planted) => [planted, [] as DiagnoseTiming[]]));
    const raw: RawTiming[] = [];
    for (let run = 0; run < RUNS; run++) {
      for (const planted of cases) timings.get(planted)!.push(await askBenchWorker<DiagnoseTiming>(page, { type: 'diagnose', input: planted.input }));
      raw.push(await askBenchWorker<RawTiming>(page, rawRequest));
    }
    const fullTimings = timings.get(full)!;
    const measured: DiagnoserCase[] = cases.map((planted) => {
      const runs = timings.get(planted)!;
      const first = runs[0]!;
      return { name: planted.name, expected: planted.expected, verdict: first.verdict, hypothesesTried: first.hypothesesTried,
        signs: first.signs, digests: first.digests, ms: summarize(runs.map((t) => t.ms)) };
    });
    const perSecond = (count: number, ms: number) => (count * 1000) / ms;
    const hypothesesPerRound = fullTimings.map((t) => perSecond(t.hypothesesTried, t.ms));
    const rawPerRound = raw.map((t) => perSecond(t.signs, t.ms));
    const hypothesesPerSecond = summarize(hypothesesPerRound);
    const rawSignsPerSecond = summarize(rawPerRound);
    const roundRatios = pairedRatios(hypothesesPerRound, rawPerRound);
    const data: DiagnoserFigure = {
      bodyBytes, keyCount, cases: measured, hypothesesPerSecond,
      signsPerSecond: summarize(fullTimings.map((t) => perSecond(t.signs, t.ms))),
      rawSignsPerSecond, roundRatios, ratio: roundRatios.median,
      ratioOfMedians: ratio(hypothesesPerSecond.median, rawSignsPerSecond.median),
    };
    return { data, rows: rowsOf(data) };
  } finally {
    await browser.close();
    await served.close();
  }
}

function rowsOf(data: DiagnoserFigure): Row[] {
  const rate = (s: Summary) => `${thousands(s.median)}/s (${thousands(s.min)}–${thousands(s.max)}, n=${s.runs})`;
  const signRatio = ratio(data.signsPerSecond.median, data.rawSignsPerSecond.median);
  const rows: Row[] = [
    { figure: 'Diagnoser hypotheses/s (full search, worker); ratio: median of the rounds\' own ratios',
      measured: `${rate(data.hypothesesPerSecond)}; per round ${fixed(data.roundRatios.min)}–${fixed(data.roundRatios.max)}×, ratio of medians ${fixed(data.ratioOfMedians)}×`,
      limit: `${rate(data.rawSignsPerSecond)} raw HMACs`, ratio: data.ratio, target: '≥ 0.5× raw', met: data.ratio >= 0.5 },
    { figure: 'Diagnoser HMACs/s inside the search', measured: rate(data.signsPerSecond),
      limit: `${thousands(data.rawSignsPerSecond.median)}/s raw HMACs`, ratio: signRatio, target: '', met: undefined },
  ];
  for (const c of data.cases) {
    const wrong = c.verdict.join('+') === c.expected.join('+') ? '' : ` — verdict ${c.verdict.join('+')}, planted ${c.expected.join('+')}`;
    const fullSearch = c.expected[0] === 'unreproduced';
    rows.push({
      figure: `Diagnoser verdict, 2 kB body, ${c.name}`,
      measured: `${describeMs(c.ms)}, ${thousands(c.hypothesesTried)} hypotheses, ${thousands(c.signs)} HMACs${wrong}`,
      limit: `${fixed((c.signs * 1000) / data.rawSignsPerSecond.median)} ms for as many raw HMACs`,
      ratio: ratio(c.ms.median, (c.signs * 1000) / data.rawSignsPerSecond.median),
      target: fullSearch ? '< 300 ms' : '', met: fullSearch ? c.ms.median < 300 : undefined,
    });
  }
  return rows;
}
