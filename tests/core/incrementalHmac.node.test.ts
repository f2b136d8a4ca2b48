// The incremental signer resumes SHA-256 from a kept state instead of hashing the whole payload; every signature it
// gives, after any sequence of edits, must equal Node's one-shot HMAC of the UTF-8 payload.
import { createHash, createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { vectors } from '../fixtures/signingVectors.json';
import { createIncrementalHmac } from '../../src/core/incrementalHmac.ts';

const KEY = createHash('sha256').update('sk_test_incremental').digest('hex');
const nodeHmac = (key: string, payload: string) => createHmac('sha256', key).update(payload, 'utf8').digest('hex');
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

// Characters that stress the UTF-8 and stretch boundaries: ASCII, 2-, 3- and 4-byte characters, lone surrogates.
const piece = fc.constantFrom('a', 'b', ' ', '"', 'é', '☕', '\u{1F600}', '\uD83D', '\uDE00', '{"m":', '}');
const text = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''));
const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 6 }), insert: text, hashAhead: fc.nat({ max: 12 }) });

describe('createIncrementalHmac', () => {
  it('equals Node\'s HMAC after every edit of a sequence, whatever the stretch length', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 9 }), text, fc.array(edit, { maxLength: 12 }), (interval, start, edits) => {
      const signer = createIncrementalHmac(Buffer.from(KEY), interval);
      let body = start;
      for (const [i, change] of [undefined, ...edits].entries()) {
        if (change) {
          const at = change.at % (body.length + 1);
          body = body.slice(0, at) + change.insert + body.slice(at + change.remove);
        }
        const second = 1_764_300_000 + Math.floor(i / 3); // now and then a new second
        // Between edits, part of the next second hashed ahead, as the app does in idle time.
        if (change && change.hashAhead > 0) signer.prepare(`${second + 1}.`, body, change.hashAhead);
        const prefix = `${second}.`;
        const { mac, byteLength } = signer.sign(prefix, body);
        expect(hex(mac)).toBe(nodeHmac(KEY, prefix + body));
        expect(byteLength).toBe(Buffer.byteLength(prefix + body, 'utf8'));
      }
    }), { numRuns: 1000 });
  });

  it('gives the shared vectors\' signatures', () => {
    for (const vector of vectors) {
      const signer = createIncrementalHmac(Buffer.from(vector.secretHash), 4);
      expect(hex(signer.sign(`${vector.timestamp}.`, vector.body).mac)).toBe(vector.signature);
    }
  });

  it('keeps up with a megabyte typed into at the end, in the middle and at the start', () => {
    const signer = createIncrementalHmac(Buffer.from(KEY));
    let body = `{"message":"${'the quick brown fox '.repeat(52_000)}"}`;
    for (const at of [body.length - 2, body.length - 3, 500_000, 0, body.length]) {
      body = `${body.slice(0, at)}é${body.slice(at)}`;
      expect(hex(signer.sign('1764300000.', body).mac)).toBe(nodeHmac(KEY, `1764300000.${body}`));
    }
  });

  it('signs the next second hashed ahead from its last stretch, and forgets the oldest of three seconds', () => {
    const signer = createIncrementalHmac(Buffer.from(KEY));
    const body = `{"message":"${'the quick brown fox '.repeat(52_000)}"}`;
    expect(signer.sign('1764300000.', body).hashed).toBe(body.length);
    let rounds = 0;
    while (rounds < 100 && !signer.prepare('1764300001.', body, 100_000)) rounds++;
    expect(rounds).toBeGreaterThan(5); // 100 000 characters at a time: ~1 MB takes several idle slices
    expect(rounds).toBeLessThan(100);
    const next = signer.sign('1764300001.', body);
    expect(hex(next.mac)).toBe(nodeHmac(KEY, `1764300001.${body}`));
    expect(next.hashed).toBeLessThanOrEqual(64 * 1024);
    // Typed into while the next second is hashed ahead: both seconds keep what precedes the edit.
    const edited = `${body.slice(0, -2)}!${body.slice(-2)}`;
    expect(signer.prepare('1764300002.', edited, 10_000_000)).toBe(true);
    expect(signer.sign('1764300001.', edited).hashed).toBeLessThanOrEqual(64 * 1024);
    expect(hex(signer.sign('1764300002.', edited).mac)).toBe(nodeHmac(KEY, `1764300002.${edited}`));
    // Two seconds are kept: 1764300000 was the oldest, so it is hashed whole again.
    const again = signer.sign('1764300000.', edited);
    expect(again.hashed).toBe(edited.length);
    expect(hex(again.mac)).toBe(nodeHmac(KEY, `1764300000.${edited}`));
  });

  it('has nothing to hash ahead for a text within one stretch', () => {
    const signer = createIncrementalHmac(Buffer.from(KEY), 8);
    expect(signer.prepare('1764300001.', 'short', 100)).toBe(true);
    expect(signer.sign('1764300001.', 'short').hashed).toBe(5);
  });
});
