/**
 * What curl would send for a list of argument words (after the program name): the options that shape the request
 * (-X, -H, the -d family, --json, -G, -I, --url) are applied as curl 7/8 applies them; output, TLS and logging
 * options are skipped with their arguments; anything that needs a file or the terminal is refused with a message.
 */
import { type ParsedRequest, parseFailure, type ParseRequestResult } from './parsedRequest.ts';

type DataKind = 'data' | 'binary' | 'raw' | 'json';

const DATA_OPTIONS: Record<string, DataKind> = {
  '-d': 'data', '--data': 'data', '--data-ascii': 'data', '--data-binary': 'binary', '--data-raw': 'raw', '--json': 'json',
};

/** Options that change nothing we compare, but take an argument that must not be read as the URL. */
const SKIPPED_WITH_ARGUMENT = new Set([
  '-o', '--output', '-u', '--user', '-A', '--user-agent', '-m', '--max-time', '--connect-timeout', '-e', '--referer',
  '-w', '--write-out', '-x', '--proxy', '-U', '--proxy-user', '--cacert', '--capath', '-E', '--cert', '--key',
  '--cert-type', '--key-type', '--pass', '-b', '--cookie', '-c', '--cookie-jar', '--retry', '--retry-delay',
  '--retry-max-time', '-r', '--range', '--resolve', '--connect-to', '--interface', '-D', '--dump-header',
  '--limit-rate', '-y', '--speed-time', '-Y', '--speed-limit', '-z', '--time-cond', '--max-redirs', '--trace',
  '--trace-ascii', '--stderr', '--oauth2-bearer', '--dns-servers', '--unix-socket', '--abstract-unix-socket',
  '--keepalive-time', '--expect100-timeout', '--output-dir', '--ciphers', '--tls-max', '--proto', '--proto-redir',
  '--max-filesize', '--netrc-file', '--local-port', '--noproxy', '--preproxy', '--aws-sigv4', '--sasl-authzid',
]);

/** Options without an argument; those not listed are skipped with a warning. */
const SKIPPED_FLAGS = new Set([
  '-s', '--silent', '-S', '--show-error', '-v', '--verbose', '-i', '--include', '-k', '--insecure', '-L', '--location',
  '--compressed', '-f', '--fail', '--fail-with-body', '-#', '--progress-bar', '-N', '--no-buffer', '-g', '--globoff',
  '-4', '--ipv4', '-6', '--ipv6', '--http1.0', '--http1.1', '--http2', '--http2-prior-knowledge', '--http3', '-0',
  '--no-keepalive', '--location-trusted', '-j', '--junk-session-cookies', '-O', '--remote-name', '-J',
  '--remote-header-name', '-R', '--remote-time', '-n', '--netrc', '--path-as-is', '--no-progress-meter', '--basic',
  '--digest', '--ntlm', '--anyauth', '--negotiate', '--fail-early', '--create-dirs', '--tcp-nodelay', '-q', '--disable',
  '--raw', '--ssl-reqd', '--tlsv1.2', '--tlsv1.3', '--styled-output', '--no-styled-output',
]);

const SHORT_WITH_ARGUMENT = new Set(['X', 'H', 'd', 'F', 'T', 'K', ...[...SKIPPED_WITH_ARGUMENT].filter((o) => o.length === 2).map((o) => o[1])]);

interface DataPart { kind: DataKind; text: string }

interface CurlState {
  method: string | undefined;
  urls: string[];
  headers: Array<[string, string]>;
  removedHeaders: Set<string>;
  data: DataPart[];
  get: boolean;
  head: boolean;
  warnings: string[];
}

/** Splits `-sSXPOST` into `-s -S -X POST`, as curl reads a cluster of short options. */
function expandShortCluster(word: string): string[] {
  const out: string[] = [];
  for (let i = 1; i < word.length; i++) {
    const letter = word[i] as string;
    out.push(`-${letter}`);
    if (SHORT_WITH_ARGUMENT.has(letter)) {
      if (i + 1 < word.length) out.push(word.slice(i + 1));
      break;
    }
  }
  return out;
}

function fileMessage(option: string, file: string): string {
  const source = file === '-' ? 'standard input' : `the file ${file}`;
  const stripping = option === '-d' || option === '--data' || option === '--data-ascii'
    ? ` Note that ${option} (unlike --data-binary) removes every CR and LF from what it reads, so the bytes sent may not be the file's.`
    : '';
  return `curl reads this body from ${source} (${option} @${file}) — paste the file's content instead, for example with --data-raw '…'.${stripping}`;
}

function addHeader(state: CurlState, header: string): string | undefined {
  if (header.startsWith('@')) return `curl reads headers from the file ${header.slice(1)} (-H @file) — paste them as -H 'Name: value' instead.`;
  const colon = header.indexOf(':');
  const semicolon = header.indexOf(';');
  if (colon > 0 && (semicolon < 0 || colon < semicolon)) {
    const name = header.slice(0, colon).trim();
    const value = header.slice(colon + 1).trim();
    if (value === '') state.removedHeaders.add(name.toLowerCase()); // `Name:` tells curl not to send its own
    else state.headers.push([name, value]);
  } else if (semicolon > 0 && header.slice(semicolon + 1).trim() === '') {
    state.headers.push([header.slice(0, semicolon).trim(), '']); // `Name;` sends the header with an empty value
  } else {
    state.warnings.push(`The header "${header}" has no "Name: value" colon; curl would not send it as a header, so it was ignored.`);
  }
  return undefined;
}

