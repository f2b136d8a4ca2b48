// Failing requests written by hand, as a person would paste them: curl with POSIX single-quote escaping, raw HTTP
// with CR LF line ends. Not the app's own toCurl, so a test never checks the app's parser against its emitter.
export interface SentCase {
  secret: string;
  apiKey: string;
  timestamp: string;
  body: string;
  signature: string;
}

const BASE = 'http://127.0.0.1:8787/api/v1/external';

/** POSIX single quoting: everything literal, and a quote itself written as '\''. */
export function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/** A request line for the body: GET /templates when there is none, as a body-less request is sent. */
function target(body: string): { method: string; path: string } {
  return body === '' ? { method: 'GET', path: '/templates' } : { method: 'POST', path: '/messages/text' };
}

/** A multi-line curl command, as a person would copy it from a terminal or a docs page. */
export function curlCommand(c: SentCase): string {
  const { method, path } = target(c.body);
  return [
    `curl -sS -X ${method} ${shellQuote(BASE + path)}`,
    `  -H 'Content-Type: application/json'`,
    `  -H ${shellQuote(`X-API-Key: ${c.apiKey}`)}`,
    `  -H ${shellQuote(`X-Timestamp: ${c.timestamp}`)}`,
    `  -H ${shellQuote(`X-API-Signature: ${c.signature}`)}`,
    ...(c.body === '' ? [] : [`  --data-binary ${shellQuote(c.body)}`]),
  ].join(' \\\n');
}

/** A raw HTTP/1.1 request: CR LF line ends, the body byte for byte after the blank line. */
export function rawHttpRequest(c: SentCase): string {
  const { method, path } = target(c.body);
  const length = new TextEncoder().encode(c.body).length;
  return [
    `${method} /api/v1/external${path} HTTP/1.1`,
    'Host: 127.0.0.1:8787',
    'Content-Type: application/json',
    `X-API-Key: ${c.apiKey}`,
    `X-Timestamp: ${c.timestamp}`,
    `X-API-Signature: ${c.signature}`,
    ...(c.body === '' ? [] : [`Content-Length: ${length}`]),
    '',
    c.body,
  ].join('\r\n');
}
