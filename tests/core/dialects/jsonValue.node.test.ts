// parseJsonLossless: what it keeps that JSON.parse loses, each syntax error with what was expected and where, and
// (fast-check) that it accepts exactly what JSON.parse accepts and never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_NESTING, parseJsonLossless } from '../../../src/core/dialects/jsonValue.ts';
import { stringUnit } from './randomBodies.ts';

describe('parseJsonLossless keeps what JSON.parse loses', () => {
  it('keeps key order, duplicate keys, integer-like keys where they were, and number lexemes', () => {
    expect(parseJsonLossless('{"b":1.0,"2":12345678901234567890,"b":-0,"e":1E+21}')).toEqual({
      ok: true,
      value: {
        kind: 'object',
        entries: [
          ['b', { kind: 'number', lexeme: '1.0' }],
          ['2', { kind: 'number', lexeme: '12345678901234567890' }],
          ['b', { kind: 'number', lexeme: '-0' }],
          ['e', { kind: 'number', lexeme: '1E+21' }],
        ],
      },
    });
  });

  it('decodes every escape, keeps an unpaired surrogate escape as that code unit, and skips RFC 8259 whitespace', () => {
    expect(parseJsonLossless(' \t\r\n["\\"\\\\\\/\\b\\f\\n\\r\\t\\u00E9\\ud83d\\ude00\\ud800", true, false, null] ')).toEqual({
      ok: true,
      value: {
        kind: 'array',
        items: [
          { kind: 'string', value: '"\\/\b\f\n\r\té😀\ud800' },
          { kind: 'bool', value: true }, { kind: 'bool', value: false }, { kind: 'null' },
        ],
      },
    });
  });
});

describe('parseJsonLossless errors say what was expected, where', () => {
  const cases: Array<[string, number, string]> = [
    ['', 0, 'Expected a JSON value (object, array, string, number, true, false or null) at offset 0, found end of input'],
    ['  ', 2, 'Expected a JSON value (object, array, string, number, true, false or null) at offset 2, found end of input'],
    ['\ufeff{}', 0, 'found a byte order mark (U+FEFF)'],
    ['{', 1, "Expected a string key or '}' at offset 1, found end of input"],
    ["{'a':1}", 1, "Expected a string key or '}' at offset 1, found ''' (U+0027)"],
    ['{"a"', 4, "Expected ':' after the object key at offset 4, found end of input"],
    ['{"a" 1}', 5, "Expected ':' after the object key at offset 5, found '1'"],
    ['{"a":}', 5, 'Expected a JSON value (object, array, string, number, true, false or null) at offset 5'],
    ['{"a":1,}', 7, "Expected a string key after the comma at offset 7, found '}'"],
    ['{"a":1 "b":2}', 7, "Expected ',' or '}' after an object member at offset 7"],
    ['[1,]', 3, 'Expected a JSON value (object, array, string, number, true, false or null) at offset 3'],
    ['[', 1, "Expected a JSON value (object, array, string, number, true, false or null) or ']' at offset 1, found end of input"],
    ['[1 2]', 3, "Expected ',' or ']' after an array element at offset 3, found '2'"],
    ['01', 1, "Expected '.', 'e' or the end of the number (JSON numbers have no leading zeros) at offset 1"],
    ['-', 1, 'Expected a digit after the minus sign at offset 1, found end of input'],
    ['-x', 1, "Expected a digit after the minus sign at offset 1, found 'x'"],
    ['1.', 2, 'Expected a digit after the decimal point at offset 2'],
    ['1.e5', 2, "Expected a digit after the decimal point at offset 2, found 'e'"],
    ['1e', 2, 'Expected a digit in the exponent at offset 2'],
    ['1e+', 3, 'Expected a digit in the exponent at offset 3'],
    ['1.5.3', 3, "Expected the end of input after the JSON value at offset 3, found '.'"],
    ['+1', 0, "Expected a JSON value (object, array, string, number, true, false or null) at offset 0, found '+'"],
    ['tru', 0, "Expected 'true' at offset 0"],
    ['nul', 0, "Expected 'null' at offset 0"],
    ['False', 0, "Expected a JSON value (object, array, string, number, true, false or null) at offset 0, found 'F'"],
    ['NaN', 0, "found 'N'"],
    ['"abc', 4, `Expected a closing '"' for the string at offset 4, found end of input`],
    ['"a\nb"', 2, 'Expected an escape such as \\u000a (control characters must be escaped in strings) at offset 2, found U+000A'],
    ['"\\x"', 2, "Expected an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX) after the backslash at offset 2, found 'x'"],
    ['"\\u12g4"', 3, 'Expected four hex digits after \\u at offset 3'],
    ['"\\u12"', 3, 'Expected four hex digits after \\u at offset 3'],
    ['{} x', 3, "Expected the end of input after the JSON value at offset 3, found 'x'"],
    ['[1]\u0000', 3, 'found U+0000'],
    ['[' .repeat(MAX_NESTING + 1), MAX_NESTING, `Expected at most ${MAX_NESTING} levels of nesting at offset ${MAX_NESTING}, found '['`],
  ];
  it.each(cases)('%j → offset %i', (text, offset, message) => {
    const result = parseJsonLossless(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.field).toBe('body');
    expect(result.error.offset).toBe(offset);
    expect(result.error.message).toContain(message);
    expect(() => JSON.parse(text)).toThrow();
  });

  it('accepts the deepest nesting it allows', () => {
    expect(parseJsonLossless('['.repeat(MAX_NESTING) + ']'.repeat(MAX_NESTING)).ok).toBe(true);
  });
});

function jsonParseAccepts(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('parseJsonLossless accepts exactly what JSON.parse accepts', () => {
  it('on arbitrary strings, JSON-like fragments and valid JSON, never throwing', () => {
    const jsonish = fc.array(fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', 'u', '0', '1', '-', '.', 'e', '+', ' ', '\n', 'true', 'null', 'fals', '"a"', 'é', '\ud800'), { maxLength: 30 })
      .map((parts) => parts.join(''));
    const input = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: stringUnit }), jsonish, fc.json(), fc.json().map((json) => ` ${json}\t`));
    const counts = { accepted: 0, rejected: 0 };
    fc.assert(fc.property(input, (text) => {
      const result = parseJsonLossless(text);
      expect(result.ok).toBe(jsonParseAccepts(text));
      counts[result.ok ? 'accepted' : 'rejected']++;
      if (!result.ok) expect(result.error.offset).toBeLessThanOrEqual(text.length);
    }), { numRuns: 5000 });
    console.log(`parseJsonLossless vs JSON.parse: ${counts.accepted} accepted, ${counts.rejected} rejected, all in agreement`);
    expect(counts.accepted).toBeGreaterThan(500);
    expect(counts.rejected).toBeGreaterThan(500);
  });
});
