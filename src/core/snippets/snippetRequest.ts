/**
 * What every snippet needs to know about the request, decided once: the full URL, the body that is sent (none for
 * an empty body), the body that is signed (the empty-body convention applied), and a pinned timestamp if any.
 * The snippets never carry the API key or secret: they read COEXT_API_KEY and COEXT_API_SECRET at run time.
 */

export type SnippetLanguage = 'curl' | 'javascript' | 'python' | 'php' | 'go' | 'java' | 'ruby';

/** What a request without a body signs: `""` (payload `"<ts>."`) or `"{}"`. The guide does not say. */
export type EmptyBodyConvention = 'empty' | 'object';

export interface SnippetRequest {
  method: string;
  /** e.g. `https://your-domain.com/api/v1/external` */
  baseUrl: string;
  /** e.g. `/messages/text` */
  path: string;
  /** The body exactly as it is to be sent; `""` sends none. */
  body: string;
  /** Default `'empty'`. */
  emptyBody?: EmptyBodyConvention;
  /**
   * Sign with this Unix-seconds timestamp instead of the clock at run time. With `signature` (computed by the
   * caller for this timestamp and body) the curl snippet sends precomputed headers and needs no openssl.
   */
  pinned?: { timestamp: number; signature?: string };
}

export interface SnippetPlan {
  method: string;
  url: string;
  /** `undefined`: send no body at all. */
  sentBody: string | undefined;
  signedBody: string;
  /** A comment line explaining what a body-less request signs, when it has no body. */
  emptyBodyNote: string | undefined;
  pinned: SnippetRequest['pinned'];
}

/** Lone surrogates become U+FFFD, as every UTF-8 encoder (and so the signer and the HTTP client) writes them. */
export function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/** The URL, body sent and body signed for `request`. */
export function planSnippet(request: SnippetRequest): SnippetPlan {
  const url = `${request.baseUrl.replace(/\/+$/, '')}/${request.path.replace(/^\/+/, '')}`;
  const body = wellFormed(request.body);
  const hasBody = body !== '';
  const signedBody = hasBody ? body : request.emptyBody === 'object' ? '{}' : '';
  const emptyBodyNote = hasBody ? undefined
    : `No body is sent. What a body-less request signs is not documented: this signs ${signedBody === '' ? 'an empty body (payload "<timestamp>.")' : '"{}" (payload "<timestamp>.{}")'}.`;
  return { method: request.method.toUpperCase(), url, sentBody: hasBody ? body : undefined, signedBody, emptyBodyNote, pinned: request.pinned };
}

/** Comment lines saying until when a request signed for `timestamp` is accepted (±300 s around the server's clock). */
export function pinnedValidity(timestamp: number, commentMark: string): string[] {
  const iso = (seconds: number) => new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
  return [
    `Pinned timestamp ${timestamp} (${iso(timestamp)}). The server accepts it only while its clock is within 300 s of it,`,
    `from ${iso(timestamp - 300)} to ${iso(timestamp + 300)}; after that it answers TIMESTAMP_EXPIRED.`,
  ].map((line) => `${commentMark} ${line}`);
}

/**
 * `text` for a one-line comment in any language: printable ASCII only, anything else (a newline, a backslash that Java
 * would read as the start of a \u escape even in a comment) shown as `?`.
 */
export function commentText(text: string): string {
  return text.replace(/[^\x20-\x5b\x5d-\x7e]/g, '?');
}
