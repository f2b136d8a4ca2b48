/**
 * The default string forms of a decoded body in Java and Ruby (MISMATCHES.md A12), what a client signs when it
 * formats the map instead of serializing it: Java `Map.toString()` (`{to=+1, message=Hi}`) and Ruby `Hash#inspect`
 * (`{"to"=>"+1"}` up to Ruby 3.3, `{"to" => "+1"}` from 3.4). Python's `str(dict)` is in pythonRepr.ts.
 */
import type { JsonValue } from './jsonValue.ts';
import { isSmallCanonicalInteger, jacksonNumber, pythonNumber } from './numberFormats.ts';
import { lastValueAtFirstPosition } from './objectMembers.ts';

type Entries = Array<[string, JsonValue]>;

/** Java `String.hashCode()`: s[0]·31^(n−1) + … over UTF-16 units, in 32-bit arithmetic. */
export function javaStringHash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}

/**
 * The iteration order of a `java.util.HashMap` filled with these keys in this order: by bucket
 * (`(h ^ h >>> 16) & (capacity − 1)`, the capacity doubling from 16 whenever the size passes 3/4 of it), and within a
 * bucket in insertion order (resizing keeps it). Buckets past 8 entries turn into trees; a body that collides that
 * much is not a body anyone signs.
 */
export function hashMapOrder(entries: Entries): Entries {
  let capacity = 16;
  while (entries.length > capacity * 0.75) capacity *= 2;
  const bucket = (key: string) => {
    const h = javaStringHash(key);
    return (h ^ (h >>> 16)) & (capacity - 1);
  };
  return entries.map((entry, index) => ({ entry, index, bucket: bucket(entry[0]) }))
    .sort((a, b) => a.bucket - b.bucket || a.index - b.index).map(({ entry }) => entry);
}

export type JavaMapOrder = 'hash' | 'insertion';

/**
 * `Map.toString()` of the body decoded by Jackson (`LinkedHashMap`, insertion order) or copied into a `HashMap`:
 * `{key=value, …}`, strings unquoted, lists as `[a, b]`, `null`, numbers as Jackson reads them (`1`, `1.0`, `1.0E21`).
 * Undefined for a body that is not an object or an array.
 */
export function javaMapToString(value: JsonValue, order: JavaMapOrder): string | undefined {
  if (value.kind !== 'object' && value.kind !== 'array') return undefined;
  const text = (node: JsonValue): string => {
    switch (node.kind) {
      case 'null':
        return 'null';
      case 'bool':
        return String(node.value);
      case 'number':
        return (jacksonNumber(node.lexeme) ?? node.lexeme).replace(/^"|"$/g, '');
      case 'string':
        return node.value;
      case 'array':
        return `[${node.items.map(text).join(', ')}]`;
      case 'object': {
        const entries = lastValueAtFirstPosition(node.entries);
        return `{${(order === 'hash' ? hashMapOrder(entries) : entries).map(([key, member]) => `${key}=${text(member)}`).join(', ')}}`;
      }
    }
  };
  return text(value);
}

const RUBY_ESCAPES: Readonly<Record<string, string>> = {
  '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\f': '\\f', '\v': '\\v', '\b': '\\b', '\u0007': '\\a', '\u001b': '\\e',
};

/** Ruby `String#inspect` of a UTF-8 string: short escapes, `\#` before `{ $ @`, other controls as `\uXXXX`. */
export function rubyInspectString(value: string): string {
  // Without a control, DEL, `"`, `\`, `#` or a surrogate, nothing is escaped: one native test instead of the loop below.
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (!/[\x00-\x1f"\\#\x7f\ud800-\udfff]/.test(value)) return `"${value}"`;
  let out = '"';
  const chars = [...value];
  chars.forEach((char, i) => {
    const code = char.codePointAt(0) ?? 0;
    const short = RUBY_ESCAPES[char];
    if (short !== undefined) out += short;
    else if (char === '#' && /^[{$@]$/.test(chars[i + 1] ?? '')) out += '\\#';
    else if (code < 0x20 || code === 0x7f || (code >= 0xd800 && code <= 0xdfff)) out += `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
    else out += char;
  });
  return `${out}"`;
}

/** Ruby `Float#to_s` from Python's repr, which shares its thresholds: `1e+16` → `1.0e+16`, `1e-05` → `1.0e-05`. */
function rubyNumber(lexeme: string): string {
  if (isSmallCanonicalInteger(lexeme)) return lexeme;
  if (/^-?\d+$/.test(lexeme)) return BigInt(lexeme).toString();
  const python = pythonNumber(lexeme) ?? lexeme;
  if (python === 'inf' || python === 'Infinity') return 'Infinity';
  if (python === '-inf' || python === '-Infinity') return '-Infinity';
  const exponent = /^(-?\d+)(\.\d+)?e([+-])(\d+)$/.exec(python);
  if (exponent !== null) return `${exponent[1]}${exponent[2] ?? '.0'}e${exponent[3]}${(exponent[4] ?? '').padStart(2, '0')}`;
  return python;
}

export type RubyVersion = '3.3' | '3.4';

/** `JSON.parse(body).inspect`: `{"to"=>"+1", "n"=>1, "x"=>nil}` (≤ 3.3) or `{"to" => "+1"}` (3.4). */
export function rubyInspect(value: JsonValue, version: RubyVersion): string | undefined {
  if (value.kind !== 'object' && value.kind !== 'array') return undefined;
  const arrow = version === '3.4' ? ' => ' : '=>';
  const text = (node: JsonValue): string => {
    switch (node.kind) {
      case 'null':
        return 'nil';
      case 'bool':
        return String(node.value);
      case 'number':
        return rubyNumber(node.lexeme);
      case 'string':
        return rubyInspectString(node.value);
      case 'array':
        return `[${node.items.map(text).join(', ')}]`;
      case 'object':
        return `{${lastValueAtFirstPosition(node.entries).map(([key, member]) => `${rubyInspectString(key)}${arrow}${text(member)}`).join(', ')}}`;
    }
  };
  return text(value);
}
