/**
 * A request as a server logged it: a request line (`POST /path HTTP/1.1`), header lines, a blank line and the body,
 * where each line may start with the log's own prefix (a timestamp, a level, a logger name). The prefix is taken
 * from the request line and removed from every following line that has the same shape (its digits may differ).
 */
import { parseFailure, type ParseRequestResult } from '../parsedRequest.ts';
import { parseRawHttp } from '../rawHttp.ts';
import { utf8ByteLength } from '../text.ts';

const FORMAT = 'a request from a server log';
const LOGGED_REQUEST_LINE = /^(.*?[\s\]|:>-])?((?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) (?:\/\S*|https?:\/\/\S+) HTTP\/\d(?:\.\d)?)\s*$/;

const fail = (what: string): ParseRequestResult => parseFailure(`This looks like ${FORMAT}, but ${what}.`);

export function looksLikeServerLog(text: string): boolean {
  return text.split('\n', 200).some((line) => LOGGED_REQUEST_LINE.test(line.replace(/\r$/, '')));
}

/** A regular expression for lines that begin like `prefix`, digits free to differ. */
function prefixPattern(prefix: string): RegExp {
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\d+/g, '\\d+');
  return new RegExp(`^${escaped}`);
}

export function parseServerLog(text: string): ParseRequestResult {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  const start = lines.findIndex((line) => LOGGED_REQUEST_LINE.test(line.replace(/\r$/, '')));
  if (start < 0) return fail('no line holds a request line such as POST /api/v1/external/messages/text HTTP/1.1');
  const [, prefix = '', requestLine = ''] = LOGGED_REQUEST_LINE.exec((lines[start] as string).replace(/\r$/, '')) ?? [];
  const pattern = prefix.trim() === '' ? undefined : prefixPattern(prefix);
  const rest = lines.slice(start + 1).map((line) => (pattern ? line.replace(pattern, '') : line));
  const parsed = parseRawHttp([requestLine, ...rest].join('\n'));
  if (!parsed.ok) return fail(parsed.error.message.replace(/^./, (c) => c.toLowerCase()).replace(/\.$/, ''));
  const declared = parsed.request.headers.find(([name]) => name.toLowerCase() === 'content-length')?.[1];
  const body = parsed.request.body;
  if (body !== undefined && declared !== undefined && /^\d+$/.test(declared) && utf8ByteLength(body) > Number(declared)) {
    const bytes = new TextEncoder().encode(body);
    const kept = new TextDecoder().decode(bytes.slice(0, Number(declared)));
    if (/^\r?\n/.test(body.slice(kept.length))) {
      const warnings = parsed.warnings.filter((warning) => !warning.startsWith('Content-Length says'));
      warnings.push(`The body was cut at Content-Length (${declared} bytes); the lines after it were read as the log's next entries.`);
      return { ok: true, request: { ...parsed.request, body: kept }, warnings };
    }
  }
  return parsed;
}
