/**
 * `npm run bench`: each figure of DESIGN.md §7 measured beside its physical limit in the same run, printed as one
 * table and written to bench/results.json. A benchmark, not a test: a missed target is reported, never fatal. Only a
 * figure that could not be measured at all (it threw) makes the exit code non-zero.
 *
 * Order matters on a 2-core machine: the build first (once), then each figure alone, so no two compete for a core.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp, servePreview } from './builtApp.ts';
import { measureClockTick } from './clockTick.ts';
import { measureDiagnoser } from './diagnoser.ts';
import { measureDiagnoser100kB } from './diagnoser100kB.ts';
import { measureFirstLoad } from './firstLoad.ts';
import { measureKeyPaint } from './keyPaint.ts';
import { measureKeystrokes } from './keystroke.ts';
import { describeMachine } from './machine.ts';
import { type FigureResult, markdownTable, type Row } from './report.ts';
import { measureSandbox, signedBenchRequest } from './sandbox.ts';
import { measureInProcess } from './sandboxInProcess.ts';

const started = Date.now();
const machine = describeMachine();
console.log(`Coext API Explorer bench — ${machine.cpuCount} × ${machine.cpuModel}, Node ${machine.node}, ${machine.chromium}, load ${machine.loadAverage}`);

// `npm run bench -- --only keyPaint` measures one figure (and leaves bench/results.json alone).
const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex >= 0 ? process.argv[onlyIndex + 1] : undefined;
const figures: Record<string, unknown> = {};
const errors: Record<string, string> = {};
const rows: Row[] = [];

async function figure<T>(name: string, measure: () => Promise<FigureResult<T>>): Promise<void> {
  if (only && name !== only) return;
  const t0 = Date.now();
  process.stdout.write(`· ${name}… `);
  try {
    const result = await measure();
    figures[name] = result.data;
    rows.push(...result.rows);
    console.log(`${((Date.now() - t0) / 1000).toFixed(0)} s`);
  } catch (error) {
    errors[name] = error instanceof Error ? error.stack ?? error.message : String(error);
    rows.push({ figure: name, measured: `not measured: ${String(error).split('\n')[0]}`, limit: '—', ratio: undefined, target: '', met: undefined });
    console.log('FAILED');
    console.error(error);
  }
}

process.stdout.write('· build (NODE_ENV=production)… ');
const app = await buildApp();
console.log(`${((Date.now() - started) / 1000).toFixed(0)} s`);
try {
  await figure('firstLoad', () => measureFirstLoad(app.outDir));
  const withPreview = async <T>(measure: (origin: string) => Promise<FigureResult<T>>) => {
    const served = await servePreview(app.outDir);
    try {
      return await measure(served.origin);
    } finally {
      await served.close();
    }
  };
  await figure('keystroke', () => withPreview(measureKeystrokes));
  await figure('keyPaint', () => withPreview(measureKeyPaint));
  await figure('clockTick', () => withPreview(measureClockTick));
  await figure('diagnoser', () => measureDiagnoser());
  await figure('diagnoser100kB', () => measureDiagnoser100kB());
  const signed = signedBenchRequest();
  await figure('sandbox', () => measureSandbox(signed));
  await figure('sandboxInProcess', () => measureInProcess(signed.credential, signed.request));
} finally {
  app.remove();
}

const table = markdownTable(rows);
const seconds = Math.round((Date.now() - started) / 1000);
console.log(`\n${table}\n\nRatio = measured ÷ limit (for rates, 1 is the limit; for times, 1 is the limit and lower is better). ${seconds} s in all.`);
const results = { date: new Date().toISOString(), durationSeconds: seconds, machine, rows, figures, errors };
if (!only) {
  writeFileSync(join(import.meta.dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('Written: bench/results.json');
}
if (Object.keys(errors).length > 0) process.exitCode = 1;
