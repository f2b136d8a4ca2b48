/** `Retry-After` (RFC 9110 §10.2.3): either delay-seconds or an HTTP date. */

/**
 * The moment (ms since the epoch) after which a retry is allowed, given the header value and the time the answer
 * arrived. Undefined when the header is absent or unreadable.
 */
export function retryAllowedAt(header: string | undefined, receivedAtMs: number): number | undefined {
  if (header === undefined) return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return receivedAtMs + Number(text) * 1000;
  // An HTTP date names its month ("Thu, 01 Jan 2026 …"); without that check Date.parse reads "-5" as a year.
  if (!/[A-Za-z]{3}/.test(text)) return undefined;
  const date = Date.parse(text);
  return Number.isFinite(date) ? date : undefined;
}

/** Whole seconds left until `allowedAtMs` (rounded up; 0 once it has passed). */
export function secondsUntil(allowedAtMs: number, nowMs: number): number {
  return Math.max(0, Math.ceil((allowedAtMs - nowMs) / 1000));
}
