/**
 * Findings about the body text that never stop it from being signed: invalid JSON is still signed exactly as typed,
 * because that is what the server will receive. Each finding names the body as the field at fault.
 */
import { parseJsonLossless } from './dialects/jsonValue.ts';
import { findLoneSurrogates } from './text.ts';

export interface BodyFinding {
  field: 'body';
  severity: 'error' | 'warning' | 'info';
  message: string;
}

/** The sandbox's (and a typical gateway's) body limit. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

export function checkBody(body: string, byteLength: number, bodyAllowed: boolean): BodyFinding[] {
  const findings: BodyFinding[] = [];
  const add = (severity: BodyFinding['severity'], message: string) => findings.push({ field: 'body', severity, message });
  if (body === '') {
    if (bodyAllowed) add('warning', 'The body is empty: the payload is "<timestamp>." and the server will reject it as invalid JSON.');
    return findings;
  }
  if (!bodyAllowed) add('warning', 'This method usually has no body; it is signed and sent anyway.');
  const json = describeJsonError(body);
  if (json) add('warning', `Not valid JSON (${json}). It is still signed exactly as typed; the server will answer INVALID_JSON.`);
  const lone = findLoneSurrogates(body, 3);
  if (lone.length > 0) {
    const where = lone.map((s) => `\\u${s.codeUnit.toString(16)} at ${s.index}`).join(', ');
    add('error', `Unpaired UTF-16 surrogate (${where}): it is signed and sent as U+FFFD (EF BF BD), not as shown.`);
  }
  if (body.charCodeAt(0) === 0xfeff) add('warning', 'The body starts with a byte-order mark (U+FEFF); it is signed and sent.');
  if (body.includes('\r')) add('info', 'The body contains carriage returns (CR); they are signed and sent as they are.');
  if (/\s$/.test(body)) add('info', 'The body ends with whitespace; it is part of the signed payload.');
  if (byteLength > BODY_LIMIT_BYTES) {
    add('warning', `The body is ${formatBytes(byteLength)}, over the 1 MB limit: the server will answer 413 PAYLOAD_TOO_LARGE.`);
  }
  return findings;
}

/** Where and why `text` is not JSON, as "line L, column C: …", or `undefined` when it is valid JSON. */
export function describeJsonError(text: string): string | undefined {
  if (isJson(text)) return undefined;
  // V8's own message often has no position; the lossless parser says what it expected, and where.
  const parsed = parseJsonLossless(text);
  if (parsed.ok) return undefined;
  const before = text.slice(0, parsed.error.offset);
  const line = before.split('\n').length;
  const column = parsed.error.offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}: ${parsed.error.message.replace(/ at offset \d+/, '')}`;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}
