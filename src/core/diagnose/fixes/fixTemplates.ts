/**
 * The fix for every cause id in one language, built from a few fragments that language needs: most mistakes are one
 * of "hash the secret right", "HMAC right", "one timestamp", "one payload", "sign what you send", "hex out".
 */
import type { CauseId } from '../types.ts';

export type ExplainedId = Exclude<CauseId, 'valid' | 'unreproduced'>;

export interface FixTemplates {
  /** Read the secret alone: the sk_ value, no trailing newline. */
  secret: string;
  /** SHA-256 of the secret once, as 64 lowercase hex characters, used as the HMAC key text. */
  hash: string;
  /** HMAC-SHA256, key = the secret hash's hex text, message = "<timestamp>.<body>", lowercase hex. */
  hmac: string;
  /** Whole seconds, read once, signed and sent. */
  timestamp: string;
  /** timestamp + "." + body. */
  payload: string;
  /** Serialize once, sign those characters, send the same string. */
  send: string;
  /** A body-less request: sign "<timestamp>." and send no body. */
  empty: string;
  /** The signature written as 64 lowercase hex characters and nothing else. */
  hex: string;
}

/** Every explained id's fix in one language: the fragment its family calls for, unless `overrides` says better. */
export function fixTable(t: FixTemplates, overrides: Partial<Record<ExplainedId, string>> = {}): Record<ExplainedId, string> {
  const secretThenHash = `${t.secret}\n${t.hash}`;
  return {
    'key.raw-secret': t.hash, 'key.binary-hash': t.hash, 'key.uppercase-hash': t.hash, 'key.hex-leading-zeros': t.hash,
    'key.secret-whitespace': secretThenHash, 'key.sha256sum-suffix': t.hash, 'key.double-hash': t.hash,
    'key.swapped': t.hmac, 'key.api-key-as-secret': secretThenHash,
    'timestamp.milliseconds': t.timestamp, 'timestamp.header-mismatch': t.timestamp,
    'payload.no-separator': t.payload, 'payload.other-separator': t.payload, 'payload.body-only': t.payload, 'payload.reversed': t.payload,
    'body.reserialized': t.send, 'body.python-default': t.send, 'body.python-ensure-ascii': t.send, 'body.pretty': t.send,
    'body.jackson-pretty': t.send, 'body.sorted-keys': t.send, 'body.php-escaped-slashes': t.send, 'body.php-escaped-unicode': t.send,
    'body.go-html-escape': t.send, 'body.gson-escape': t.send, 'body.dotnet-escape': t.send, 'body.trailing-newline': t.send,
    'body.newlines-stripped': t.send, 'body.crlf': t.send, 'body.bom': t.send, 'body.latin1': t.send, 'body.object-string': t.send,
    'body.form-urlencoded': t.send, 'body.multipart': t.send,
    'body.empty-variant': t.empty, 'body.double-encoded': t.send,
    'encoding.uppercase-hex': t.hex, 'encoding.base64': t.hex, 'encoding.base64url': t.hex, 'encoding.prefixed': t.hex,
    'encoding.dropped-leading-zeros': t.hex,
    'algorithm.sha1': t.hmac, 'algorithm.sha512': t.hmac, 'algorithm.plain-sha256': t.hmac,
    ...overrides,
  };
}
