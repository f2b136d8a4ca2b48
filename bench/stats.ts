/**
 * The few statistics the benchmark reports: a sample's median, min, max and nearest-rank percentiles, and the
 * ratio of a measured figure to its limit. Plain numbers in, plain numbers out; no timing is read here.
 */

export interface Summary {
  runs: number;
  median: number;
  min: number;
  max: number;
  p95: number;
}

/** The nearest-rank percentile `p` (0–100) of `values`: a value that was actually measured, never interpolated. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** Median (p50), p95, min and max of `values`. */
export function summarize(values: readonly number[]): Summary {
  return {
    runs: values.length,
    median: percentile(values, 50),
    min: Math.min(...values),
    max: Math.max(...values),
    p95: percentile(values, 95),
  };
}

/** `measured / limit`, or NaN when the limit is not a positive number. */
export function ratio(measured: number, limit: number): number {
  return limit > 0 ? measured / limit : Number.NaN;
}

/**
 * The ratio of each round's measured figure to the limit measured right beside it, summarized. Where a figure and its
 * limit alternate round by round, a slow spell of the shared machine slows both sides of one round's ratio, while
 * the two medians of `ratio` can each come from a different spell.
 */
export function pairedRatios(measured: readonly number[], limits: readonly number[]): Summary {
  if (measured.length !== limits.length) throw new Error('Paired ratios need one limit per measured round.');
  return summarize(measured.map((value, i) => ratio(value, limits[i]!)));
}

/** Runs `once` `runs` times in a row (never in parallel: each run would slow the others) and collects the results. */
export async function repeat<T>(runs: number, once: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < runs; i++) results.push(await once(i));
  return results;
}
