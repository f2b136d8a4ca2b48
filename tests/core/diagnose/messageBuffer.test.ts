// The diagnoser composes every message in one reused buffer and relies on Web Crypto copying its input before the
// call returns. This checks that assumption in Chromium, where the diagnoser runs, against Node's crypto.
import { describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { toHex, utf8 } from '../../../src/core/encoding.ts';
import { digest, digestBuffer, hmac, hmacBuffer, importHmacKey } from '../../../src/core/webCrypto.ts';
import { reusableBuffer } from '../../../src/core/diagnose/messageBuffer.ts';

const SECRET = 'sk_test_reused_buffer';
const TIMESTAMP = '1764300000';

describe('reusableBuffer with Web Crypto', () => {
  it('signs, hashes and imports what the buffer held at call time, not what it holds later', async () => {
    // The last body has the first one's length: the buffer hands out the same view for both (messageBuffer.ts).
    const bodies = ['{"to":"+1","message":"first"}', '{"to":"+1","message":"second, longer than the first"}', '{}', '{"to":"+1","message":"FIRST"}'];
    const expected = await Promise.all(bodies.map((body) => commands.nodeSign(SECRET, TIMESTAMP, body)));
    const key = await importHmacKey(utf8(expected[0]!.secretHash));
    const write = reusableBuffer();
    const signatures: Array<Promise<Uint8Array>> = [];
    const digests: Array<Promise<Uint8Array>> = [];
    // The search's own calls, which hand over the view unchecked and answer with Web Crypto's ArrayBuffer.
    const searchSignatures: Array<Promise<ArrayBuffer>> = [];
    const searchDigests: Array<Promise<ArrayBuffer>> = [];
    const importedKeys: Array<Promise<CryptoKey>> = [];
    for (const body of bodies) {
      const message = write(utf8(`${TIMESTAMP}.`), utf8(body));
      signatures.push(hmac(key, message));
      digests.push(digest('SHA-256', message));
      searchSignatures.push(hmacBuffer(key, message));
      searchDigests.push(digestBuffer('SHA-256', message));
      importedKeys.push(importHmacKey(message));
    }
    write(utf8('x'.repeat(10_000))); // grows and overwrites the buffer while every call is still pending

    expect((await Promise.all(signatures)).map(toHex)).toEqual(expected.map((e) => e.signature));
    expect((await Promise.all(searchSignatures)).map((mac) => toHex(new Uint8Array(mac)))).toEqual(expected.map((e) => e.signature));
    // A key imported from the message, used as key.swapped does: HMAC(key = payload, message = hash), re-checked
    // through the same signer so both sides of the comparison are independent of the buffer.
    const swapped = await Promise.all(importedKeys.map(async (k) => toHex(await hmac(await k, utf8('m')))));
    const fresh = await Promise.all(expected.map(async (e) => toHex(await hmac(await importHmacKey(utf8(e.payload)), utf8('m')))));
    expect(swapped).toEqual(fresh);
    const freshDigests = await Promise.all(expected.map(async (e) => toHex(await digest('SHA-256', utf8(e.payload)))));
    expect((await Promise.all(digests)).map(toHex)).toEqual(freshDigests);
    expect((await Promise.all(searchDigests)).map((hash) => toHex(new Uint8Array(hash)))).toEqual(freshDigests);
  });
});
