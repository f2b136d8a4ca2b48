/** The framing family: how timestamp and body were joined into the signed message (MISMATCHES.md §2B). */
import { DOCUMENTED, type FramingChoice } from './choices.ts';

/** Every framing the search tries, the documented `ts + "." + body` first. */
export function framingChoices(): FramingChoice[] {
  const choice = (id: FramingChoice['ids'], prior: number, label: string, compose: FramingChoice['compose'], usesTimestamp = true): FramingChoice =>
    ({ ids: id, deviations: 1, prior, label, compose, usesTimestamp });
  return [
    { ...DOCUMENTED, ids: [], label: 'timestamp + "." + body', compose: (ts, body) => `${ts}.${body}`, usesTimestamp: true },
    choice(['payload.no-separator'], 1, 'timestamp + body, with no "."', (ts, body) => ts + body),
    choice(['payload.other-separator'], 2, 'timestamp + ":" + body', (ts, body) => `${ts}:${body}`),
    choice(['payload.other-separator'], 3, 'timestamp + "\\n" + body', (ts, body) => `${ts}\n${body}`),
    choice(['payload.other-separator'], 4, '"v0:" + timestamp + ":" + body (Slack)', (ts, body) => `v0:${ts}:${body}`),
    choice(['payload.body-only'], 2, 'the body alone, no timestamp (GitHub style)', (_ts, body) => body, false),
    choice(['payload.reversed'], 3, 'body + "." + timestamp', (ts, body) => `${body}.${ts}`),
  ];
}
