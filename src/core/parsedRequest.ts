/**
 * A request as a pasted curl command or raw HTTP text describes it: method, URL, headers in order and the body
 * exactly as it would be sent. Parsers return it, or an error naming the `request` input, never throw.
 */

export interface ParsedRequest {
  method: string;
  /** Absolute when the text said where to send it; only a path when a raw request had no Host header. */
  url: string;
  /** In the order given; values trimmed of surrounding whitespace, as a server reads them. */
  headers: Array<[name: string, value: string]>;
  /** The exact characters sent; `undefined` when the request has no body at all. */
  body: string | undefined;
  /** The body's exact bytes when they were given as bytes (a base64 HAR body); `body` is their UTF-8 reading. */
  bodyBytes?: Uint8Array;
}

export type ParseRequestResult =
  | { ok: true; request: ParsedRequest; warnings: string[] }
  | { ok: false; error: { field: 'request'; message: string } };

/** A failed parse whose message says what was expected. */
export function parseFailure(message: string): ParseRequestResult {
  return { ok: false, error: { field: 'request', message } };
}

/** The value of the first header called `name`, compared case-insensitively as HTTP does; `undefined` if absent. */
export function headerValue(request: ParsedRequest, name: string): string | undefined {
  const wanted = name.toLowerCase();
  return request.headers.find(([headerName]) => headerName.toLowerCase() === wanted)?.[1];
}
