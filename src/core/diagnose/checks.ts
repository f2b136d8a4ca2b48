/**
 * Checks that need no secret (DESIGN.md §5): what can be read off the request itself. They run with or without
 * the secret; the clock is passed in as `nowSeconds`.
 */
import { parseJsonLossless } from '../dialects/jsonValue.ts';
import { stripDecoration } from './signatureForms.ts';
import type { Check, SentRequest } from './types.ts';

/** The server's window either side of its clock (DESIGN.md §1). */
export const WINDOW_SECONDS = 300;

export function timestampChecks(header: string, nowSeconds: number): Check[] {
  const text = header.trim();
  if (text === '') return [{ id: 'timestamp.missing', severity: 'error', message: 'The X-Timestamp header is empty.' }];
  if (/^\d{13}$/.test(text)) {
    return [{ id: 'timestamp.milliseconds', severity: 'error',
      message: `X-Timestamp ${text} has 13 digits: it is in milliseconds (Date.now()). Send whole seconds: Math.floor(Date.now() / 1000).` }];
  }
  if (!/^\d+$/.test(text)) {
    const kind = /^\d+\.\d+$/.test(text) ? 'a decimal number (time.time() without int())'
      : /^\d{4}-\d{2}-\d{2}T/.test(text) ? 'an ISO-8601 date' : 'not a whole number of seconds';
    return [{ id: 'timestamp.format', severity: 'error', message: `X-Timestamp "${text}" is ${kind}; the server expects whole Unix seconds.` }];
  }
  const skew = Number(text) - nowSeconds;
  if (Math.abs(skew) <= WINDOW_SECONDS) return [];
  const hours = Math.abs(skew) / 3600;
  const timezone = hours >= 0.95 && Math.abs(hours - Math.round(hours)) < 0.05
    ? ` That is close to ${Math.round(hours)} whole hour(s): a local time treated as UTC is likely.` : '';
  return [{ id: 'timestamp.window', severity: 'error',
    message: `X-Timestamp is ${Math.abs(skew)} s ${skew > 0 ? 'ahead of' : 'behind'} the current time, outside the ±${WINDOW_SECONDS} s window: the server answers TIMESTAMP_EXPIRED before it looks at the signature.${timezone}` }];
}

export function signatureChecks(header: string): Check[] {
  const { core, decoration } = stripDecoration(header);
  const checks: Check[] = [];
  if (core === '') return [{ id: 'signature.missing', severity: 'error', message: 'The X-API-Signature header is empty.' }];
  if (decoration !== undefined) {
    checks.push({ id: 'signature.prefixed', severity: 'error', message: `The signature carries a decoration ("${decoration.trim()}"); send the 64 hex characters alone.` });
  }
  const hex = /^[0-9a-fA-F]+$/.test(core);
  const add = (id: string, message: string) => checks.push({ id, severity: 'error', message });
  if (hex && core.length === 64) {
    if (/[A-F]/.test(core)) add('signature.uppercase', 'The signature is uppercase hex; the server compares lowercase hex.');
  } else if (hex && core.length === 40) add('signature.sha1-length', 'The signature has 40 hex characters: the length of HMAC-SHA1, not HMAC-SHA256 (64).');
  else if (hex && core.length === 128) add('signature.sha512-length', 'The signature has 128 hex characters: the length of HMAC-SHA512, not HMAC-SHA256 (64).');
  else if (hex && core.length === 96) add('signature.sha384-length', 'The signature has 96 hex characters: the length of HMAC-SHA384, not HMAC-SHA256 (64).');
  else if (hex && core.length >= 56 && core.length < 64) add('signature.short-hex', `The signature has ${core.length} hex characters, not 64: leading zeros were probably dropped (Java Integer.toHexString or BigInteger).`);
  else if (/^[A-Za-z0-9+/]{43}=$/.test(core)) add('signature.base64', 'The signature is 44 characters of base64: the right length for SHA-256, but the server expects hex.');
  else if (/^[A-Za-z0-9_-]{43}$/.test(core)) add('signature.base64url', 'The signature is 43 characters of URL-safe base64: the right length for SHA-256, but the server expects hex.');
  else if (/^[A-Za-z0-9+/]{27}=$/.test(core)) add('signature.sha1-base64', 'The signature is 28 characters of base64: the length of an HMAC-SHA1 in base64.');
  else if (/^[A-Za-z0-9+/]{86}==$/.test(core)) add('signature.sha512-base64', 'The signature is 88 characters of base64: the length of an HMAC-SHA512 in base64.');
  else add('signature.format', `The signature is ${core.length} characters and matches no known MAC encoding; the server expects 64 lowercase hex characters.`);
  return checks;
}

export function bodyTextChecks(body: string, editorBody: string | undefined): Check[] {
  const checks: Check[] = [];
  const add = (id: string, severity: Check['severity'], message: string) => checks.push({ id, severity, message });
  if (body !== '') {
    const parsed = parseJsonLossless(body.replace(/^\ufeff/, ''));
    if (!parsed.ok) add('body.not-json', 'warning', `The body is not valid JSON (${parsed.error.message}); it is still what got signed and sent, but the server answers INVALID_JSON.`);
  }
  if (body.startsWith('\ufeff')) add('body.bom', 'warning', 'The body starts with a byte order mark (EF BB BF): a file saved by Windows tools? It is part of the signed bytes.');
  if (/^\s/.test(body)) add('body.leading-whitespace', 'info', 'The body starts with whitespace; some clients (axios) trim it before sending.');
  if (/\s$/.test(body)) add('body.trailing-whitespace', 'info', 'The body ends with whitespace or a newline; echo, heredocs and editors add one, $(cat) and axios remove it.');
  if (body.includes('\r')) add('body.crlf', 'info', 'The body contains carriage returns (CR LF line ends).');
  if (!/[\r\n]/.test(body) && /[{,[] {2,}"/.test(body)) {
    add('body.newlines-stripped', 'warning', 'The body has indentation but no line breaks: curl -d @file strips every CR and LF of a pretty file. Use --data-binary @file.');
  }
  if (/\{\{[^{}]*\}\}/.test(body)) add('body.template', 'warning', 'The body contains {{placeholders}}: a tool may sign the template and send the rendered text (Postman pre-request scripts).');
  if (editorBody !== undefined && editorBody !== body) {
    let at = 0;
    while (at < body.length && body[at] === editorBody[at]) at++;
    add('body.editor-differs', 'warning', `The failing request's body differs from the editor's body from character ${at + 1} on (${JSON.stringify(body.slice(at, at + 12))} vs ${JSON.stringify(editorBody.slice(at, at + 12))}).`);
  }
  return checks;
}

/** Every secretless check of the request, most serious first. */
export function requestChecks(request: SentRequest, nowSeconds: number, editorBody?: string): Check[] {
  const order = { error: 0, warning: 1, info: 2 } as const;
  return [...timestampChecks(request.timestamp, nowSeconds), ...signatureChecks(request.signature), ...bodyTextChecks(request.body, editorBody)]
    .sort((a, b) => order[a.severity] - order[b.severity]);
}
