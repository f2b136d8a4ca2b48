/**
 * A fixed one-minute window per key. Every request that names a valid key counts — failed signatures too — so a
 * client retrying a bad signature in a loop meets the limit exactly as it would in production.
 */
export interface RateLimitState {
  limit: number;
  remaining: number;
  /** Unix seconds at which the current window ends. */
  resetSeconds: number;
  /** Whole seconds to wait before retrying, at least 1. */
  retryAfterSeconds: number;
  allowed: boolean;
}

const WINDOW_MS = 60_000;

export function createRateLimiter() {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    /** Counts one request for `apiKey` at `nowMs` and says whether it is within `limit`. */
    hit(apiKey: string, limit: number, nowMs: number): RateLimitState {
      const start = Math.floor(nowMs / WINDOW_MS) * WINDOW_MS;
      const current = windows.get(apiKey);
      const window = current && current.start === start ? current : { start, count: 0 };
      window.count += 1;
      windows.set(apiKey, window);
      const end = start + WINDOW_MS;
      return {
        limit,
        remaining: Math.max(0, limit - window.count),
        resetSeconds: end / 1000,
        retryAfterSeconds: Math.max(1, Math.ceil((end - nowMs) / 1000)),
        allowed: window.count <= limit,
      };
    },
  };
}
