// utf8() takes a faster path past 16,384 characters, utf8Writer() and utf8ByteLength() reuse one buffer and
// findLoneSurrogates() takes a regex shortcut; all are checked against Node's own UTF-8 encoder and String#isWellFormed on random text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8, utf8Writer } from '../../src/core/encoding.ts';
import { utf8Head } from '../../src/core/payloadView.ts';
import { findLoneSurrogates, utf8ByteLength } from '../../src/core/text.ts';

// String#isWellFormed is in Node 20 but in TypeScript's ES2024 lib, which the app does not target.
const isWellFormed = (text: string) => (text as string & { isWellFormed(): boolean }).isWellFormed();
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));
const asciiChar = fc.integer({ min: 0x20, max: 0x7e }).map((unit) => String.fromCharCode(unit));
/** Mostly ASCII text of about `length` characters with a few arbitrary code units (lone surrogates included) mixed in. */
const textNear = (length: number) => fc.tuple(fc.string({ unit: asciiChar, minLength: length - 40, maxLength: length + 40 }),
  fc.array(fc.tuple(fc.nat(), fc.string({ unit: codeUnit, maxLength: 3 })), { maxLength: 4 }))
  .map(([ascii, inserts]) => inserts.reduce((text, [at, piece]) => text.slice(0, at % (text.length + 1)) + piece + text.slice(at % (text.length + 1)), ascii));

describe('utf8', () => {
  it('matches Node\'s encoder below, at and above the encodeInto threshold, in an exact-size buffer', () => {
    fc.assert(fc.property(fc.oneof(textNear(100), textNear(16_384), textNear(40_000)), (text) => {
      const bytes = utf8(text);
      expect(Buffer.from(bytes).equals(Buffer.from(text, 'utf8'))).toBe(true);
      expect(bytes.buffer.byteLength).toBe(bytes.length);
    }), { numRuns: 60 });
  });

  it('encodes a long non-ASCII text whose first non-ASCII character comes last', () => {
    const text = `${'a'.repeat(20_000)}é\u{1F600}\uD800`;
    expect(Buffer.from(utf8(text)).equals(Buffer.from(text, 'utf8'))).toBe(true);
  });
});

describe('utf8Writer', () => {
  it('gives the UTF-8 of its texts joined, call after call, as the buffer grows and is reused', () => {
    fc.assert(fc.property(fc.array(fc.array(fc.oneof(textNear(50), textNear(3_000), fc.string({ unit: codeUnit, maxLength: 20 })), { maxLength: 3 }), { minLength: 1, maxLength: 6 }), (calls) => {
      const write = utf8Writer();
      for (const texts of calls) {
        expect(Buffer.from(write(...texts)).equals(Buffer.from(texts.join(''), 'utf8'))).toBe(true);
      }
    }), { numRuns: 80 });
  });
});

describe('utf8Head', () => {
  it('is the first bytes of the whole text\'s UTF-8, even when the cut falls inside a surrogate pair', () => {
    const emoji = fc.constantFrom('a', 'é', '☕', '\u{1F600}', '\uD800');
    fc.assert(fc.property(fc.array(emoji, { maxLength: 60 }).map((chars) => chars.join('')), fc.integer({ min: 0, max: 80 }), (text, limit) => {
      expect(Buffer.from(utf8Head(text, limit)).equals(Buffer.from(text, 'utf8').subarray(0, limit))).toBe(true);
    }), { numRuns: 500 });
  });
});

describe('findLoneSurrogates', () => {
  it('finds some exactly when the text is not well-formed UTF-16, each at a lone surrogate', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: codeUnit, maxLength: 30 }), textNear(2_000)), (text) => {
      const found = findLoneSurrogates(text, Number.POSITIVE_INFINITY);
      expect(found.length === 0).toBe(isWellFormed(text));
      for (const { index, codeUnit: unit } of found) {
        expect(text.charCodeAt(index)).toBe(unit);
        expect(isWellFormed(text.slice(index, index + 1))).toBe(false);
        expect(isWellFormed(text.slice(Math.max(0, index - 1), index + 2))).toBe(false);
      }
    }), { numRuns: 300 });
  });

  it('reports a high surrogate without its pair and a low one without its lead, not a pair', () => {
    expect(findLoneSurrogates('a\uD83D\uDE00b\uD83Dc\uDE00')).toEqual([{ index: 4, codeUnit: 0xd83d }, { index: 6, codeUnit: 0xde00 }]);
  });
});

describe('utf8ByteLength', () => {
  it("counts what Node's encoder writes, lone surrogates as three bytes, from one call to the next", () => {
    fc.assert(fc.property(fc.array(fc.oneof(textNear(100), textNear(40_000), fc.string({ unit: codeUnit })), { minLength: 1, maxLength: 4 }), (texts) => {
      for (const text of texts) expect(utf8ByteLength(text)).toBe(Buffer.byteLength(text, 'utf8'));
    }), { numRuns: 40 });
  });
});
