/**
 * What a request *is*, independent of how it is edited: the method, path, the body to sign and the body to send.
 * The two bodies differ only for a body-less request, whose signed form is an undocumented convention (DESIGN §1).
 */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export const HTTP_METHODS: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** What a body-less request signs: `""` (payload `"<ts>."`) or `"{}"`. */
export type EmptyBodyConvention = 'empty' | 'object';

export interface Endpoint {
  id: string;
  method: HttpMethod;
  path: string;
  summary: string;
  exampleBody: string;
}

/** The two endpoints the API guide documents. */
export const ENDPOINTS: readonly Endpoint[] = [
  {
    id: 'messages-text',
    method: 'POST',
    path: '/messages/text',
    summary: 'Send a text message',
    exampleBody: '{"to":"+919876543210","message":"Hello"}',
  },
  { id: 'templates', method: 'GET', path: '/templates', summary: 'List message templates', exampleBody: '' },
];

export function endpointFor(method: string, path: string): Endpoint | undefined {
  return ENDPOINTS.find((endpoint) => endpoint.method === method && endpoint.path === path);
}

export function methodHasBody(method: HttpMethod): boolean {
  return method !== 'GET' && method !== 'DELETE';
}

export interface BodyPlan {
  /** The body string that goes into the payload. */
  signed: string;
  /** The exact body sent on the wire, or `undefined` for none. */
  sent: string | undefined;
}

/**
 * The signed and sent body for a request. A GET with an empty editor sends nothing and signs per `convention`;
 * any other request signs and sends the editor's text byte for byte.
 */
export function planBody(method: HttpMethod, bodyText: string, convention: EmptyBodyConvention): BodyPlan {
  if (bodyText === '' && !methodHasBody(method)) {
    return { signed: convention === 'object' ? '{}' : '', sent: undefined };
  }
  return { signed: bodyText, sent: bodyText };
}

/** Joins a base URL and a path with exactly one slash between them. */
export function joinUrl(baseUrl: string, path: string): string {
  const base = baseUrl.replace(/\/+$/, '');
  const tail = path.startsWith('/') ? path : `/${path}`;
  return `${base}${tail}`;
}

export interface SignedHeaders {
  'Content-Type': 'application/json';
  'X-API-Key': string;
  'X-Timestamp': string;
  'X-API-Signature': string;
}

/** Exactly the headers the app sends with a signed request, in the order the guide lists them. */
export function signedHeaders(apiKey: string, timestamp: string, signature: string): SignedHeaders {
  return {
    'Content-Type': 'application/json',
    'X-API-Key': apiKey,
    'X-Timestamp': timestamp,
    'X-API-Signature': signature,
  };
}
