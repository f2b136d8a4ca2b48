/**
 * A request read from `curl -v` output: the `> ` lines are what curl sent (request line, headers, the blank line that
 * ends them); `*` (curl's notes), `<` (the response) and `{ [` / `} [` (data markers) lines are skipped. curl -v never
 * prints the body it sends, so a body is taken only from plain lines pasted between the `> ` lines and the response.
 */
import { parseFailure, type ParseRequestResult } from '../parsedRequest.ts';
import { parseRawHttp } from '../rawHttp.ts';

const FORMAT = 'curl -v output';
const SENT_REQUEST_LINE = /^> [A-Z]+ \S+ HTTP\/\d(\.\d)?\r?$/m;
const MARKER = /^(\*|<|\{ \[|\} \[|\s*% Total|\s*Dload|\s*\d+\s+\d+)/;

const fail = (what: string): ParseRequestResult => parseFailure(`This looks like ${FORMAT}, but ${what}.`);

export function looksLikeCurlVerbose(text: string): boolean {
  return SENT_REQUEST_LINE.test(text);
}

export function parseCurlVerbose(text: string): ParseRequestResult {
  const lines = text.replace(/^\uFEFF/, '').split('\n').map((line) => line.replace(/\r$/, ''));
  const start = lines.findIndex((line) => /^> [A-Z]+ \S+ HTTP\/\d(\.\d)?$/.test(line));
  if (start < 0) return fail('it has no "> METHOD /path HTTP/1.1" line, so the request is not in it');
  const head: string[] = [];
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line === '>' || line === '> ') break;
    if (!line.startsWith('> ')) {
      if (MARKER.test(line)) continue;
      break;
    }
    head.push(line.slice(2));
  }
  const bodyLines: string[] = [];
  for (i++; i < lines.length; i++) {
    const line = lines[i] as string;
    if (/^(<|\* upload|\* We are completely uploaded|\* Mark bundle|\* Connection|\* HTTP)/.test(line)) break;
    if (!MARKER.test(line)) bodyLines.push(line);
  }
  const body = bodyLines.join('\n');
  const parsed = parseRawHttp(`${head.join('\r\n')}\r\n\r\n${body}`);
  if (!parsed.ok) return fail(parsed.error.message.replace(/^./, (c) => c.toLowerCase()).replace(/\.$/, ''));
  const length = parsed.request.headers.find(([name]) => name.toLowerCase() === 'content-length')?.[1];
  if (body === '' && length !== undefined && Number(length) > 0) {
    return fail(`it does not show the body: curl -v prints the headers it sent (Content-Length: ${length}) but never the body. `
      + 'Paste the curl command itself, or add the body on the lines after the last "> " line');
  }
  return parsed;
}
