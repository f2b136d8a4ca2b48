/**
 * A request as it went over the wire (HTTP/1.x text): request line, header lines, a blank line, the body. Lines may
 * end in CRLF or LF. The body is everything after the first blank line, kept character for character — a trailing
 * newline included — because that is what the server received and verified.
 */
import { type ParsedRequest, parseFailure, type ParseRequestResult } from './parsedRequest.ts';
import { utf8ByteLength } from './text.ts';

const REQUEST_LINE = /^([A-Z]+) +(\/\S*|https?:\/\/\S+|\*)(?: +(HTTP\/\d(?:\.\d)?))? *$/;
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const LOCAL_HOSTS = /^(localhost|127(\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0)(:\d+)?$/i;

interface Line { text: string; end: number }

/** Each line without its terminator, and the index just past its `\n` (or the text's end). */
function* linesOf(text: string): Generator<Line> {
  let start = 0;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline + 1;
    const raw = text.slice(start, newline < 0 ? text.length : newline);
    yield { text: raw.endsWith('\r') ? raw.slice(0, -1) : raw, end };
    start = end;
  }
}

function urlFor(target: string, host: string | undefined, warnings: string[]): string {
  if (/^https?:\/\//i.test(target)) return target; // absolute-form, as sent to a proxy
  if (host === undefined) {
    warnings.push('There is no Host header, so only the path is known.');
    return target;
  }
  return `${LOCAL_HOSTS.test(host) ? 'http' : 'https'}://${host}${target.startsWith('/') ? '' : '/'}${target}`;
}

function checkContentLength(declared: string | undefined, body: string | undefined, warnings: string[]): void {
  if (declared === undefined) return;
  const actual = body === undefined ? 0 : utf8ByteLength(body);
  if (!/^\d+$/.test(declared)) warnings.push(`Content-Length "${declared}" is not a number of bytes.`);
  else if (Number(declared) !== actual) {
    warnings.push(`Content-Length says ${declared} bytes but the body has ${actual} (UTF-8): a server reads exactly Content-Length `
      + 'bytes, so it would verify a different body. Check for an added or lost trailing newline or CR.');
  }
}

/** The request described by raw HTTP text, or a message naming the line that is not HTTP. */
export function parseRawHttp(text: string): ParseRequestResult {
  const lines = linesOf(text.replace(/^\uFEFF/, ''));
  let next = lines.next();
  while (!next.done && next.value.text.trim() === '') next = lines.next(); // blank lines before the request line
  if (next.done) return parseFailure('The request is empty: paste it starting with its request line, such as POST /api/v1/external/messages/text HTTP/1.1.');
  const requestLine = REQUEST_LINE.exec(next.value.text);
  if (!requestLine) {
    return parseFailure(`The first line "${next.value.text.slice(0, 80)}" is not an HTTP request line. Expected an upper-case METHOD, `
      + 'a path and the version, such as POST /api/v1/external/messages/text HTTP/1.1.');
  }
  const [, method = '', target = '', version] = requestLine;
  const warnings: string[] = version === undefined ? ['The request line has no HTTP version (such as HTTP/1.1); read as HTTP/1.1.'] : [];
  const headers: Array<[string, string]> = [];
  let body: string | undefined;
  for (next = lines.next(); !next.done; next = lines.next()) {
    const { text: line, end } = next.value;
    if (line === '') {
      body = text.replace(/^\uFEFF/, '').slice(end);
      break;
    }
    const previous = headers.at(-1);
    if (/^[ \t]/.test(line) && previous) {
      previous[1] = `${previous[1]} ${line.trim()}`; // obsolete line folding (RFC 9112 §5.2)
      warnings.push(`Header ${previous[0]} is folded onto a second line; servers may refuse that. It was read as one line.`);
      continue;
    }
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon) : '';
    if (!HEADER_NAME.test(name)) {
      const hint = /^\s*[[{"]/.test(line) ? ' It looks like the body: put one empty line between the headers and the body.' : '';
      return parseFailure(`The line "${line.slice(0, 80)}" is not a header (expected Name: value).${hint}`);
    }
    headers.push([name, line.slice(colon + 1).trim()]);
  }
  const find = (wanted: string) => headers.find(([name]) => name.toLowerCase() === wanted)?.[1];
  // Without Content-Length or Transfer-Encoding, HTTP/1.1 has no body; an empty one is the same request.
  if (body === '' && find('content-length') === undefined && find('transfer-encoding') === undefined) body = undefined;
  if (find('transfer-encoding')?.toLowerCase().includes('chunked')) {
    warnings.push('The body is sent with Transfer-Encoding: chunked; it is shown here with its chunk sizes, not as the server reassembles it.');
  }
  checkContentLength(find('content-length'), body, warnings);
  const request: ParsedRequest = { method, url: urlFor(target, find('host'), warnings), headers, body };
  return { ok: true, request, warnings };
}
