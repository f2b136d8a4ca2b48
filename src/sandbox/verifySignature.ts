/**
 * The timestamp and signature checks, as a function of the headers, the raw body bytes and the clock.
 *
 * On INVALID_SIGNATURE the details echo what was verified — the payload string built (or its length and SHA-256
 * when long) and the mode — the way AWS echoes its string-to-sign. Never the expected signature and never the
 * secret's hash: either would let anyone sign without the secret.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { SandboxError } from './errorResponse.ts';

export type VerifyMode = 'raw' | 'reserialized';
export type EmptyBodyMode = 'empty' | 'object';

export interface SignatureCheck {
  timestampHeader: string | undefined;
  signatureHeader: string | undefined;
  rawBody: Uint8Array;
  secretSha256: string;
  requireSignature: boolean;
  verify: VerifyMode;
  emptyBody: EmptyBodyMode;
  nowMs: number;
}

export const TIMESTAMP_WINDOW_SECONDS = 300;
const ECHO_LIMIT_BYTES = 2048;
const utf8Decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** `null` when the request may proceed, else the error to answer with. */
export function checkSignature(check: SignatureCheck): SandboxError | null {
  const { timestampHeader, signatureHeader } = check;
  if (timestampHeader === undefined && signatureHeader === undefined) {
    return check.requireSignature
      ? unauthorized('SIGNATURE_REQUIRED', 'This API key requires signed requests: send X-Timestamp and X-API-Signature.')
      : null;
  }
  if (timestampHeader === undefined || signatureHeader === undefined) {
    const missing = timestampHeader === undefined ? 'X-Timestamp' : 'X-API-Signature';
    return unauthorized('INVALID_SIGNATURE', `Request signature verification failed: the ${missing} header is missing.`, {
      verification: check.verify,
      reason: timestampHeader === undefined ? 'missing-timestamp' : 'missing-signature',
    });
  }
  const timestampError = checkTimestamp(timestampHeader, check.nowMs);
  if (timestampError) return timestampError;

  const verified = verifiedBody(check.rawBody, check.verify, check.emptyBody);
  if (!/^[0-9a-f]{64}$/.test(signatureHeader)) {
    const uppercase = /^[0-9a-fA-F]{64}$/.test(signatureHeader);
    return unauthorized('INVALID_SIGNATURE', 'Request signature verification failed: the signature is malformed.', {
      ...echoOf(timestampHeader, verified),
      reason: 'malformed-signature',
      expectedFormat: '64 lowercase hex characters',
      received: uppercase
        ? 'uppercase hex: the contract is lowercase hex'
        : `${signatureHeader.length} characters, not 64 lowercase hex`,
    });
  }
  // The payload is fed to the HMAC in two parts rather than joined: a verified request never needs it whole.
  // Compared as hex text, since the header is 64 lowercase hex digits at this point: a digest as text is a string,
  // while a digest as bytes is a new Buffer of its own per request, which cost more than the comparison.
  const expected = createHmac('sha256', check.secretSha256).update(`${timestampHeader}.`).update(verified.body).digest('hex');
  if (!timingSafeEqual(Buffer.from(expected, 'latin1'), Buffer.from(signatureHeader, 'latin1'))) {
    return unauthorized('INVALID_SIGNATURE', 'Request signature verification failed', {
      ...echoOf(timestampHeader, verified),
      reason: 'mismatch',
    });
  }
  return null;
}

function checkTimestamp(header: string, nowMs: number): SandboxError | null {
  const serverTime = Math.floor(nowMs / 1000);
  const value = /^\d+$/.test(header) ? Number(header) : Number.NaN;
  const skewSeconds = Number.isSafeInteger(value) ? value - serverTime : null;
  if (skewSeconds !== null && Math.abs(skewSeconds) <= TIMESTAMP_WINDOW_SECONDS) return null;
  const looksLikeMilliseconds = /^\d{13}$/.test(header);
  const why = looksLikeMilliseconds
    ? 'it looks like milliseconds; send whole seconds'
    : skewSeconds !== null
      ? `it is ${Math.abs(skewSeconds)} s from the server clock (the window is ±${TIMESTAMP_WINDOW_SECONDS} s)`
      : 'it is not a whole number of seconds';
  return unauthorized('TIMESTAMP_EXPIRED', `Request timestamp is too old or too far in the future: ${why}.`, {
    serverTime,
    timestamp: header,
    skewSeconds,
    looksLikeMilliseconds,
  });
}

interface VerifiedBody {
  /** What follows `ts + "."` in the signed payload. */
  body: Uint8Array | string;
  echo: { verification: VerifyMode; fallback?: string; emptyBody?: EmptyBodyMode };
}

/** The body part of what the server signs: the body as received, or re-serialized JSON, or the empty-body choice. */
function verifiedBody(raw: Uint8Array, verify: VerifyMode, emptyBody: EmptyBodyMode): VerifiedBody {
  if (raw.length === 0) {
    return { body: emptyBody === 'object' ? '{}' : '', echo: { verification: verify, emptyBody } };
  }
  if (verify === 'reserialized') {
    const reserialized = reserialize(utf8Decoder.decode(raw));
    if (reserialized !== null) return { body: reserialized, echo: { verification: 'reserialized' } };
    return { body: raw, echo: { verification: 'raw', fallback: 'The body is not JSON, so it was verified as received (raw).' } };
  }
  return { body: raw, echo: { verification: 'raw' } };
}

function reserialize(text: string): string | null {
  try {
    return JSON.stringify(JSON.parse(text));
  } catch {
    return null;
  }
}

/** What an INVALID_SIGNATURE answer echoes: the whole payload, so only a refusal builds it. */
function echoOf(timestamp: string, { body, echo }: VerifiedBody): Record<string, unknown> {
  const bytes = Buffer.concat([Buffer.from(`${timestamp}.`, 'utf8'), typeof body === 'string' ? Buffer.from(body, 'utf8') : body]);
  if (bytes.length > ECHO_LIMIT_BYTES) {
    return { ...echo, payloadLength: bytes.length, payloadSha256: createHash('sha256').update(bytes).digest('hex') };
  }
  return { ...echo, payload: utf8Decoder.decode(bytes), payloadLength: bytes.length };
}

function unauthorized(code: SandboxError['code'], message: string, details?: Record<string, unknown>): SandboxError {
  return details ? { status: 401, code, message, details } : { status: 401, code, message };
}
