// The sandbox stamps answers with a formatter that reuses each second's text; Date's own toISOString is the oracle.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoTimestampFormatter } from '../../src/sandbox/isoTimestamp.ts';

const MAX_DATE_MS = 8.64e15;
const oracle = (ms: number) => {
  try {
    return new Date(ms).toISOString();
  } catch (error) {
    return `throws ${(error as Error).name}`;
  }
};
const formatted = (format: (ms: number) => string, ms: number) => {
  try {
    return format(ms);
  } catch (error) {
    return `throws ${(error as Error).name}`;
  }
};

const instant = fc.oneof(
  // Around now, where the server's clock is: many calls within one second, and seconds revisited.
  fc.integer({ min: 1_764_300_000_000, max: 1_764_300_005_000 }),
  fc.integer({ min: -MAX_DATE_MS, max: MAX_DATE_MS }),
  fc.double({ min: -MAX_DATE_MS, max: MAX_DATE_MS, noNaN: true }),
  fc.constantFrom(0, -0, -0.5, -1, -999.5, 999.999, -MAX_DATE_MS, MAX_DATE_MS, MAX_DATE_MS + 1, -MAX_DATE_MS - 1, NaN, Infinity),
);

describe('the ISO timestamp of an answer', () => {
  it('is what toISOString gives, for any sequence of instants, throwing where it throws', () => {
    fc.assert(
      fc.property(fc.array(instant, { minLength: 1, maxLength: 40 }), (instants) => {
        const format = isoTimestampFormatter();
        for (const ms of instants) expect(formatted(format, ms)).toBe(oracle(ms));
      }),
      { numRuns: 2000 },
    );
  });

  it('writes each millisecond of a second, padded, after the second it reused', () => {
    const format = isoTimestampFormatter();
    const second = Date.UTC(2026, 10, 29, 13, 0, 0);
    for (const millis of [0, 7, 42, 999, 100, 5]) {
      expect(format(second + millis)).toBe(`2026-11-29T13:00:00.${String(millis).padStart(3, '0')}Z`);
    }
    expect(format(second + 1000)).toBe('2026-11-29T13:00:01.000Z');
  });
});
