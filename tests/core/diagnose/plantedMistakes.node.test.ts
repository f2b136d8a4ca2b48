// Every planted mistake (tests/support/plantMistakes.mjs, written with node:crypto, python3 and php — nothing from
// src/) must come out as the diagnoser's first cause, as a set of ids for combinations.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose, type CauseId } from '../../../src/core/diagnose.ts';

interface PlantedCase {
  name: string;
  ids: CauseId[];
  secret: string;
  apiKey: string;
  timestamp: string;
  body: string;
  signature: string;
  nowSeconds: number;
}

const fixtureUrl = new URL('../../fixtures/plantedMistakes.json', import.meta.url);
const cases = JSON.parse(readFileSync(fixtureUrl, 'utf8')) as PlantedCase[];

describe('planted mistakes fixture', () => {
  it('equals a fresh run of the planter (regenerate with node tests/support/plantMistakes.mjs --write)', () => {
    const fresh = execFileSync('node', [new URL('../../support/plantMistakes.mjs', import.meta.url).pathname], { encoding: 'utf8' });
    expect(JSON.parse(fresh)).toEqual(cases);
  });

  it('plants every cause id of DESIGN.md §5 at least once on its own', async () => {
    const { CAUSE_IDS } = await import('../../../src/core/diagnose.ts');
    const alone = new Set(cases.filter((c) => c.ids.length === 1).map((c) => c.ids[0]));
    expect(CAUSE_IDS.filter((id) => !alone.has(id))).toEqual([]);
  });
});

describe('diagnose ranks each planted mistake first', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, planted) => {
    const diagnosis = await diagnose({
      request: { timestamp: planted.timestamp, body: planted.body, signature: planted.signature, apiKey: planted.apiKey },
      secret: planted.secret,
      nowSeconds: planted.nowSeconds,
    });
    const first = diagnosis.causes[0];
    expect(new Set(first?.ids)).toEqual(new Set(planted.ids));
    if (planted.ids.includes('valid') || planted.ids.includes('unreproduced')) expect(diagnosis.causes).toHaveLength(1);
    const text = JSON.stringify(diagnosis);
    expect(text).not.toContain(planted.secret);
  });
});