/** Applies one option; returns how many words it used (1 or 2), or an error message. */
function applyOption(state: CurlState, option: string, argument: string | undefined): number | string {
  const kind = DATA_OPTIONS[option];
  const needsArgument = option === '-X' || option === '--request' || option === '-H' || option === '--header'
    || option === '--url' || kind !== undefined || SKIPPED_WITH_ARGUMENT.has(option);
  if (needsArgument && argument === undefined) return `curl's ${option} option needs a value after it, and the command ends there.`;
  const value = argument as string;
  if (option === '-X' || option === '--request') state.method = value;
  else if (option === '-H' || option === '--header') return addHeader(state, value) ?? 2;
  else if (option === '--url') state.urls.push(value);
  else if (kind !== undefined) {
    if (kind !== 'raw' && value.startsWith('@')) return fileMessage(option, value.slice(1));
    state.data.push({ kind, text: value });
  } else if (option === '-G' || option === '--get') state.get = true;
  else if (option === '-I' || option === '--head') state.head = true;
  else if (option === '-F' || option === '--form' || option === '-T' || option === '--upload-file' || option === '--data-urlencode') {
    return `curl builds this body itself from ${option} (form fields, an uploaded file or URL-encoding), so the command does not `
      + 'show the bytes it sent. Paste the body as sent, for example with --data-raw \'…\'.';
  } else if (option === '-K' || option === '--config') return `curl reads more options from a config file (${option}); paste them into the command instead.`;
  else if (option === '-u' || option === '--user' || option === '--oauth2-bearer') {
    state.warnings.push(`${option} adds an Authorization header, which the Coext API does not use; it was ignored.`);
  } else if (!SKIPPED_WITH_ARGUMENT.has(option) && !SKIPPED_FLAGS.has(option)) {
    state.warnings.push(`Unknown curl option ${option} was ignored. If it takes a value, that value may have been read as the URL.`);
  }
  return SKIPPED_WITH_ARGUMENT.has(option) || needsArgument ? 2 : 1;
}

/** Joins data the way curl does: `&` between -d pieces, nothing between consecutive --json pieces. */
function joinData(parts: DataPart[]): string {
  return parts.reduce((joined, part, index) =>
    index === 0 ? part.text : joined + (part.kind === 'json' && parts[index - 1]?.kind === 'json' ? '' : '&') + part.text, '');
}

function withScheme(url: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `http://${url}`;
}

/** The request curl would send for `args` (the words after `curl`). */
export function requestFromCurlArgs(args: readonly string[]): ParseRequestResult {
  const state: CurlState = { method: undefined, urls: [], headers: [], removedHeaders: new Set(), data: [], get: false, head: false, warnings: [] };
  const words = [...args];
  for (let i = 0; i < words.length;) {
    const word = words[i] as string;
    if (/^-[^-]./.test(word)) {
      words.splice(i, 1, ...expandShortCluster(word)); // expanded here, not up front: an option's value may start with -
      continue;
    }
    if (!word.startsWith('-') || word === '-') {
      state.urls.push(word);
      i++;
      continue;
    }
    const used = applyOption(state, word, words[i + 1]);
    if (typeof used === 'string') return parseFailure(used);
    i += used;
  }
  return buildRequest(state);
}

function buildRequest(state: CurlState): ParseRequestResult {
  const { urls, data, warnings } = state;
  if (urls.length === 0) return parseFailure('This curl command has no URL: add the address to send to, for example https://your-domain.com/api/v1/external/templates.');
  if (urls.length > 1) {
    return parseFailure(`This curl command has ${urls.length} URLs (${urls.join(', ')}); curl would send one request to each. `
      + 'Keep only the request that failed — or, if one of them is the value of an option this explorer does not know, remove that option.');
  }
  if (state.head && data.length > 0 && !state.get) return parseFailure('curl refuses -I (a HEAD request) together with a body (-d): "You can only select one HTTP request method". Remove one of them.');
  let url = withScheme(urls[0] as string);
  let body: string | undefined = data.length > 0 ? joinData(data) : undefined;
  if (state.get && body !== undefined) {
    url += (url.includes('?') ? '&' : '?') + body; // -G sends the data as the query string
    body = undefined;
  }
  const method = state.method ?? (state.head ? 'HEAD' : body !== undefined ? 'POST' : 'GET');
  const headers = state.headers.filter(([name]) => !state.removedHeaders.has(name.toLowerCase()));
  const has = (name: string) => headers.some(([n]) => n.toLowerCase() === name.toLowerCase()) || state.removedHeaders.has(name.toLowerCase());
  if (data.some((part) => part.kind === 'json')) {
    if (!has('content-type')) headers.push(['Content-Type', 'application/json']);
    if (!has('accept')) headers.push(['Accept', 'application/json']);
  } else if (body !== undefined && !has('content-type')) {
    warnings.push('There is no Content-Type header, so curl sends the body as application/x-www-form-urlencoded. Add -H \'Content-Type: application/json\'.');
  }
  const request: ParsedRequest = { method, url, headers, body };
  return { ok: true, request, warnings };
}
