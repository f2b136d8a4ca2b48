// bytesEqual compares four bytes at a time where it can; it must agree with Node's Buffer.equals on every length,
// alignment and position of a difference, including differences in the bytes after the last whole word.
import { describe, expect, it } from 'vitest';
import { bytesEqual, utf8 } from '../../src/core/encoding.ts';

describe('bytesEqual', () => {
  it('agrees with Buffer.equals across lengths, offsets and the position of a difference', () => {
    const backing = new Uint8Array(400).map((_, i) => (i * 37) % 251);
    let compared = 0;
    for (const length of [0, 1, 3, 63, 64, 65, 67, 130, 199]) {
      for (const [offsetA, offsetB] of [[0, 0], [4, 8], [1, 5], [2, 2]] as const) {
        const a = new Uint8Array(200 + length).subarray(offsetA, offsetA + length);
        const b = new Uint8Array(200 + length).subarray(offsetB, offsetB + length);
        a.set(backing.subarray(0, length));
        b.set(backing.subarray(0, length));
        expect(bytesEqual(a, b)).toBe(true);
        for (const at of [0, length >> 1, length - 2, length - 1].filter((i) => i >= 0 && i < length)) {
          b[at]! ^= 0x80;
          expect(bytesEqual(a, b)).toBe(Buffer.from(a).equals(Buffer.from(b)));
          expect(bytesEqual(a, b)).toBe(false);
          b[at]! ^= 0x80;
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
    expect(bytesEqual(utf8('é'.repeat(50)), utf8('é'.repeat(49)))).toBe(false);
  });
});
