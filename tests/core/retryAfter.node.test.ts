import { describe, expect, it } from 'vitest';
import { retryAllowedAt, secondsUntil } from '../../src/core/retryAfter.ts';

describe('Retry-After', () => {
  it('reads delay-seconds from the moment the answer arrived', () => {
    expect(retryAllowedAt('42', 1_000_000)).toBe(1_042_000);
    expect(retryAllowedAt(' 0 ', 5)).toBe(5);
  });

  it('reads an HTTP date (1767225600 s is 2026-01-01, from python3 calendar.timegm)', () => {
    expect(retryAllowedAt('Thu, 01 Jan 2026 00:00:00 GMT', 0)).toBe(1_767_225_600_000);
  });

  it('gives undefined for an absent or unreadable header', () => {
    expect(retryAllowedAt(undefined, 0)).toBeUndefined();
    expect(retryAllowedAt('soon', 0)).toBeUndefined();
    expect(retryAllowedAt('-5', 0)).toBeUndefined();
  });

  it('counts whole seconds down to zero, rounding up', () => {
    expect(secondsUntil(10_000, 0)).toBe(10);
    expect(secondsUntil(10_000, 9_001)).toBe(1);
    expect(secondsUntil(10_000, 10_000)).toBe(0);
    expect(secondsUntil(10_000, 20_000)).toBe(0);
  });
});
