/**
 * The Coext signing contract, as four steps that each return their input, operation and output, so that the
 * stepper shows exactly what the tests check:
 *
 *   secret_hash = lowercase_hex(SHA-256(utf8(secret)))
 *   payload     = decimal_seconds + "." + body        (the exact characters sent)
 *   signature   = lowercase_hex(HMAC-SHA256(key = utf8(secret_hash), msg = utf8(payload)))
 *
 * The HMAC key is the 64-character hex *text* of the hash, not its 32 raw bytes — the guide never says so.
 * No clock is read here: the caller passes the timestamp.
 */
import { type Hex, toHex, utf8, utf8Writer } from './encoding.ts';
import type { IncrementalHmac } from './incrementalHmac.ts';
import { digest, hmac, importHmacKey } from './webCrypto.ts';

export interface SigningInput {
  secret: string;
  /** Unix time in whole seconds, as sent in X-Timestamp. */
  timestamp: number;
  /** The body exactly as it will be sent; `""` for none. */
  body: string;
}

export interface SignatureSteps {
  secretHash: { input: string; operation: 'SHA-256 → lowercase hex'; output: Hex };
  timestamp: { input: number; operation: 'decimal seconds'; output: string };
  payload: {
    input: { timestamp: string; body: string };
    operation: 'timestamp + "." + body';
    output: string;
    /** The length of `output` in UTF-8: what the HMAC reads and the request carries. */
    byteLength: number;
  };
  signature: { input: { key: Hex; payload: string }; operation: 'HMAC-SHA256 → lowercase hex'; output: Hex };
}

/** `SHA-256(utf8(secret))` as lowercase hex: the Coext HMAC key, as text. */
export async function hashSecret(secret: string): Promise<Hex> {
  return toHex(await digest('SHA-256', utf8(secret)));
}

/** The string that gets signed: `"<seconds>.<body>"`. */
export function buildPayload(timestamp: number | string, body: string): string {
  return `${timestamp}.${body}`;
}

/** The HMAC key of the contract: the UTF-8 bytes of the 64 hex characters of the secret's hash, imported once. */
export function importSigningKey(secretHash: Hex): Promise<CryptoKey> {
  return importHmacKey(utf8(secretHash));
}

/** HMAC-SHA256 of `payload` keyed with the UTF-8 bytes of `secretHash` (the 64 hex characters). */
export async function signPayload(secretHash: Hex, payloadBytes: Uint8Array): Promise<Hex> {
  return toHex(await hmac(await importSigningKey(secretHash), payloadBytes));
}

/** Runs the four documented steps and returns every intermediate value. */
export async function signRequest(input: SigningInput): Promise<SignatureSteps> {
  const secretHash = await hashSecret(input.secret);
  return signWithKey(secretHash, await importSigningKey(secretHash), input);
}

// One buffer for every payload: Web Crypto copies the bytes before `hmac` returns, so the next signing may reuse it.
const writePayload = utf8Writer();

/**
 * As `signRequest`, for a caller that already holds the secret's hash and its imported key (they change far less
 * often than the body). The HMAC starts before this returns — no await comes first — so on a keystroke it runs
 * on Web Crypto's thread while the page renders the edit.
 */
export async function signWithKey(secretHash: Hex, key: CryptoKey, input: SigningInput): Promise<SignatureSteps> {
  const timestampText = String(input.timestamp);
  // The prefix and the body encoded one after the other: the joined string would be copied once more to be encoded.
  const bytes = writePayload(`${timestampText}.`, input.body);
  const byteLength = bytes.length;
  return stepsOf(secretHash, input, byteLength, toHex(await hmac(key, bytes)));
}

/**
 * As `signWithKey`, synchronously, through a signer that hashes only what changed since the payload it signed last
 * (incrementalHmac.ts): for long bodies being typed into, where hashing all of it again dominated each keystroke.
 */
export function signIncrementally(secretHash: Hex, signer: IncrementalHmac, input: SigningInput): SignatureSteps {
  const { mac, byteLength } = signer.sign(`${input.timestamp}.`, input.body);
  return stepsOf(secretHash, input, byteLength, toHex(mac));
}

function stepsOf(secretHash: Hex, input: SigningInput, byteLength: number, signature: Hex): SignatureSteps {
  const timestampText = String(input.timestamp);
  const payload = buildPayload(timestampText, input.body);
  return {
    secretHash: { input: input.secret, operation: 'SHA-256 → lowercase hex', output: secretHash },
    timestamp: { input: input.timestamp, operation: 'decimal seconds', output: timestampText },
    payload: {
      input: { timestamp: timestampText, body: input.body },
      operation: 'timestamp + "." + body',
      output: payload,
      byteLength,
    },
    signature: { input: { key: secretHash, payload }, operation: 'HMAC-SHA256 → lowercase hex', output: signature },
  };
}
