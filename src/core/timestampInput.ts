/**
 * Reading the `Timestamp` field as a person types it. The contract wants decimal Unix *seconds*; the two common
 * mistakes (milliseconds from `Date.now()`, and a fractional `time.time()`) get a message that names them.
 */
export type TimestampResult =
  | { ok: true; value: number; warning?: string }
  | { ok: false; error: { field: 'timestamp'; message: string } };

const MAX_SECONDS = 253_402_300_799; // 9999-12-31T23:59:59Z: past this, a "seconds" value is surely something else.

export function parseTimestampInput(text: string): TimestampResult {
  const trimmed = text.trim();
  const fail = (message: string): TimestampResult => ({ ok: false, error: { field: 'timestamp', message } });
  if (trimmed === '') return fail('Enter a Unix timestamp in seconds, e.g. 1703001234.');
  if (/^\d+\.\d*$/.test(trimmed)) {
    return fail(`"${trimmed}" has a fraction; X-Timestamp is whole seconds. Use ${trimmed.split('.')[0]}.`);
  }
  if (!/^\d+$/.test(trimmed)) return fail(`"${clip(trimmed)}" is not a whole number of seconds.`);
  if (trimmed.length >= 13) {
    return fail(
      `${trimmed} looks like milliseconds (${trimmed.length} digits). The API wants seconds: ${trimmed.slice(0, -3)}.`,
    );
  }
  const value = Number(trimmed);
  if (value > MAX_SECONDS) return fail(`${trimmed} is beyond the year 9999; enter seconds since 1970.`);
  const warning = text !== trimmed ? 'Surrounding spaces are ignored: the header carries the digits only.' : undefined;
  return warning ? { ok: true, value, warning } : { ok: true, value };
}

/** How far `timestamp` is from `nowSeconds`, and whether the server's ±300 s window accepts it. */
export function timestampSkew(timestamp: number, nowSeconds: number): { skewSeconds: number; withinWindow: boolean } {
  const skewSeconds = timestamp - nowSeconds;
  return { skewSeconds, withinWindow: Math.abs(skewSeconds) <= 300 };
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
