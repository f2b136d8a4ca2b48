// messageWriter skips rewriting the body when only the text before it changed; every message it hands out must still
// be exactly the framing's text, whatever order the search asks for them in.
import { describe, expect, it } from 'vitest';
import { utf8 } from '../../../src/core/encoding.ts';
import type { BodyChoice, TimestampChoice } from '../../../src/core/diagnose/choices.ts';
import { framingChoices } from '../../../src/core/diagnose/framings.ts';
import { messageWriter } from '../../../src/core/diagnose/messageBuffer.ts';

const body = (text: string): BodyChoice => ({ ids: [], deviations: 0, prior: 0, label: text.slice(0, 10), bytes: utf8(text), text });
const timestamp = (text: string): TimestampChoice => ({ ids: [], deviations: 0, prior: 0, label: text, text, wide: false });

describe('messageWriter', () => {
  it('writes framing(timestamp, body) byte for byte across changes of any part, in any order', () => {
    // Bodies of one length with different bytes, a longer one (the buffer grows), and timestamps of two lengths.
    const bodies = [body('{"a":"x"}'), body('{"a":"y"}'), body(`{"a":"${'é'.repeat(3000)}"}`), body('{"a":"x"}')];
    const timestamps = [timestamp('1764300000'), timestamp('1764300001'), timestamp('1764300000123'), timestamp('999')];
    const framings = framingChoices();
    const write = messageWriter();
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let i = 0; i < 600; i++) {
      const f = framings[next(framings.length)]!;
      const t = timestamps[next(timestamps.length)]!;
      const b = bodies[next(bodies.length)]!;
      expect(Array.from(write(f, t, b))).toEqual(Array.from(utf8(f.compose(t.text, b.text!))));
    }
  });
});
