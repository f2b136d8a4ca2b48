/** The timestamp family: which timestamp text was signed, given the X-Timestamp header (MISMATCHES.md §2C). */
import { DOCUMENTED, type TimestampChoice } from './choices.ts';

/** How far `timestamp.header-mismatch` searches either way (DESIGN.md §5). */
export const HEADER_MISMATCH_RANGE_SECONDS = 600;
/** Offsets up to this are cheap enough to combine with other mistakes. */
export const NARROW_RANGE_SECONDS = 5;

/** The documented choice (the header as sent) first, then milliseconds, then other seconds nearest first. */
export function timestampChoices(header: string): TimestampChoice[] {
  const text = header.trim();
  const choices: TimestampChoice[] = [{ ...DOCUMENTED, ids: [], label: 'the X-Timestamp header', text, wide: false }];
  if (!/^\d{1,16}$/.test(text)) return choices;
  const ms = (signed: string, wide: boolean, label: string, prior: number): TimestampChoice =>
    ({ ids: ['timestamp.milliseconds'], deviations: 1, prior, label, text: signed, wide });
  if (text.length >= 13) {
    // Header in milliseconds, signed in seconds: Math.floor (or a rounding) of the same instant.
    const seconds = text.slice(0, -3);
    choices.push(ms(seconds, false, 'seconds while the header carried milliseconds', 1));
    const rounded = String(Number(seconds) + 1);
    if (Number(text.slice(-3)) >= 500) choices.push(ms(rounded, false, 'rounded seconds while the header carried milliseconds', 2));
  } else {
    // Header in seconds, signed in milliseconds: the sub-second part is unknown, so all 1000 are tried (wide).
    choices.push(ms(`${text}000`, false, 'milliseconds while the header carried seconds', 1));
    for (let extra = 1; extra < 1000; extra++) {
      choices.push(ms(text + String(extra).padStart(3, '0'), true, 'milliseconds while the header carried seconds', 3));
    }
  }
  const value = Number(text);
  if (!Number.isSafeInteger(value)) return choices;
  for (let offset = 1; offset <= HEADER_MISMATCH_RANGE_SECONDS; offset++) {
    for (const signed of [value - offset, value + offset]) {
      if (signed < 0) continue;
      const sign = signed > value ? '+' : '−';
      choices.push({
        ids: ['timestamp.header-mismatch'], deviations: 1, prior: 1 + offset / 10,
        label: `${signed} (header ${sign}${offset} s)`, text: String(signed), wide: offset > NARROW_RANGE_SECONDS,
      });
    }
  }
  return choices;
}
