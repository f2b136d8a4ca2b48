/**
 * Form bodies read back into the data they encode (MISMATCHES.md A11): a client that signed the JSON of its data but
 * handed the data itself to its HTTP library sent a form — PHP `CURLOPT_POSTFIELDS` with an array (multipart/form-data)
 * or `http_build_query` (urlencoded), Python `requests.post(data=dict)` (urlencoded). The diagnoser decodes the form and
 * re-serializes the fields as JSON to find what was signed.
 */
import type { JsonValue } from './jsonValue.ts';

export type FormFields = Array<[name: string, value: string]>;

/** `application/x-www-form-urlencoded` (WHATWG): `+` is a space, `%XX` bytes are UTF-8. */
function formDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/** The fields of an urlencoded body, or undefined when the body does not look like one (JSON, text, whitespace). */
export function parseUrlencodedForm(body: string): FormFields | undefined {
  if (!/^[^=&\s{}[\]"]+=[^\s]*$/.test(body)) return undefined;
  const fields: FormFields = [];
  for (const pair of body.split('&')) {
    if (pair === '') continue;
    const at = pair.indexOf('=');
    const [name, value] = at < 0 ? [formDecode(pair), ''] : [formDecode(pair.slice(0, at)), formDecode(pair.slice(at + 1))];
    if (name === undefined || value === undefined || name === '') return undefined;
    fields.push([name, value]);
  }
  return fields.length > 0 ? fields : undefined;
}

/**
 * The fields of a multipart/form-data body (RFC 7578) as libcurl and requests write it: `--boundary` CRLF, part headers
 * with `Content-Disposition: form-data; name="…"`, a blank line, the value, CRLF; closed by `--boundary--`. Undefined
 * when the body is not one.
 */
export function parseMultipartForm(body: string): FormFields | undefined {
  const boundary = /^--([^\r\n]{1,200})\r\n/.exec(body)?.[1];
  if (boundary === undefined) return undefined;
  const close = `\r\n--${boundary}--`;
  const end = body.indexOf(close);
  if (end < 0) return undefined;
  const fields: FormFields = [];
  for (const part of body.slice(boundary.length + 4, end).split(`\r\n--${boundary}\r\n`)) {
    const split = part.indexOf('\r\n\r\n');
    if (split < 0) return undefined;
    const name = /^content-disposition:\s*form-data;\s*name="([^"]*)"/im.exec(part.slice(0, split))?.[1];
    if (name === undefined) return undefined;
    fields.push([name, part.slice(split + 4)]);
  }
  return fields;
}

export type FieldTyping = 'strings' | 'scalars';

const NUMBER = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$/;

/** A form value as the data it came from: every form value is a string; `scalars` reads numbers and booleans back. */
function leaf(value: string, typing: FieldTyping): JsonValue {
  if (typing === 'scalars') {
    if (NUMBER.test(value)) return { kind: 'number', lexeme: value };
    // Python writes True/False; PHP writes 1 and nothing, which cannot be told from a number and an empty string.
    if (value === 'True' || value === 'true') return { kind: 'bool', value: true };
    if (value === 'False' || value === 'false') return { kind: 'bool', value: false };
  }
  return { kind: 'string', value };
}

type Tree = { kind: 'object'; entries: Array<[string, JsonValue]> } | { kind: 'array'; items: JsonValue[] };

/**
 * The fields as JSON data, in their order: `a[b]=1` and `a[0]=x` / `a[]=x` (PHP's http_build_query nesting) become
 * nested objects and arrays; a repeated plain name keeps its last value, as PHP's `$_POST` does.
 */
export function formFieldsToJson(fields: FormFields, typing: FieldTyping): JsonValue {
  const root: Tree = { kind: 'object', entries: [] };
  for (const [name, value] of fields) {
    const path = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(name);
    const keys = path === null ? [name] : [path[1] ?? name, ...[...(path[2] ?? '').matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1] ?? '')];
    let node: Tree = root;
    keys.forEach((key, i) => {
      const last = i === keys.length - 1;
      const nextIsIndex = !last && /^\d*$/.test(keys[i + 1] ?? '');
      const make = (): JsonValue => (last ? leaf(value, typing) : nextIsIndex ? { kind: 'array', items: [] } : { kind: 'object', entries: [] });
      if (node.kind === 'array') {
        const index = key === '' ? node.items.length : Math.min(Number(key), node.items.length);
        const existing = node.items[index];
        const child = last || existing === undefined || (existing.kind !== 'object' && existing.kind !== 'array') ? make() : existing;
        node.items[index] = child;
        if (!last) node = child as Tree;
        return;
      }
      const at = node.entries.findIndex(([k]) => k === key);
      const existing = at < 0 ? undefined : node.entries[at]?.[1];
      const child = last || existing === undefined || (existing.kind !== 'object' && existing.kind !== 'array') ? make() : existing;
      if (at < 0) node.entries.push([key, child]);
      else node.entries[at] = [key, child];
      if (!last) node = child as Tree;
    });
  }
  return root;
}

/** The fields as a person reads them: `to = "+1", message = "Hi"`. */
export function describeFields(fields: FormFields): string {
  return fields.map(([name, value]) => `${name} = ${JSON.stringify(value)}`).join(', ');
}
