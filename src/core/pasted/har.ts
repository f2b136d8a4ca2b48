/**
 * A HAR 1.2 file (or one entry of it) as browser DevTools, Charles, Fiddler, mitmproxy, Proxyman and Postman export
 * it. The shape is checked with a zod schema (the `har-validator` package is deprecated and unmaintained); only the
 * fields a request needs are required, so each tool's extra fields pass. Entries without X-API-Signature are
 * skipped; when several carry one, the person chooses. `postData.text` is the body; with `encoding: "base64"` it is
 * decoded to its bytes, which are kept beside the UTF-8 text read from them.
 */
// zod/mini, as shareLink and draftStorage use: the classic zod API alone costs ~20 kB gzip of the first load.
import * as z from 'zod/mini';
import { fromBase64 } from '../encoding.ts';
import { type ParsedRequest, parseFailure, type ParseRequestResult } from '../parsedRequest.ts';

const FORMAT = 'a HAR file';
const fail = (what: string): ParseRequestResult => parseFailure(`This looks like ${FORMAT}, but ${what}.`);

const harRequest = z.object({
  method: z.string(),
  url: z.string(),
  headers: z.array(z.object({ name: z.string(), value: z.string() })),
  postData: z.optional(z.object({
    mimeType: z.optional(z.string()),
    text: z.optional(z.string()),
    encoding: z.optional(z.string()),
    params: z.optional(z.array(z.unknown())),
  })),
});
const harEntry = z.object({ startedDateTime: z.optional(z.string()), request: harRequest });
const harFile = z.object({ log: z.object({ entries: z.array(harEntry) }) });

type HarEntry = z.infer<typeof harEntry>;

/** One request of the file that carries a signature, as the chooser lists it. */
export interface HarChoice {
  /** The entry's index among the signed entries, which `parseHar` takes. */
  index: number;
  label: string;
}

export function looksLikeHar(text: string): boolean {
  return /^\s*\{/.test(text) && /"(log|request)"\s*:/.test(text.slice(0, 5000)) && /"(entries|method)"\s*:/.test(text);
}

/** zod/mini carries no English messages, so the sentence is built from the issue's own fields. */
function issueText(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'unknown';
  if (issue.code === 'invalid_type') return `expected ${issue.expected}`;
  return issue.code.replace(/_/g, ' ');
}

type EntriesRead = { ok: true; entries: HarEntry[] } | { ok: false; message: string };

function readEntries(text: string): EntriesRead {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, message: `it is not valid JSON (${(error as Error).message}). Export the HAR file again, or paste all of it` };
  }
  const file = harFile.safeParse(json);
  if (file.success) return { ok: true, entries: file.data.log.entries };
  const entry = harEntry.safeParse(json);
  if (entry.success) return { ok: true, entries: [entry.data] };
  const issue = file.error.issues[0];
  const where = issue ? issue.path.join('.') : '';
  return { ok: false, message: `${where === '' ? 'its top level' : `log.${where.replace(/^log\./, '')}`} is not what HAR 1.2 requires (${issueText(issue)}): `
    + 'a request needs method, url and headers [{ name, value }]' };
}

const isSigned = (entry: HarEntry) => entry.request.headers.some(({ name }) => name.toLowerCase() === 'x-api-signature');

function label(entry: HarEntry, index: number): string {
  const url = URL.canParse(entry.request.url) ? new URL(entry.request.url) : undefined;
  const time = entry.startedDateTime?.match(/T(\d\d:\d\d:\d\d)/)?.[1];
  return `${index + 1}. ${entry.request.method} ${url ? url.pathname + url.search : entry.request.url}${time ? ` at ${time}` : ''}`;
}

/** The signed requests of a HAR text to choose from; empty when it is not a HAR file or has fewer than two. */
export function harChoices(text: string): HarChoice[] {
  if (!looksLikeHar(text)) return [];
  const read = readEntries(text);
  if (!read.ok) return [];
  const signed = read.entries.filter(isSigned);
  return signed.length < 2 ? [] : signed.map((entry, index) => ({ index, label: label(entry, index) }));
}

function decodeBody(postData: NonNullable<HarEntry['request']['postData']>, warnings: string[]): { body: string; bytes?: Uint8Array } | string {
  const text = postData.text ?? '';
  if (postData.encoding === undefined || postData.encoding === '') return { body: text };
  if (postData.encoding.toLowerCase() !== 'base64') return `its body is stored with encoding "${postData.encoding}", which is not base64`;
  const bytes = fromBase64(text.replace(/\s+/g, ''));
  if (!bytes) return 'its body is marked base64 but is not valid base64';
  try {
    return { body: new TextDecoder('utf-8', { fatal: true }).decode(bytes), bytes };
  } catch {
    warnings.push('The body bytes are not valid UTF-8; bytes that are not were read as U+FFFD, so the signature cannot match them exactly.');
    return { body: new TextDecoder('utf-8', { fatal: false }).decode(bytes), bytes };
  }
}

/**
 * The request of a HAR text: its only entry with X-API-Signature, or the `choice`-th of several (see `harChoices`).
 * HTTP/2 pseudo-headers (`:method`, `:path`…) that Chrome records are left out.
 */
export function parseHar(text: string, choice?: number): ParseRequestResult {
  const read = readEntries(text);
  if (!read.ok) return fail(read.message);
  if (read.entries.length === 0) return fail('it holds no requests (log.entries is empty)');
  const signed = read.entries.filter(isSigned);
  if (signed.length === 0) {
    return fail(`none of its ${read.entries.length} request${read.entries.length === 1 ? '' : 's'} carries an X-API-Signature header, so there is no signature to diagnose`);
  }
  if (signed.length > 1 && (choice === undefined || signed[choice] === undefined)) {
    return fail(`${signed.length} of its requests carry an X-API-Signature header, and none is chosen. Choose one in "Request in the HAR file"`);
  }
  const entry = signed[signed.length === 1 ? 0 : (choice as number)] as HarEntry;
  const warnings: string[] = [];
  const { postData } = entry.request;
  if (postData && postData.text === undefined && (postData.params?.length ?? 0) > 0) {
    return fail('its body is stored only as form fields (postData.params), not as the text that was sent. Export it again with the body as text');
  }
  const decoded = postData?.text === undefined ? undefined : decodeBody(postData, warnings);
  if (typeof decoded === 'string') return fail(decoded);
  const headers = entry.request.headers.filter(({ name }) => !name.startsWith(':')).map(({ name, value }): [string, string] => [name, value.trim()]);
  const request: ParsedRequest = {
    method: entry.request.method.toUpperCase(), url: entry.request.url, headers, body: decoded?.body,
    ...(decoded?.bytes ? { bodyBytes: decoded.bytes } : {}),
  };
  return { ok: true, request, warnings };
}
