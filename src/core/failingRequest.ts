/**
 * What the diagnoser is asked about, from what a person can give it: a pasted request (curl, PowerShell, fetch, HAR,
 * curl -v output, a raw or logged HTTP request — see pasted/parsePastedRequest.ts), or
 * the three fields (timestamp, body, signature) typed by hand. Either way the result is the diagnoser's
 * `SentRequest` — header texts and body exactly as sent — or an error that names the input at fault.
 */
import { headerValue, type ParsedRequest } from './curl.ts';
import type { SentRequest } from './diagnose.ts';
import { parsePastedRequest } from './pasted/parsePastedRequest.ts';

export type FailingRequestField = 'request' | 'timestamp' | 'signature';

export type FailingRequestResult =
  | { ok: true; request: SentRequest; warnings: string[] }
  | { ok: false; error: { field: FailingRequestField; message: string } };

/** The three fields of a request as typed: header texts and the body, exactly. */
export interface SentFields {
  timestamp: string;
  body: string;
  signature: string;
}

const fail = (field: FailingRequestField, message: string): FailingRequestResult => ({ ok: false, error: { field, message } });

/** The path of `url`, or `url` itself when it is not absolute (a raw request line may carry only a path). */
function pathOf(url: string): string {
  return URL.canParse(url) ? new URL(url).pathname : url;
}

/**
 * The diagnoser's view of a parsed request: its X-Timestamp, X-API-Signature and X-API-Key headers and its body
 * (`""` when it has none). `fallbackApiKey` (the explorer's key) stands in when the request names no key.
 */
export function sentRequestFromParsed(parsed: ParsedRequest, fallbackApiKey = ''): FailingRequestResult {
  const signature = headerValue(parsed, 'X-API-Signature');
  const timestamp = headerValue(parsed, 'X-Timestamp');
  if (signature === undefined) {
    return fail('request', 'This request has no X-API-Signature header, so there is no signature to diagnose. '
      + 'Without it the server answers SIGNATURE_REQUIRED (or INVALID_SIGNATURE when only X-Timestamp is sent).');
  }
  if (timestamp === undefined) {
    return fail('request', 'This request has an X-API-Signature header but no X-Timestamp header: the server answers '
      + 'INVALID_SIGNATURE. Send the Unix seconds you signed in X-Timestamp.');
  }
  const apiKey = headerValue(parsed, 'X-API-Key') ?? fallbackApiKey;
  return {
    ok: true,
    request: { timestamp, signature, body: parsed.body ?? '', method: parsed.method, path: pathOf(parsed.url), ...(apiKey === '' ? {} : { apiKey }) },
    warnings: [],
  };
}

/**
 * Parses a pasted request in any format `parsePastedRequest` reads; the parser's own message when it cannot.
 * `harChoice` is the signed HAR entry the person chose, when the paste is a HAR file with several.
 */
export function failingRequestFromText(text: string, fallbackApiKey = '', harChoice?: number): FailingRequestResult {
  if (text.trim() === '') return fail('request', 'Paste the failing request first: a curl command, a raw HTTP request, or another format listed here.');
  const parsed = parsePastedRequest(text, harChoice);
  if (!parsed.ok) return fail('request', parsed.error.message);
  const result = sentRequestFromParsed(parsed.request, fallbackApiKey);
  return result.ok ? { ...result, warnings: parsed.warnings } : result;
}

/** The request described by the three fields; the body may be empty (a GET), the two headers may not. */
export function failingRequestFromFields(fields: SentFields, apiKey = ''): FailingRequestResult {
  if (fields.timestamp.trim() === '') return fail('timestamp', 'Enter the X-Timestamp value that was sent.');
  if (fields.signature.trim() === '') return fail('signature', 'Enter the X-API-Signature value that was sent.');
  return {
    ok: true,
    request: { timestamp: fields.timestamp, body: fields.body, signature: fields.signature, ...(apiKey === '' ? {} : { apiKey }) },
    warnings: [],
  };
}
