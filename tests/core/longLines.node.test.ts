import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitLongLines } from '../../src/core/longLines.ts';

const limits = { longerThan: 20, head: 8, tail: 4 };
const drawn = (text: string) => splitLongLines(text, limits).filter((s) => !s.elided).map((s) => s.text).join('');

describe('splitLongLines', () => {
  it('leaves text without long lines as one drawn segment', () => {
    expect(splitLongLines('short\nlines\n', limits)).toEqual([{ text: 'short\nlines\n', elided: false }]);
    expect(splitLongLines('', limits)).toEqual([{ text: '', elided: false }]);
  });

  it('draws the head and the tail of a long line and elides its middle, keeping the lines around it', () => {
    const long = `${'h'.repeat(8)}${'m'.repeat(30)}${'t'.repeat(4)}`;
    expect(splitLongLines(`before\n${long}\nafter`, limits)).toEqual([
      { text: `before\n${'h'.repeat(8)}`, elided: false },
      { text: 'm'.repeat(30), elided: true },
      { text: `${'t'.repeat(4)}\nafter`, elided: false },
    ]);
  });

  it('elides every long line, including a last line with no newline', () => {
    const long = 'x'.repeat(25);
    const segments = splitLongLines(`${long}\n${long}`, limits);
    expect(segments.filter((s) => s.elided).map((s) => s.text.length)).toEqual([13, 13]);
    expect(drawn(`${long}\n${long}`)).toBe(`${'x'.repeat(12)}\n${'x'.repeat(12)}`);
  });

  it('never cuts a surrogate pair in half', () => {
    const line = '😀'.repeat(20); // 40 UTF-16 units; both cuts fall on a pair boundary or are moved back one
    for (const segment of splitLongLines(line, { longerThan: 20, head: 9, tail: 5 })) {
      expect(segment.text).toBe(Array.from(segment.text).join(''));
      expect(segment.text).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
    }
  });

  it('joins back to the text exactly, and draws no line longer than head + tail', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', '\n', '😀', 'é'), maxLength: 200 }), (text) => {
      const segments = splitLongLines(text, limits);
      expect(segments.map((s) => s.text).join('')).toBe(text);
      for (const line of drawn(text).split('\n')) expect(line.length).toBeLessThanOrEqual(limits.longerThan);
    }));
  });
});
