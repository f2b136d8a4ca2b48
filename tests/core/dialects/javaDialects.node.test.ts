// Gson and Jackson against what the real libraries wrote for the same bodies (fixtures/javaDialects.json, made
// by fixtures/generateJavaFixtures.ts with Gson 2.11.0 and Jackson 2.18.2 on a JDK; see `generatedWith`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dialectById } from '../../../src/core/dialects/dialects.ts';
import type { DialectId } from '../../../src/core/dialects/dialects.ts';
import { parseJsonLossless } from '../../../src/core/dialects/jsonValue.ts';

interface Fixtures {
  generatedWith: string;
  cases: Array<{ body: string; outputs: Record<string, string | null> }>;
}

const fixtures = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/javaDialects.json'), 'utf8')) as Fixtures;

describe(`Java dialects match ${fixtures.generatedWith}`, () => {
  it('Gson (HTML-safe escapes, nulls dropped, lexemes kept) and Jackson pretty, byte for byte', () => {
    let compared = 0;
    for (const { body, outputs } of fixtures.cases) {
      const parsed = parseJsonLossless(body);
      expect(parsed.ok, body).toBe(true);
      if (!parsed.ok) continue;
      for (const [variant, expected] of Object.entries(outputs)) {
        const [id, sorted] = variant.split(':');
        const actual = dialectById(id as DialectId).serialize(parsed.value, { sortKeys: sorted === 'sorted' });
        expect({ body: body.slice(0, 200), variant, output: actual }).toEqual({ body: body.slice(0, 200), variant, output: expected ?? undefined });
        compared++;
      }
    }
    console.log(`java dialects vs recorded Gson/Jackson output: ${compared} comparisons`);
    expect(compared).toBe(fixtures.cases.length * 4);
  });

  it('the fixtures include the cases that tell the dialects apart', () => {
    const find = (body: string) => fixtures.cases.find((entry) => entry.body === body)?.outputs;
    expect(find('{"n":null,"x":[null],"o":{"m":null}}')?.gson).toBe('{"x":[null],"o":{}}');
    expect(find('{"html":"</script><b>&amp;\'=+`"}')?.gson).toBe('{"html":"\\u003c/script\\u003e\\u003cb\\u003e\\u0026amp;\\u0027\\u003d+`"}');
    expect(find('{"a":{"x":1},"a":{"y":2}}')?.['jackson-pretty']).toBe('{\n  "a" : {\n    "y" : 2\n  }\n}');
    expect(find('[]')?.['jackson-pretty']).toBe('[ ]');
  });
});
