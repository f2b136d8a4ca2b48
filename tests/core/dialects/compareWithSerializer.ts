// Compares every dialect variant a real serializer produced (see runBatch) with ours, body by body.
import { expect } from 'vitest';
import { dialectById, type DialectId } from '../../../src/core/dialects/dialects.ts';
import { parseJsonLossless } from '../../../src/core/dialects/jsonValue.ts';
import { runBatch } from './runBatch.ts';

/**
 * Runs `command args` once over `bodies`; each output variant is named `<dialect id>` or `<dialect id>:sorted`.
 * Returns how many outputs were compared.
 */
export function compareWithSerializer(command: string, args: string[], bodies: readonly string[]): number {
  const results = runBatch(command, args, bodies);
  let compared = 0;
  bodies.forEach((body, index) => {
    const parsed = parseJsonLossless(body);
    expect(parsed.ok, body).toBe(true);
    if (!parsed.ok) return;
    for (const [variant, expected] of Object.entries(results[index] ?? {})) {
      const [id, sorted] = variant.split(':');
      const actual = dialectById(id as DialectId).serialize(parsed.value, { sortKeys: sorted === 'sorted' });
      expect({ body: body.slice(0, 200), variant, output: actual }).toEqual({ body: body.slice(0, 200), variant, output: expected ?? undefined });
      compared++;
    }
  });
  return compared;
}
