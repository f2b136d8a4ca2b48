/** Reading the "Minutes without activity" field of the auto-clear setting, as a person types it. */
export type IdleMinutesResult =
  | { ok: true; minutes: number }
  | { ok: false; error: { field: 'idleClearMinutes'; message: string } };

/** The longest idle limit offered: a day. Longer is no protection worth the name. */
export const MAX_IDLE_MINUTES = 1440;

/**
 * Parses a whole number of minutes from 1 to {@link MAX_IDLE_MINUTES}; surrounding spaces are ignored. Anything else
 * is an error that names what was typed, so the field can keep the text and say what to change.
 */
export function parseIdleMinutes(text: string): IdleMinutesResult {
  const trimmed = text.trim();
  const fail = (message: string): IdleMinutesResult => ({ ok: false, error: { field: 'idleClearMinutes', message } });
  if (trimmed === '') return fail('Enter a number of minutes, e.g. 15.');
  if (!/^\d+$/.test(trimmed)) {
    const shown = trimmed.length > 20 ? `${trimmed.slice(0, 20)}…` : trimmed;
    return fail(`"${shown}" is not a whole number of minutes.`);
  }
  const minutes = Number(trimmed);
  if (minutes < 1) return fail('At least 1 minute; to never clear, switch this off.');
  if (minutes > MAX_IDLE_MINUTES) return fail(`At most ${MAX_IDLE_MINUTES} minutes (a day).`);
  return { ok: true, minutes };
}
