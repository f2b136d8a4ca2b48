// The auto-clear minutes field: a whole number from 1 to 1440, anything else an error that names what was typed.
import { describe, expect, it } from 'vitest';
import { parseIdleMinutes } from '../../src/core/idleMinutes.ts';

describe('parseIdleMinutes', () => {
  it.each([['15', 15], [' 1 ', 1], ['1440', 1440], ['007', 7]])('reads %j as %i minutes', (text, minutes) => {
    expect(parseIdleMinutes(text)).toEqual({ ok: true, minutes });
  });

  it.each([
    ['', 'Enter a number of minutes, e.g. 15.'],
    ['   ', 'Enter a number of minutes, e.g. 15.'],
    ['abc', '"abc" is not a whole number of minutes.'],
    ['1.5', '"1.5" is not a whole number of minutes.'],
    ['-5', '"-5" is not a whole number of minutes.'],
    ['1e3', '"1e3" is not a whole number of minutes.'],
    ['0', 'At least 1 minute; to never clear, switch this off.'],
    ['1441', 'At most 1440 minutes (a day).'],
    ['99999999999999999999999', 'At most 1440 minutes (a day).'],
    ['x'.repeat(50), `"${'x'.repeat(20)}…" is not a whole number of minutes.`],
  ])('refuses %j with a message beside the field', (text, message) => {
    expect(parseIdleMinutes(text)).toEqual({ ok: false, error: { field: 'idleClearMinutes', message } });
  });
});
