/**
 * A `fetch("url", { … })` call as DevTools write it with "Copy as fetch" and "Copy as fetch (Node.js)" (Chrome, Edge,
 * Firefox's `await fetch(…)`): the options object is read as data by a small literal reader, never evaluated, so a
 * body built by code (`JSON.stringify(…)`) is refused with what to paste instead.
 */
import { type ParsedRequest, parseFailure, type ParseRequestResult } from '../parsedRequest.ts';
import { type JsValue, readJsValue, skipSpace } from './jsLiteral.ts';
import { stringifyLiteralCall } from './stringifyLiteral.ts';

const FORMAT = 'a fetch call (Copy as fetch)';
const CALL = /^\s*(?:(?:const|let|var)\s+[\w$]+\s*=\s*)?(?:await\s+)?fetch\s*\(/;

const fail = (what: string): ParseRequestResult => parseFailure(`This looks like ${FORMAT}, but ${what}.`);

export function looksLikeFetch(text: string): boolean {
  return CALL.test(text.replace(/^\uFEFF/, ''));
}

function shown(value: JsValue): string {
  const source = value.kind === 'expression' ? value.source : value.kind;
  return source.length > 50 ? `${source.slice(0, 50)}…` : source;
}

function headersOf(value: JsValue | undefined): Array<[string, string]> | string {
  if (value === undefined || value.kind === 'undefined' || value.kind === 'null') return [];
  const pairs: Array<[string, JsValue]> = value.kind === 'object' ? value.entries : [];
  if (value.kind === 'array') {
    for (const item of value.items) {
      if (item.kind !== 'array' || item.items.length !== 2 || item.items[0]?.kind !== 'string') return 'its headers array is not a list of ["Name", "value"] pairs';
      pairs.push([item.items[0].value, item.items[1] as JsValue]);
    }
  } else if (value.kind !== 'object') return `its headers are ${shown(value)}, not an object literal`;
  const headers: Array<[string, string]> = [];
  for (const [name, header] of pairs) {
    if (header.kind === 'string') headers.push([name, header.value.trim()]);
    else if (header.kind === 'number' || header.kind === 'boolean') headers.push([name, header.source]);
    else return `the header ${name} is ${shown(header)}, which would have to be run to know its value`;
  }
  return headers;
}

/** The request a pasted fetch call makes, read as data. */
export function parseFetch(text: string): ParseRequestResult {
  const source = text.replace(/^\uFEFF/, '');
  const call = CALL.exec(source);
  if (!call) return fail('it does not start with fetch(');
  const cursor = { text: source, i: call[0].length };
  const url = readJsValue(cursor);
  if (!url.ok) return fail(url.message);
  if (url.value.kind !== 'string') return fail(`its URL is ${shown(url.value)}, not a string literal`);
  skipSpace(cursor);
  let options: JsValue | undefined;
  if (source[cursor.i] === ',') {
    cursor.i++;
    skipSpace(cursor);
    if (source[cursor.i] !== ')') {
      const read = readJsValue(cursor);
      if (!read.ok) return fail(read.message);
      options = read.value;
    }
  }
  if (options !== undefined && options.kind !== 'object') return fail(`its options are ${shown(options)}, not an object literal`);
  const option = (name: string) => options?.kind === 'object' ? options.entries.findLast(([key]) => key === name)?.[1] : undefined;
  const headers = headersOf(option('headers'));
  if (typeof headers === 'string') return fail(headers);
  const methodValue = option('method');
  if (methodValue !== undefined && methodValue.kind !== 'string') return fail(`its method is ${shown(methodValue)}, not a string`);
  const method = (methodValue?.value ?? 'GET').toUpperCase();
  const bodyValue = option('body');
  let body: string | undefined;
  const warnings: string[] = [];
  const stringified = bodyValue?.kind === 'expression' ? stringifyLiteralCall(bodyValue.source) : undefined;
  if (typeof stringified === 'string') {
    body = stringified;
    warnings.push('The body is JSON.stringify of a literal, so it was computed as JavaScript computes it (key order, numbers, escapes) — not run.');
  } else if (stringified !== undefined) return fail(stringified.message);
  else if (bodyValue?.kind === 'string') body = bodyValue.value;
  else if (bodyValue !== undefined && bodyValue.kind !== 'null' && bodyValue.kind !== 'undefined') {
    return fail(`its body is ${shown(bodyValue)}, code whose result is not written here. Copy the request again from the Network panel `
      + '(Copy as fetch writes the body as the string that was sent), or paste that string as the body');
  }
  if (body === undefined && !['GET', 'HEAD', 'DELETE', 'OPTIONS'].includes(method)) return fail('it has no body, so there is no body to check');
  const request: ParsedRequest = { method, url: url.value.value, headers, body };
  return { ok: true, request, warnings };
}
