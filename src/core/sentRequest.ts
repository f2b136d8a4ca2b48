/**
 * A request as it was sent: one snapshot of the method, URL, headers and exact body, taken when Send is pressed.
 * It carries the API key (it is a header) but never the secret or its hash. `prepareRequest` turns it into the
 * wire form — headers and the body's UTF-8 bytes — without re-serializing anything.
 */
import { parseBaseUrl } from './baseUrl.ts';
import { utf8 } from './encoding.ts';
import { type HttpMethod, joinUrl, signedHeaders } from './requestModel.ts';

export type SentAuthMode = 'signed' | 'key-only';

export interface SentRequest {
  id: string;
  method: HttpMethod;
  path: string;
  /** The effective base URL (the built-in sandbox when the field was empty). */
  baseUrl: string;
  authMode: SentAuthMode;
  apiKey: string;
  /** X-Timestamp and X-API-Signature as sent; absent with key-only authentication. */
  timestamp?: string;
  signature?: string;
  /** The signed payload text ("<ts>.<body>"). */
  payload?: string;
  /** The body exactly as sent; undefined for none. */
  body: string | undefined;
  sentAtMs: number;
}

export interface PreparedRequest {
  url: string;
  method: HttpMethod;
  headers: [string, string][];
  body?: Uint8Array;
}

export type PrepareResult =
  | { ok: true; request: PreparedRequest }
  | { ok: false; error: { kind: 'invalid-url' | 'invalid-header'; message: string } };

/** Builds the wire request; the body bytes are the UTF-8 of the sent body, the same bytes the payload signed. */
export function prepareRequest(sent: SentRequest): PrepareResult {
  const base = parseBaseUrl(sent.baseUrl);
  if (!base.ok) return { ok: false, error: { kind: 'invalid-url', message: base.error.message } };
  const url = joinUrl(base.url.href, sent.path);
  if (!URL.canParse(url)) return { ok: false, error: { kind: 'invalid-url', message: `"${url}" is not a valid URL.` } };
  const headers: [string, string][] =
    sent.authMode === 'signed'
      ? Object.entries(signedHeaders(sent.apiKey, sent.timestamp ?? '', sent.signature ?? ''))
      : [['Content-Type', 'application/json'], ['X-API-Key', sent.apiKey]];
  for (const [name, value] of headers) {
    const problem = headerValueProblem(value);
    if (problem) return { ok: false, error: { kind: 'invalid-header', message: `${name} ${problem}` } };
  }
  return { ok: true, request: { url, method: sent.method, headers, ...(sent.body === undefined ? {} : { body: utf8(sent.body) }) } };
}

/**
 * Why an HTTP client would refuse this header value, or undefined. Browsers strip leading and trailing spaces,
 * tabs and line breaks themselves; a line break or NUL inside, or a character beyond Latin-1, makes fetch throw.
 */
export function headerValueProblem(value: string): string | undefined {
  const inner = value.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
  if (inner.includes('\r') || inner.includes('\n') || inner.includes('\0')) return 'contains a line break or NUL character inside it, which no HTTP header can carry.';
  if ([...inner].some((char) => char.codePointAt(0)! > 0xff)) return 'contains a character beyond Latin-1, which no HTTP header can carry.';
  return undefined;
}

/** Whether `url` is on the page's own origin (sent directly) or another (sent through the proxy). */
export function isSameOrigin(url: string, pageOrigin: string): boolean {
  return URL.canParse(url) && new URL(url).origin === pageOrigin;
}
