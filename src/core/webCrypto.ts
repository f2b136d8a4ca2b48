/**
 * The one door to Web Crypto (`crypto.subtle`). Every Web Crypto hash and HMAC in the app and the diagnoser goes
 * through here, so there is a single place to audit what key material is imported and how. (The one other signer,
 * incrementalHmac.ts, hashes long bodies being typed into, in JavaScript, from the same hash.)
 *
 * Keys are imported non-extractable and with the single usage `sign`: the page never needs to read a key back, and
 * a key object that cannot be exported cannot leak the secret's hash through a later bug.
 */
export type DigestAlgorithm = 'SHA-1' | 'SHA-256' | 'SHA-512';

// `globalThis.crypto` is Web Crypto in browsers, workers and Node ≥ 19 alike; nothing here is platform-specific.
const subtle = globalThis.crypto.subtle;

/** Copies into a fresh ArrayBuffer-backed view: Web Crypto rejects views over SharedArrayBuffer. */
function asBufferSource(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}

// These hand on Web Crypto's promise (with a `then` where bytes are wanted) instead of awaiting it in an async
// function: one promise and one resumption fewer per call, and a full diagnoser search makes ~15,000 calls (in an A/B
// of full searches in Chromium, median 283 → 264 ms).

/** The digest of `data` under `algorithm`. */
export function digest(algorithm: DigestAlgorithm, data: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  return digestBuffer(algorithm, asBufferSource(data)).then(toBytes);
}

/**
 * As `digest`, as Web Crypto gives it, for the diagnoser's ~15,000 calls: no reaction of its own (the caller settles
 * many at once), and no check of the buffer (its type says what that check would find).
 */
export function digestBuffer(algorithm: DigestAlgorithm, data: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer> {
  return subtle.digest(algorithm, data);
}

/**
 * Imports `keyBytes` as an HMAC key. The bytes are used as given: for the Coext scheme they are the 64 ASCII
 * characters of the secret's hex SHA-256, not its 32 raw bytes — callers decide, this module does not guess.
 */
export function importHmacKey(keyBytes: Uint8Array, hash: DigestAlgorithm = 'SHA-256'): Promise<CryptoKey> {
  return subtle.importKey('raw', asBufferSource(keyBytes), { name: 'HMAC', hash }, false, ['sign']);
}

/** HMAC of `message` under an imported key. */
export function hmac(key: CryptoKey, message: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  return hmacBuffer(key, asBufferSource(message)).then(toBytes);
}

/** As `hmac`, as Web Crypto gives it (see `digestBuffer`). */
export function hmacBuffer(key: CryptoKey, message: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer> {
  return subtle.sign('HMAC', key, message);
}

function toBytes(buffer: ArrayBuffer): Uint8Array<ArrayBuffer> {
  return new Uint8Array(buffer);
}
