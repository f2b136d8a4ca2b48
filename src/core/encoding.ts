/**
 * Byte encodings that are easy to confuse, branded so that mixing them is a type error.
 * `Hex` is always lowercase hexadecimal text (two characters per byte).
 */
export type Hex = string & { readonly __brand: 'Hex' };
export type Base64 = string & { readonly __brand: 'Base64' };

const utf8Encoder = new TextEncoder();
const HEX_DIGITS = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** Below this many characters `encode` is as fast as anything, and allocates exactly. */
const ENCODE_INTO_FROM = 16_384;

/** Room kept between calls for encoding long text: enough for a 2 MB body of three-byte characters. */
const SCRATCH_MAX = 6 * 1024 * 1024;
let scratch = new Uint8Array(0);

/**
 * UTF-8 bytes of a JavaScript string; lone surrogates become U+FFFD (EF BF BD), as in every HTTP client.
 *
 * Long text goes through `encodeInto`: in Chromium `encode` takes ~7 ms for a megabyte (it builds the bytes, then
 * copies them), `encodeInto` ~2.4 ms; a large body is encoded once per dialect the diagnoser tries, and once per send.
 * It encodes into one scratch buffer kept between calls, with room for three bytes per UTF-16 unit (the most any
 * needs), and returns an exact copy: fresh buffers for the attempt cost more than the encoding (first touch of new
 * memory). A 100 kB body with a non-ASCII character took 4–9 ms with an ASCII attempt then a fresh 3× buffer, 1–1.5 ms
 * this way, in Chromium; the diagnoser encodes ~35 such bodies per search.
 */
export function utf8(text: string): Uint8Array<ArrayBuffer> {
  if (text.length < ENCODE_INTO_FROM) return utf8Encoder.encode(text);
  const room = text.length * 3;
  if (scratch.length < room) {
    if (room > SCRATCH_MAX) {
      const once = new Uint8Array(room);
      return once.slice(0, utf8Encoder.encodeInto(text, once).written);
    }
    scratch = new Uint8Array(room);
  }
  return scratch.slice(0, utf8Encoder.encodeInto(text, scratch).written);
}

/**
 * Whether two byte arrays hold the same bytes. Four at a time where both views are aligned to 4 bytes (fresh arrays
 * are): the diagnoser compares its ~35 bodies of a 100 kB request with each other, often whole.
 */
export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  if (a.length >= 64 && a.byteOffset % 4 === 0 && b.byteOffset % 4 === 0) {
    const words = a.length >>> 2;
    const left = new Uint32Array(a.buffer, a.byteOffset, words);
    const right = new Uint32Array(b.buffer, b.byteOffset, words);
    for (let w = 0; w < words; w++) if (left[w] !== right[w]) return false;
    i = words * 4;
  }
  for (; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * A growable buffer that text is encoded into as UTF-8, reused from call to call; the returned view is valid until the
 * next call. For input handed to Web Crypto at once: it copies its input before returning (diagnose/messageBuffer.ts),
 * and a megabyte payload then costs no allocation per keystroke (~1 ms less in Chromium).
 */
export function utf8Writer(): (...texts: string[]) => Uint8Array<ArrayBuffer> {
  let buffer = new Uint8Array(1024);
  return (...texts) => {
    let length = 0;
    for (const text of texts) length += text.length;
    if (buffer.length < length) buffer = new Uint8Array(Math.max(length, buffer.length * 2));
    for (;;) {
      let written = 0;
      let complete = true;
      for (const text of texts) {
        const result = utf8Encoder.encodeInto(text, buffer.subarray(written));
        written += result.written;
        if (result.read < text.length) complete = false;
      }
      if (complete) return buffer.subarray(0, written);
      // Not ASCII after all: room for three bytes per UTF-16 unit, the most any needs.
      buffer = new Uint8Array(Math.max(length * 3, buffer.length * 2));
    }
  };
}

/** Lowercase hex of bytes, two digits per byte. */
export function toHex(bytes: Uint8Array): Hex {
  let out = '';
  for (const byte of bytes) out += HEX_DIGITS[byte];
  return out as Hex;
}

/** Bytes of hex text of even length (either case); the caller has checked the alphabet. */
export function fromHex(hex: string): Uint8Array {
  const bytes = new Uint8Array(hex.length >> 1);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return bytes;
}

/** Standard base64 with padding (RFC 4648 §4). */
export function toBase64(bytes: Uint8Array): Base64 {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary) as Base64;
}

/**
 * The bytes of base64 text with or without its padding; `undefined` when it is not base64. `'either'` also takes the
 * URL-safe alphabet (RFC 4648 §5). Padding is stripped before the length is judged: "/=" is one character of data,
 * which no encoder writes and atob refuses.
 */
export function fromBase64(text: string, alphabet: 'standard' | 'either' = 'standard'): Uint8Array | undefined {
  const unpadded = text.replace(/={1,2}$/, '');
  const characters = alphabet === 'standard' ? /^[A-Za-z0-9+/]*$/ : /^[A-Za-z0-9+/_-]*$/;
  if (!characters.test(unpadded) || unpadded.length % 4 === 1) return undefined;
  const binary = atob(unpadded.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** URL-safe base64 without padding (RFC 4648 §5). */
export function toBase64Url(bytes: Uint8Array): string {
  return toBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Joins byte arrays without intermediate copies of each part. */
export function concatBytes(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** Whether text is exactly 64 lowercase hex characters, the shape of every SHA-256 hex output here. */
export function isLowerHex64(text: string): text is Hex {
  return /^[0-9a-f]{64}$/.test(text);
}
