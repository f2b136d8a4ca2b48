/**
 * Pasted requests in, curl commands out. `parseCurl` reads a command as bash would split it and curl would send it;
 * `parseRawHttp` (rawHttp.ts) reads a request as it went over the wire; `parseFailingRequest` tells the two apart.
 * `toCurl` writes a request back as a command that sends exactly its bytes. None of them throws.
 */
import { requestFromCurlArgs } from './curlArgs.ts';
import { parseFailure, type ParsedRequest, type ParseRequestResult } from './parsedRequest.ts';
import { parseRawHttp } from './rawHttp.ts';
import { quoteForShell, shellWord } from './shellQuote.ts';
import { shellWords } from './shellWords.ts';

export { headerValue } from './parsedRequest.ts';
export type { ParsedRequest, ParseRequestResult } from './parsedRequest.ts';
export { parseRawHttp } from './rawHttp.ts';

const CURL_PROGRAM = /^(?:.*\/)?curl(?:\.exe)?$/i;
const REQUEST_LINE = /^[A-Za-z]+ +(\/\S*|https?:\/\/\S+|\*|\S+ +HTTP\/\d(\.\d)?) *\r?$/;

/** The request a curl command sends, with warnings for whatever bash or curl would do differently than it reads. */
export function parseCurl(command: string): ParseRequestResult {
  const split = shellWords(command);
  if (!split.ok) return parseFailure(split.message);
  const words = split.words[0] === '$' ? split.words.slice(1) : split.words; // a copied shell prompt
  if (words.length === 0) return parseFailure('The command is empty: paste a curl command such as curl -X POST \'https://…\' -H \'…\' --data-raw \'…\'.');
  if (!CURL_PROGRAM.test(words[0] as string)) {
    return parseFailure(`Expected a curl command, but it starts with "${words[0]}". Paste the curl command on its own (set variables first, in a separate line).`);
  }
  const parsed = requestFromCurlArgs(words.slice(1));
  return parsed.ok ? { ...parsed, warnings: [...split.warnings, ...parsed.warnings] } : parsed;
}

/**
 * A pasted failing request, whichever form it has: a curl command (first word `curl`) or a raw HTTP request
 * (first line `METHOD target HTTP/1.1`). Anything else gets a message saying which two forms are read.
 */
export function parseFailingRequest(text: string): ParseRequestResult {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  const firstLine = start.split('\n', 1)[0] ?? '';
  if (/^(\$\s+)?(?:\S*\/)?curl(\.exe)?(\s|$)/i.test(start)) return parseCurl(start);
  if (REQUEST_LINE.test(firstLine)) return parseRawHttp(text);
  if (start === '') return parseFailure('Paste the failing request: a curl command, or a raw HTTP request starting with a line such as POST /api/v1/external/messages/text HTTP/1.1.');
  const shown = firstLine.length > 60 ? `${firstLine.slice(0, 60)}…` : firstLine;
  return parseFailure(`Expected a curl command (starting with "curl") or a raw HTTP request (starting with a request line such as `
    + `"POST /api/v1/external/messages/text HTTP/1.1"), but the text starts with "${shown.trimEnd()}".`);
}

/**
 * A bash command, one option per line joined with `\`, that sends exactly `request`: every value single-quoted
 * (or `$'…'` when it holds control characters), the body with --data-binary (--data-raw when it starts with `@`,
 * which --data-binary would read as a file name), so curl strips and re-encodes nothing.
 */
export function toCurl(request: ParsedRequest): string {
  const lines = [`curl -X ${shellWord(request.method)} ${quoteForShell(request.url)}`];
  for (const [name, value] of request.headers) lines.push(`  -H ${quoteForShell(value === '' ? `${name};` : `${name}: ${value}`)}`);
  if (request.body !== undefined) {
    lines.push(`  ${request.body.startsWith('@') ? '--data-raw' : '--data-binary'} ${quoteForShell(request.body)}`);
  }
  return lines.join(' \\\n');
}
