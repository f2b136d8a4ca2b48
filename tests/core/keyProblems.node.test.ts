// INVALID_API_KEY explained from the key as sent: each problem is named, most certain first.
import { describe, expect, it } from 'vitest';
import { analyzeApiKey } from '../../src/core/keyProblems.ts';

describe('analyzeApiKey', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['sk_live_abc123', 'looks-like-secret'],
    [' sk_test_abc123\n', 'looks-like-secret'],
    ['pk_live_abc123\n', 'whitespace'],
    ['pk_live_abc 123', 'whitespace'],
    ['"pk_live_abc123"', 'quoted'],
    ['pk_prod_abc123', 'malformed'],
    ['abc123', 'malformed'],
    ['pk_live_abc-123', 'malformed'],
    ['pk_test_', 'malformed'],
    ['pk_live_Ab12Cd34', 'unknown-to-server'],
    ['pk_test_Ab12Cd34', 'unknown-to-server'],
  ])('%j → %s', (key, kind) => {
    expect(analyzeApiKey(key).kind).toBe(kind);
  });

  it('says a well-formed key is unknown to this server: wrong environment or revoked', () => {
    const problem = analyzeApiKey('pk_test_Ab12Cd34');
    expect(problem.message).toMatch(/well-formed \(a test key\) but unknown to this server/);
    expect(problem.message).toMatch(/another environment, or it was deleted or revoked/);
  });

  it('never repeats a secret found in the key field', () => {
    const problem = analyzeApiKey('sk_live_supersecret');
    expect(`${problem.message} ${problem.fix}`).not.toContain('supersecret');
    expect(problem.fix).toMatch(/rotating the secret/);
  });
});
