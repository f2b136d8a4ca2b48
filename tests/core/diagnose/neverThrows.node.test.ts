// diagnose never throws, whatever strings arrive in any field (pasted requests are arbitrary text).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/core/diagnose.ts';

const text = fc.string({ unit: 'binary', maxLength: 80 });
const hex64 = fc.stringMatching(/^[0-9a-f]{64}$/);

describe('diagnose on arbitrary input', () => {
  it('resolves with a well-formed diagnosis', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          timestamp: fc.oneof(text, fc.integer({ min: 0, max: 2 ** 40 }).map(String)),
          body: fc.oneof(text, fc.json()),
          // Mostly non-signatures (cheap); sometimes a well-formed one, which runs the whole search.
          signature: fc.oneof({ weight: 9, arbitrary: text }, { weight: 1, arbitrary: hex64 }),
          apiKey: fc.option(text, { nil: undefined }),
        }),
        fc.option(text, { nil: undefined }),
        fc.option(text, { nil: undefined }),
        fc.integer({ min: 0, max: 2 ** 34 }),
        async (request, secret, editorBody, nowSeconds) => {
          const diagnosis = await diagnose({ request, secret, editorBody, nowSeconds });
          if (secret) {
            expect(diagnosis.causes.length).toBeGreaterThan(0);
            expect(diagnosis.verdicts).toBeDefined();
          } else {
            expect(diagnosis.causes).toEqual([]);
          }
          for (const check of diagnosis.checks) expect(check.message).not.toBe('');
        },
      ),
      { numRuns: 50 },
    );
  }, 120_000);
});
