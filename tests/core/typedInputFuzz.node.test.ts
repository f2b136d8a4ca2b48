// The gap the other fuzz suites leave: every reader of a single typed field (base URL, timestamp, idle minutes, the
// credential and body checks) on arbitrary text, including lone surrogates and control characters. None may throw;
// each accepted value is checked against an independent reading (WHATWG URL, Number, Buffer.byteLength), and each
// refusal carries a sentence naming its field.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baseUrlWarnings, parseBaseUrl } from '../../src/core/baseUrl.ts';
import { checkBody } from '../../src/core/bodyChecks.ts';
import { checkCredentials } from '../../src/core/credentialChecks.ts';
import { parseIdleMinutes } from '../../src/core/idleMinutes.ts';
import { parseTimestampInput } from '../../src/core/timestampInput.ts';

const RUNS = 2000;
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: fc.constantFrom('1', '0', '9', '.', '-', '+', 'e', ' ', '\t', '\n', '\u00a0', '٣', 'x'), maxLength: 20 }),
  fc.string({ unit: fc.constantFrom('http', 's', ':', '/', '//', '?', '#', '@', '[', ']', '::1', 'localhost', '.', ' ', '%', 'é', '\n'), maxLength: 16 }),
);

const urlText = fc.oneof(
  anyText,
  fc.webUrl({ validSchemes: ['http', 'https', 'ftp', 'file'], withQueryParameters: true, withFragments: true }),
  fc.tuple(fc.constantFrom('', ' ', '\t'), fc.webUrl(), fc.constantFrom('', ' ', '/', '\n')).map((parts) => parts.join('')),
);
const credentialText = fc.tuple(
  fc.constantFrom('', 'pk_test_', 'pk_live_', 'sk_live_', 'sk_test_', '"', ' '),
  fc.string({ unit: fc.constantFrom('a', 'Z', '0', '_', '-', ' ', '\n', '"', "'", 'é'), maxLength: 12 }),
).map(([prefix, rest]) => prefix + rest);

function run(name: string, check: (text: string) => 'accepted' | 'refused', inputs: fc.Arbitrary<string> = anyText): void {
  const counts = { accepted: 0, refused: 0 };
  fc.assert(fc.property(inputs, (text) => {
    counts[check(text)]++;
  }), { numRuns: RUNS });
  console.log(`${name}: ${counts.accepted} accepted, ${counts.refused} refused with a message, none threw`);
}

describe('typed fields never throw on arbitrary text', () => {
  it('Base URL', () => run('parseBaseUrl', (text) => {
    const result = parseBaseUrl(text);
    const warnings = baseUrlWarnings(text, 'http://127.0.0.1:5173');
    if (!result.ok) {
      expect(result.error.field).toBe('baseUrl');
      expect(text.trim() === '' ? [] : warnings.map((w) => w.text)).toEqual(text.trim() === '' ? [] : [result.error.message]);
      return 'refused';
    }
    const url = new URL(text.trim());
    expect(['http:', 'https:']).toContain(url.protocol);
    expect(url.search + url.hash).toBe('');
    return 'accepted';
  }, urlText));

  it('Timestamp', () => run('parseTimestampInput', (text) => {
    const result = parseTimestampInput(text);
    if (!result.ok) {
      expect(result.error.field).toBe('timestamp');
      expect(result.error.message.length).toBeGreaterThan(10);
      return 'refused';
    }
    expect(result.value).toBe(Number(text.trim()));
    expect(Number.isSafeInteger(result.value)).toBe(true);
    expect(text.trim()).toMatch(/^\d{1,12}$/);
    return 'accepted';
  }));

  it('Minutes without activity', () => run('parseIdleMinutes', (text) => {
    const result = parseIdleMinutes(text);
    if (!result.ok) {
      expect(result.error.field).toBe('idleClearMinutes');
      return 'refused';
    }
    expect(result.minutes).toBe(Number(text.trim()));
    expect(result.minutes >= 1 && result.minutes <= 1440 && Number.isInteger(result.minutes)).toBe(true);
    return 'accepted';
  }));

  it('API key and API secret', () => run('checkCredentials', (text) => {
    const warnings = checkCredentials(text, text);
    for (const warning of warnings) expect(warning.message).toMatch(/^[A-Z].*\.$/s);
    // Every key that is not exactly pk_live_/pk_test_ plus word characters gets at least one warning, and only those.
    const keyWarnings = warnings.filter((w) => w.field === 'apiKey').length;
    expect(keyWarnings > 0).toBe(text !== '' && !/^pk_(live|test)_\w{4,}$/.test(text));
    return keyWarnings === 0 ? 'accepted' : 'refused';
  }, credentialText));

  it('Request body', () => run('checkBody', (text) => {
    const findings = checkBody(text, Buffer.byteLength(text, 'utf8'), true);
    for (const finding of findings) expect(finding.field).toBe('body');
    const invalidJson = findings.some((f) => f.message.startsWith('Not valid JSON'));
    let parses = true;
    try {
      JSON.parse(text);
    } catch {
      parses = false;
    }
    expect(invalidJson).toBe(text !== '' && !parses);
    return findings.length === 0 ? 'accepted' : 'refused';
  }));
});
