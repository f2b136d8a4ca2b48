/**
 * Python's `str(obj)` of a decoded body, what a client signs when it formats the dict instead of dumping JSON
 * (`f"{ts}.{body}"`, MISMATCHES.md A12): `{'a': 1, 'b': True, 'c': None}`.
 */
import { pythonDecodeFails } from './decodeFailures.ts';
import type { JsonValue } from './jsonValue.ts';
import { pythonNumber } from './numberFormats.ts';
import { lastValueAtFirstPosition } from './objectMembers.ts';

/**
 * Characters Python's `str.isprintable()` rejects, which repr escapes: controls, format characters, surrogates,
 * private use, unassigned, and separators other than the space. The Unicode version is the JS engine's; CPython
 * 3.11 uses Unicode 14, so a character assigned since then prints raw here and escaped there.
 */
const NOT_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}]|(?! )\p{Zs}/u;

function hexEscape(codePoint: number): string {
  if (codePoint < 0x100) return `\\x${codePoint.toString(16).padStart(2, '0')}`;
  if (codePoint < 0x10000) return `\\u${codePoint.toString(16).padStart(4, '0')}`;
  return `\\U${codePoint.toString(16).padStart(8, '0')}`;
}

/** Python `repr(s)`: single quotes unless the text has a `'` and no `"`; \t \n \r short; unprintables as \x, \u, \U. */
export function pythonReprString(value: string): string {
  const quote = pythonQuote(value);
  return quote + pythonEscape(value, quote) + quote;
}

/** The quote `repr` picks for `value`. */
export function pythonQuote(value: string): "'" | '"' {
  return value.includes("'") && !value.includes('"') ? '"' : "'";
}

/** The inside of `repr(value)` between quotes `quote`: for a caller showing only the start of a long string. */
export function pythonEscape(value: string, quote: "'" | '"'): string {
  // Printable ASCII without quotes or `\` is written as it is: one native test, where the loop below cost ~30 ms of a
  // 100 kB body's str(dict) in Chromium.
  if (!/[^\x20\x21\x23-\x26\x28-\x5b\x5d-\x7e]/.test(value)) return value;
  let out = '';
  for (const char of value) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (char === quote || char === '\\') out += `\\${char}`;
    else if (char === '\t') out += '\\t';
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (codePoint < 0x20 || codePoint === 0x7f || (codePoint > 0x7f && NOT_PRINTABLE.test(char))) out += hexEscape(codePoint);
    else out += char;
  }
  return out;
}

/**
 * `str(json.loads(body))` in CPython ≥ 3.11: dicts and lists with `, ` and `: `, `True`/`False`/`None`, floats as
 * repr (`1.0`, `1e+16`, `inf`), duplicate keys as the dict keeps them; a top-level string is itself, unquoted.
 * `undefined` when json.loads would refuse the body (an integer over 4300 digits).
 */
export function pythonReprDict(value: JsonValue): string | undefined {
  if (pythonDecodeFails(value)) return undefined;
  if (value.kind === 'string') return value.value;
  const repr = (node: JsonValue): string => {
    switch (node.kind) {
      case 'null':
        return 'None';
      case 'bool':
        return node.value ? 'True' : 'False';
      case 'number': {
        const text = pythonNumber(node.lexeme) ?? '';
        return text.endsWith('Infinity') ? text.replace('Infinity', 'inf') : text;
      }
      case 'string':
        return pythonReprString(node.value);
      case 'array':
        return `[${node.items.map(repr).join(', ')}]`;
      case 'object':
        return `{${lastValueAtFirstPosition(node.entries).map(([key, member]) => `${pythonReprString(key)}: ${repr(member)}`).join(', ')}}`;
    }
  };
  return repr(value);
}
