// The diagnoser serializes a plain body in one dialect and reuses the text for the dialects PLAIN_SAME_OUTPUT pairs it
// with. This checks that every pair writes the same text on plain bodies (random ones built to be plain, and every
// corpus and random body the guard calls plain), and that the guard refuses each kind of body where a pair differs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dialectById } from '../../../src/core/dialects/dialects.ts';
import { parseJsonLossless, type JsonValue } from '../../../src/core/dialects/jsonValue.ts';
import { isPlainBody, type OutputKey, parseOutputKey, PLAIN_SAME_OUTPUT } from '../../../src/core/dialects/plainBody.ts';
import { CORPUS } from './corpus.ts';
import { randomBodies } from './randomBodies.ts';

const output = (key: OutputKey, value: JsonValue) => {
  const { id, sorted } = parseOutputKey(key);
  return dialectById(id).serialize(value, { sortKeys: sorted });
};
const parse = (body: string): JsonValue => {
  const parsed = parseJsonLossless(body);
  if (!parsed.ok) throw new Error(`not JSON: ${body}`);
  return parsed.value;
};

// Plain pieces, plus the characters plain text may hold that some dialect escapes (quotes, backslash, +, `, non-ASCII, tab).
const unit = fc.constantFrom('a', 'Z', ' ', '0', '"', '\\', '+', '`', '\t', '\n', 'é', 'ж', '☕', '—', '\u00a0', '\ufeff');
const text = fc.string({ unit, maxLength: 10 });
const plainKey = text.filter((key) => !/^\d+$/.test(key));
const plainJson: fc.Arbitrary<string> = fc.letrec<{ value: string; member: string }>((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tie('member'), fc.constant('null')),
  member: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom('true', 'false', '0', '-7', '42', '123456789012345'),
    text.map((value) => JSON.stringify(value)),
    fc.array(tie('value'), { maxLength: 4 }).map((items) => `[${items.join(',')}]`),
    fc.uniqueArray(fc.tuple(plainKey, tie('member')), { maxLength: 4, selector: ([key]) => key })
      .map((members) => `{${members.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`),
  ),
})).value;

describe('plain bodies', () => {
  it('every pair writes the same text on every body the guard calls plain', () => {
    const bodies = [...fc.sample(plainJson, { numRuns: 400, seed: 17 }), ...CORPUS, ...randomBodies(400, 5)];
    let plain = 0;
    for (const body of bodies) {
      const value = parse(body);
      if (!isPlainBody(value)) continue;
      plain++;
      for (const [key, same] of Object.entries(PLAIN_SAME_OUTPUT) as Array<[OutputKey, OutputKey]>) {
        expect(output(key, value), `${key} against ${same} on ${body}`).toBe(output(same, value));
      }
    }
    expect(plain).toBeGreaterThan(350);
  });

  it('refuses every kind of body on which some pair differs', () => {
    const differing = ['{"a":"x/y"}', '{"a":"<"}', '{"a":"&"}', '{"a":"\'"}', '{"a":"="}', '{"a":"\u007f"}', '{"a":"\\u2028"}',
      '{"a":"\\ud800"}', '{"😀":1,"\\uff01":2}', '{"a":1.0}', '{"a":-0}', '{"a":1e2}',
      '{"b":0,"1":1}', '{"a":null}'];
    // Refused out of caution: repeated keys, controls and 16-digit integers are written alike by the pairs, and PHP refuses only from 512 levels.
    const cautious = ['{"a":1,"a":2}', '{"a":"\\u0001"}', '{"a":1234567890123456}', `${'['.repeat(520)}${']'.repeat(520)}`];
    for (const body of [...differing, ...cautious]) expect(isPlainBody(parse(body)), body).toBe(false);
    // Each of these makes at least one pair differ, so the guard is not merely cautious.
    const differs = (body: string) => (Object.entries(PLAIN_SAME_OUTPUT) as Array<[OutputKey, OutputKey]>)
      .some(([key, same]) => output(key, parse(body)) !== output(same, parse(body)));
    for (const body of differing) expect(differs(body), body).toBe(true);
    expect(isPlainBody(parse('{"to":"+1 415","message":"Café ☕ — \\"ok\\"\\n","items":[{"qty":3},null,[]]}'))).toBe(true);
  });
});
