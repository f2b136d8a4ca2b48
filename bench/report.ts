/**
 * One line of the results table: what was measured, the physical limit measured beside it in the same run, their
 * ratio and the target. A figure never fails the bench; `met` only says whether the target was reached.
 */
import type { Summary } from './stats.ts';

export interface Row {
  figure: string;
  measured: string;
  limit: string;
  /** measured / limit, oriented so that 1 is the limit (see `ratioMeaning`). */
  ratio: number | undefined;
  target: string;
  met: boolean | undefined;
}

export interface FigureResult<T> {
  rows: Row[];
  data: T;
}

/** `12.3 ms (min 10.1, max 15.0, 5 runs)` */
export function describeMs(summary: Summary, stat: 'median' | 'p95' = 'median'): string {
  return `${fixed(summary[stat])} ms (${summary.min === summary.max ? '' : `${fixed(summary.min)}–${fixed(summary.max)}, `}n=${summary.runs})`;
}

export function fixed(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

export function thousands(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

/** Renders the rows as a Markdown table (readable in a terminal and pasteable into the README). */
export function markdownTable(rows: readonly Row[]): string {
  const header = ['Figure', 'Measured', 'Limit (same run)', 'Ratio', 'Target', 'Met'];
  const lines = rows.map((row) => [
    row.figure, row.measured, row.limit, row.ratio === undefined ? '—' : `${row.ratio.toFixed(2)}×`, row.target,
    row.met === undefined ? '—' : row.met ? 'yes' : '**no**',
  ]);
  const cells = [header, header.map(() => '---'), ...lines];
  return cells.map((cell) => `| ${cell.join(' | ')} |`).join('\n');
}
