// The JavaScript dialects against the engine's own JSON.stringify(JSON.parse(body), null, indent): the corpus,
// random bodies with arbitrary number lexemes, and fast-check's JSON values.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dialectById } from '../../../src/core/dialects/dialects.ts';
import type { DialectId } from '../../../src/core/dialects/dialects.ts';
import { parseJsonLossless } from '../../../src/core/dialects/jsonValue.ts';
import { CORPUS } from './corpus.ts';
import { jsonBody } from './randomBodies.ts';

const VARIANTS: Array<[DialectId, string | number | undefined]> = [['js', undefined], ['js-pretty-2', 2], ['js-pretty-4', 4], ['js-pretty-tab', '\t']];

function expectLikeJsonStringify(body: string): void {
  const parsed = parseJsonLossless(body);
  expect(parsed.ok, body).toBe(true);
  if (!parsed.ok) return;
  for (const [id, indent] of VARIANTS) {
    expect(dialectById(id).serialize(parsed.value), `${id} ${body.slice(0, 200)}`).toBe(JSON.stringify(JSON.parse(body), null, indent));
  }
}

describe('JavaScript dialects match JSON.stringify(JSON.parse(body), null, indent)', () => {
  it('on the corpus (integer-like keys first, duplicates, 1.0 → 1, 1e21 → 1e+21, overflow → null)', () => {
    for (const body of CORPUS) expectLikeJsonStringify(body);
  });

  it('on random bodies and on fast-check JSON', () => {
    let runs = 0;
    fc.assert(fc.property(fc.oneof(jsonBody, fc.json({ stringUnit: 'binary' })), (body) => {
      runs++;
      expectLikeJsonStringify(body);
    }), { numRuns: 1500 });
    console.log(`js dialects vs JSON.stringify: ${runs} bodies × ${VARIANTS.length} variants`);
  });

  it('sorts keys by UTF-16 code units when asked, without putting integer-like keys first', () => {
    const parsed = parseJsonLossless('{"b":1,"10":2,"2":3,"\\ud83d\\ude00":4,"\\uffff":5,"B":6}');
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(dialectById('js').serialize(parsed.value, { sortKeys: true })).toBe('{"10":2,"2":3,"B":6,"b":1,"😀":4,"\uffff":5}');
  });
});
