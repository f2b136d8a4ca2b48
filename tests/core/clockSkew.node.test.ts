// Skew is measured against the server's Date header. Epoch values were computed independently
// (python3: calendar.timegm(datetime(2026, 1, 1).timetuple()) == 1767225600).
import { describe, expect, it } from 'vitest';
import { formatDuration, measureSkew } from '../../src/core/clockSkew.ts';

const NEW_YEAR_2026 = 'Thu, 01 Jan 2026 00:00:00 GMT';

describe('measureSkew', () => {
  it('measures a timestamp 10 minutes behind the server', () => {
    const result = measureSkew('1767225000', NEW_YEAR_2026);
    expect(result).toEqual({
      ok: true,
      report: {
        sent: '1767225000', serverSeconds: 1767225600, serverClockSource: 'date-header',
        skewSeconds: -600, withinWindow: false, looksLikeMilliseconds: false,
      },
    });
  });

  it('accepts exactly ±300 s as inside the window, 301 s as outside', () => {
    expect(measureSkew('1767225900', NEW_YEAR_2026).ok && measureSkew('1767225900', NEW_YEAR_2026)).toMatchObject({ report: { skewSeconds: 300, withinWindow: true } });
    expect(measureSkew('1767225299', NEW_YEAR_2026)).toMatchObject({ report: { skewSeconds: -301, withinWindow: false } });
  });

  it('recognises milliseconds and says what the skew would be in seconds', () => {
    expect(measureSkew('1767225605000', NEW_YEAR_2026)).toMatchObject({
      ok: true,
      report: { looksLikeMilliseconds: true, skewIfMilliseconds: 5 },
    });
  });

  it('falls back to the server-echoed time when there is no Date header', () => {
    expect(measureSkew('100', undefined, 160)).toMatchObject({ ok: true, report: { skewSeconds: -60, serverClockSource: 'error-details' } });
    expect(measureSkew('100', 'not a date', 160)).toMatchObject({ ok: true, report: { serverClockSource: 'error-details' } });
  });

  it('says so when the server clock cannot be read', () => {
    expect(measureSkew('100', undefined)).toEqual({
      ok: false,
      error: { field: 'timestamp', message: 'The server sent no readable Date header, so its clock cannot be compared.' },
    });
    expect(measureSkew('100', undefined, '160')).toMatchObject({ ok: false });
  });

  it('refuses a timestamp that is not whole seconds', () => {
    expect(measureSkew('1767225000.5', NEW_YEAR_2026)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/not a whole number/) } });
    expect(measureSkew('', NEW_YEAR_2026).ok).toBe(false);
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0 s'], [59, '59 s'], [-600, '10 min'], [3725, '1 h 2 min 5 s'], [90_061, '1 d 1 h 1 min 1 s'],
  ])('%i s → %s', (seconds, text) => expect(formatDuration(seconds)).toBe(text));
});
