/**
 * How far a sent X-Timestamp was from the server's clock, as measured from the answer's `Date` header (RFC 9110
 * IMF-fixdate, whole seconds). This is what TIMESTAMP_EXPIRED means in numbers: the window is ±300 s.
 */
export const TIMESTAMP_WINDOW_SECONDS = 300;

export interface SkewReport {
  /** The timestamp as sent. */
  sent: string;
  /** The server's clock in Unix seconds, from `Date` (or the server's own echo when there is no Date header). */
  serverSeconds: number;
  serverClockSource: 'date-header' | 'error-details';
  /** sent − server, in seconds; negative means the timestamp was behind (in the past). */
  skewSeconds: number;
  withinWindow: boolean;
  /** 13 digits: `Date.now()` milliseconds where seconds were wanted. */
  looksLikeMilliseconds: boolean;
  /** When read as milliseconds, the skew that would remain (seconds); undefined unless it looks like ms. */
  skewIfMilliseconds?: number;
}

export type SkewResult = { ok: true; report: SkewReport } | { ok: false; error: { field: 'timestamp'; message: string } };

/**
 * Measures the skew between the timestamp that was sent and the server's clock. `serverDate` is the raw `Date`
 * header; `serverTimeDetail` is an optional server-echoed Unix time, used only when there is no readable Date.
 */
export function measureSkew(sent: string, serverDate: string | undefined, serverTimeDetail?: unknown): SkewResult {
  const fail = (message: string): SkewResult => ({ ok: false, error: { field: 'timestamp', message } });
  if (!/^\d+$/.test(sent)) return fail(`The timestamp sent, "${sent}", is not a whole number of seconds.`);
  const fromHeader = serverDate === undefined ? Number.NaN : Date.parse(serverDate);
  let serverSeconds: number;
  let serverClockSource: SkewReport['serverClockSource'];
  if (Number.isFinite(fromHeader)) {
    serverSeconds = Math.floor(fromHeader / 1000);
    serverClockSource = 'date-header';
  } else if (typeof serverTimeDetail === 'number' && Number.isSafeInteger(serverTimeDetail)) {
    serverSeconds = serverTimeDetail;
    serverClockSource = 'error-details';
  } else {
    return fail('The server sent no readable Date header, so its clock cannot be compared.');
  }
  const value = Number(sent);
  const skewSeconds = value - serverSeconds;
  const looksLikeMilliseconds = sent.length === 13;
  const report: SkewReport = {
    sent,
    serverSeconds,
    serverClockSource,
    skewSeconds,
    withinWindow: Math.abs(skewSeconds) <= TIMESTAMP_WINDOW_SECONDS,
    looksLikeMilliseconds,
    ...(looksLikeMilliseconds ? { skewIfMilliseconds: Math.floor(value / 1000) - serverSeconds } : {}),
  };
  return { ok: true, report };
}

/** "3 h 12 min 5 s" for a number of seconds (sign ignored). */
export function formatDuration(seconds: number): string {
  let rest = Math.abs(Math.trunc(seconds));
  const parts: string[] = [];
  for (const [unit, size] of [['d', 86_400], ['h', 3600], ['min', 60]] as const) {
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)} ${unit}`);
      rest %= size;
    }
  }
  if (rest > 0 || parts.length === 0) parts.push(`${rest} s`);
  return parts.join(' ');
}
