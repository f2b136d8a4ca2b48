/**
 * Whatever a person's tools give them, read as one request. The formats are tried in a fixed order, most specific
 * first, and the first whose shape the text has is the one it is read as — the parser of that format then either
 * reads it or says, naming the format, what is missing. Nothing is evaluated or run.
 */
import { parseCurl } from '../curl.ts';
import { type ParseRequestResult } from '../parsedRequest.ts';
import { parseRawHttp } from '../rawHttp.ts';
import { looksLikeCmdCurl, parseCmdCurl } from './cmdCurl.ts';
import { looksLikeCurlVerbose, parseCurlVerbose } from './curlVerbose.ts';
import { looksLikeFetch, parseFetch } from './fetch.ts';
import { looksLikeHar, parseHar } from './har.ts';
import { looksLikePowerShell, parsePowerShell } from './powershell.ts';
import { looksLikeServerLog, parseServerLog } from './serverLog.ts';

export type PastedFormat = 'har' | 'fetch' | 'powershell' | 'curl-cmd' | 'curl' | 'curl-verbose' | 'raw-http' | 'server-log';

/** How each format is named to the person, in the order they are tried. */
export const PASTED_FORMATS: ReadonlyArray<{ format: PastedFormat; name: string }> = [
  { format: 'har', name: 'a HAR file or one entry of it' },
  { format: 'fetch', name: 'a fetch call (Copy as fetch, Copy as fetch (Node.js))' },
  { format: 'powershell', name: 'a PowerShell command (Copy as PowerShell)' },
  { format: 'curl-cmd', name: 'a curl command for Windows cmd (Copy as cURL (cmd))' },
  { format: 'curl', name: 'a curl command for bash (Copy as cURL (bash))' },
  { format: 'curl-verbose', name: 'curl -v output (the > lines)' },
  { format: 'raw-http', name: 'a raw HTTP request' },
  { format: 'server-log', name: 'a request from a server log' },
];

const CURL_START = /^(\$\s+)?(?:\S*\/)?curl(\.exe)?(\s|$)/i;
const REQUEST_LINE = /^[A-Za-z]+ +(\/\S*|https?:\/\/\S+|\*|\S+ +HTTP\/\d(\.\d)?) *\r?$/;

/** The format `text` is taken for, or undefined when it has none of their shapes. */
export function detectFormat(text: string): PastedFormat | undefined {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  const firstLine = start.split('\n', 1)[0] ?? '';
  if (looksLikeHar(start)) return 'har';
  if (looksLikeFetch(start)) return 'fetch';
  if (looksLikePowerShell(start)) return 'powershell';
  if (looksLikeCmdCurl(start)) return 'curl-cmd';
  if (CURL_START.test(start)) return 'curl';
  if (REQUEST_LINE.test(firstLine)) return 'raw-http';
  if (looksLikeCurlVerbose(start)) return 'curl-verbose';
  if (looksLikeServerLog(start)) return 'server-log';
  return undefined;
}

export type PastedResult = ParseRequestResult & { format: PastedFormat | undefined };

function nameOf(format: PastedFormat): string {
  return PASTED_FORMATS.find((entry) => entry.format === format)?.name ?? format;
}

/** Says which format a refusal is about, when the parser's own sentence does not already. */
function naming(result: ParseRequestResult, format: PastedFormat): PastedResult {
  if (result.ok || result.error.message.startsWith('This looks like')) return { ...result, format };
  return { ok: false, error: { field: 'request', message: `Read as ${nameOf(format)}: ${result.error.message}` }, format };
}

/**
 * The request in a paste, whichever of the formats it is. `harChoice` picks among a HAR file's signed requests
 * (the index `harChoices` gives); without it, a file with several asks for one.
 */
export function parsePastedRequest(text: string, harChoice?: number): PastedResult {
  const format = detectFormat(text);
  const body = text.replace(/^\uFEFF/, '');
  switch (format) {
    case 'har': return naming(parseHar(body, harChoice), format);
    case 'fetch': return naming(parseFetch(body), format);
    case 'powershell': return naming(parsePowerShell(body), format);
    case 'curl-cmd': return naming(parseCmdCurl(body), format);
    case 'curl': return naming(parseCurl(body.trimStart()), format);
    case 'raw-http': return naming(parseRawHttp(body), format);
    case 'curl-verbose': return naming(parseCurlVerbose(body), format);
    case 'server-log': return naming(parseServerLog(body), format);
    case undefined: break;
  }
  const start = body.trimStart();
  if (start === '') return { ok: false, error: { field: 'request', message: 'Paste the failing request first: a curl command or a raw HTTP request.' }, format };
  const firstLine = start.split('\n', 1)[0] as string;
  const shown = firstLine.length > 60 ? `${firstLine.slice(0, 60)}…` : firstLine.trimEnd();
  return {
    ok: false,
    format,
    error: {
      field: 'request',
      message: `The text starts with "${shown}", which is none of the formats read here: ${PASTED_FORMATS.map((entry) => entry.name).join('; ')}. `
        + 'A raw request starts with a line such as "POST /api/v1/external/messages/text HTTP/1.1".',
    },
  };
}
