/**
 * Figure `diagnoser100kB` (issue 17 §3): a full search (wrong secret) over a ~100 kB body in a Web Worker in Chromium,
 * as the app runs it, beside raw HMAC-SHA256 signs of a payload of the same size in the same worker. Target: under 1 s.
 * Reuses the diagnoser figure's page and worker (bench/diagnoserPage).
 */
import { keyChoices } from '../src/core/diagnose/keyChoices.ts';
import { launchChromium } from './browser.ts';
import { askBenchWorker, servePage } from './diagnoser.ts';
import type { DiagnoseTiming, RawTiming, ToBenchWorker } from './diagnoserPage/messages.ts';
import { plantedCases } from './plantedRequests.ts';
import { describeMs, fixed, thousands, type FigureResult, type Row } from './report.ts';
import { ratio, summarize, type Summary } from './stats.ts';

const RUNS = 5;
const SIZE = 100 * 1024;

export interface Diagnoser100kBFigure {
  bodyBytes: number;
  verdict: string[];
  hypothesesTried: number;
  signs: number;
  digests: number;
  ms: Summary;
  /** Raw HMACs of a payload of the body's size, per second. */
  rawSignsPerSecond: Summary;
}

export async function measureDiagnoser100kB(): Promise<FigureResult<Diagnoser100kBFigure>> {
  const { cases, bodyBytes, payloadBytes } = plantedCases(SIZE);
  const full = cases[cases.length - 1]!;
  const keyCount = (await keyChoices(full.input.secret!, full.input.request.apiKey)).filter((key) => !key.swapped).length;
  const served = await servePage();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(served.origin);
    await page.waitForFunction(() => typeof window.benchWorker === 'function');
    const first = await askBenchWorker<DiagnoseTiming>(page, { type: 'diagnose', input: full.input }); // warm-up, and the counts
    const rawRequest: ToBenchWorker = { type: 'raw', keyCount, payloadBytes, signs: 500 };
    const runs: DiagnoseTiming[] = [];
    const raw: RawTiming[] = [];
    for (let run = 0; run < RUNS; run++) {
      runs.push(await askBenchWorker<DiagnoseTiming>(page, { type: 'diagnose', input: full.input }));
      raw.push(await askBenchWorker<RawTiming>(page, rawRequest));
    }
    const data: Diagnoser100kBFigure = {
      bodyBytes, verdict: first.verdict, hypothesesTried: first.hypothesesTried, signs: first.signs, digests: first.digests,
      ms: summarize(runs.map((t) => t.ms)), rawSignsPerSecond: summarize(raw.map((t) => (t.signs * 1000) / t.ms)),
    };
    return { data, rows: rowsOf(data) };
  } finally {
    await browser.close();
    await served.close();
  }
}

function rowsOf(data: Diagnoser100kBFigure): Row[] {
  const hashingMs = ((data.signs + data.digests) * 1000) / data.rawSignsPerSecond.median;
  return [{
    figure: `Diagnoser full search (wrong secret), ${thousands(data.bodyBytes)} B body, worker`,
    measured: `${describeMs(data.ms)}, ${thousands(data.hypothesesTried)} hypotheses, ${thousands(data.signs)} HMACs + ${thousands(data.digests)} digests, verdict ${data.verdict.join('+')}`,
    limit: `${thousands(data.rawSignsPerSecond.median)} raw HMACs/s of that size: ${fixed(hashingMs)} ms for as many`,
    ratio: ratio(data.ms.median, hashingMs), target: '< 1000 ms', met: data.ms.median < 1000,
  }];
}
