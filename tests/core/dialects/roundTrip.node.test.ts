// Every dialect's output, whenever it has one, is JSON that means what the input meant: JSON.parse of it equals
// JSON.parse of the input, up to what the serializer is known to change (Gson drops null members; an unpaired
// surrogate becomes '?' through Java's UTF-8 encoder and U+FFFD through Go's decoder; -0 may print as 0). A
// dialect may only refuse a body that holds an unpaired surrogate or a NUL-led key (what PHP, Python
// ensure_ascii=False and .NET cannot carry).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../src/core/dialects/dialects.ts';
import type { DialectId } from '../../../src/core/dialects/dialects.ts';
import { parseJsonLossless } from '../../../src/core/dialects/jsonValue.ts';
import type { JsonValue } from '../../../src/core/dialects/jsonValue.ts';
import { jsonBody } from './randomBodies.ts';

const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * What JSON.parse of `id`'s output should equal, given JSON.parse of its input. When two keys both become '?',
 * the one written last wins, so for Java's sorted output the members are taken in Java's (UTF-16) order.
 */
function expectedAfter(id: DialectId, value: unknown, sortKeys = false): unknown {
  const text = (s: string) => (id === 'gson' || id === 'jackson-pretty' ? s.replace(LONE, '?') : id === 'go' ? s.replace(LONE, '\ufffd') : s);
  const walk = (node: unknown): unknown => {
    if (typeof node === 'number') return node === 0 ? 0 : node;
    if (typeof node === 'string') return text(node);
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    const entries = Object.entries(node);
    if (sortKeys && (id === 'gson' || id === 'jackson-pretty')) entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [key, member] of entries) {
      if (id === 'gson' && member === null) continue;
      out[text(key)] = walk(member);
    }
    return out;
  };
  return walk(value);
}

const hasLone = (s: string) => new RegExp(LONE.source).test(s);

/** Whether any string or key, duplicates included, holds an unpaired surrogate, or any key starts with NUL. */
function refusable(node: JsonValue): boolean {
  if (node.kind === 'string') return hasLone(node.value);
  if (node.kind === 'array') return node.items.some(refusable);
  if (node.kind === 'object') return node.entries.some(([key, member]) => hasLone(key) || key.startsWith('\0') || refusable(member));
  return false;
}

/** -0 and 0 are the same JSON number for this comparison. */
const withoutNegativeZero = (value: unknown): unknown => expectedAfter('js', value);

describe('every dialect round-trips through JSON.parse', () => {
  it('on random bodies and fast-check JSON with full-Unicode strings', () => {
    const counts = new Map<DialectId, { defined: number; refused: number }>(DIALECTS.map((d) => [d.id, { defined: 0, refused: 0 }]));
    const input = fc.oneof(jsonBody, fc.json({ stringUnit: 'binary' }), fc.json({ stringUnit: fc.constantFrom('a', '\ud800', '\udfff', 'é', '😀', '<', '/') }));
    fc.assert(fc.property(input, fc.boolean(), (body, sortKeys) => {
      const parsed = parseJsonLossless(body);
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      const original: unknown = JSON.parse(body);
      const mayRefuse = refusable(parsed.value);
      for (const dialect of DIALECTS) {
        const output = dialect.serialize(parsed.value, { sortKeys });
        const count = counts.get(dialect.id);
        if (count === undefined) continue;
        if (output === undefined) {
          count.refused++;
          expect(mayRefuse, `${dialect.id} refused ${body}`).toBe(true);
          continue;
        }
        count.defined++;
        expect(withoutNegativeZero(JSON.parse(output)), `${dialect.id}: ${body} → ${output}`).toEqual(expectedAfter(dialect.id, original, sortKeys));
      }
    }), { numRuns: 1500 });
    for (const [id, { defined, refused }] of counts) console.log(`${id}: ${defined} round-tripped, ${refused} refused`);
  });
});
