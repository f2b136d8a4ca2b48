// The INVALID_SIGNATURE evidence: the diff must rebuild both payloads exactly, mark the first difference, and the
// digest comparison must agree with Node's own SHA-256.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparePayloadDigest, comparePayloadText, type DiffPart, readPayloadEcho } from '../../src/core/payloadComparison.ts';

const side = (parts: DiffPart[], which: 'local' | 'server') =>
  parts.filter((part) => part.side === 'both' || part.side === which).map((part) => part.value).join('');

describe('comparePayloadText', () => {
  it('calls identical payloads identical', () => {
    expect(comparePayloadText('1.{"a":1}', '1.{"a":1}')).toEqual({ identical: true, parts: [{ value: '1.{"a":1}', side: 'both' }] });
  });

  it('marks the first difference: a re-serialized body', () => {
    const local = '1703001234.{"to": "+1", "message": "hi"}';
    const server = '1703001234.{"to":"+1","message":"hi"}';
    const result = comparePayloadText(local, server);
    expect(result.identical).toBe(false);
    expect(result.firstDifference).toBe(17); // after '1703001234.{"to":'
    expect(side(result.parts, 'local')).toBe(local);
    expect(side(result.parts, 'server')).toBe(server);
    expect(result.parts.find((part) => part.side !== 'both')).toEqual({ value: ' ', side: 'local' });
  });

  it('marks a difference at the very start and at the very end', () => {
    expect(comparePayloadText('2.x', '1.x').firstDifference).toBe(0);
    expect(comparePayloadText('1.x\n', '1.x').firstDifference).toBe(3);
  });

  it('rebuilds both sides for any pair of strings, even far apart ones', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 300 }), (local, server) => {
        const result = comparePayloadText(local, server);
        expect(side(result.parts, 'local')).toBe(local);
        expect(side(result.parts, 'server')).toBe(server);
        expect(result.identical).toBe(local === server);
        if (!result.identical) {
          const first = result.firstDifference!;
          expect(local.slice(0, first)).toBe(server.slice(0, first));
          expect(local[first]).not.toBe(server[first]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('falls back to a split at the first difference when the edit is too large to search', () => {
    const local = `1.${'a'.repeat(6000)}`;
    const server = `1.${'b'.repeat(6000)}`;
    const result = comparePayloadText(local, server);
    expect(result.parts).toEqual([
      { value: '1.', side: 'both' },
      { value: 'a'.repeat(6000), side: 'local' },
      { value: 'b'.repeat(6000), side: 'server' },
    ]);
  });
});

describe('comparePayloadDigest', () => {
  const nodeSha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

  it('agrees when length and SHA-256 are those of the local payload (UTF-8 bytes, not characters)', async () => {
    const payload = `1703001234.{"message":"${'é'.repeat(1500)}"}`;
    const length = Buffer.byteLength(payload, 'utf8');
    const result = await comparePayloadDigest(payload, { length, sha256: nodeSha(payload) });
    expect(result).toEqual({ localLength: length, serverLength: length, localSha256: nodeSha(payload), serverSha256: nodeSha(payload), identical: true });
  });

  it('disagrees when the server hashed other bytes', async () => {
    const result = await comparePayloadDigest('1.{"a":1}', { length: 8, sha256: nodeSha('1.{"a":2}') });
    expect(result.identical).toBe(false);
    expect(result.localSha256).toBe(nodeSha('1.{"a":1}'));
  });
});

describe('readPayloadEcho', () => {
  it('reads the text echo and the verification mode', () => {
    expect(readPayloadEcho({ payload: '1.x', payloadLength: 3, verification: 'raw' })).toEqual({ kind: 'text', payload: '1.x', verification: 'raw' });
  });
  it('reads the length and SHA-256 echo of a long payload', () => {
    expect(readPayloadEcho({ payloadLength: 5000, payloadSha256: 'AB'.repeat(32) })).toEqual({ kind: 'digest', length: 5000, sha256: 'ab'.repeat(32) });
  });
  it('says none when nothing was echoed', () => {
    expect(readPayloadEcho(undefined)).toEqual({ kind: 'none' });
    expect(readPayloadEcho({ reason: 'mismatch' })).toEqual({ kind: 'none' });
  });
});
