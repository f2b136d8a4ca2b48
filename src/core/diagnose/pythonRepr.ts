/**
 * Python's `str(obj)` of what `json.loads(body)` returns — the text a client signs when it writes
 * `f"{ts}.{body}"` with a dict instead of `json.dumps(body)` (MISMATCHES.md A12).
 */
import type { JsonValue } from '../dialects/jsonValue.ts';
import { pythonNumber } from '../dialects/numberFormats.ts';
import { lastValueAtFirstPosition } from '../dialects/objectMembers.ts';

/** Python's `str.isprintable()` is false for Unicode categories C* and Z* except the plain space. */
const NOT_PRINTABLE = /[\p{C}\p{Z}]/u;

/** `repr(s)` for a Python 3 str: single quotes unless the text has `'` and no `"`. */
export function pythonStringRepr(value: string): string {
  const quote = value.includes("'") && !value.includes('"') ? '"' : "'";
  let out = quote;
  for (const char of value) {
    const cp = char.codePointAt(0) ?? 0;
    if (char === quote || char === '\\') out += `\\${char}`;
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    else if (char !== ' ' && NOT_PRINTABLE.test(char)) {
      if (cp <= 0xff) out += `\\x${cp.toString(16).padStart(2, '0')}`;
      else if (cp <= 0xffff) out += `\\u${cp.toString(16).padStart(4, '0')}`;
      else out += `\\U${cp.toString(16).padStart(8, '0')}`;
    } else out += char;
  }
  return out + quote;
}

/** `str(json.loads(text))` for the parsed value, or `undefined` where Python would fail (huge integers). */
export function pythonRepr(value: JsonValue): string | undefined {
  switch (value.kind) {
    case 'null': return 'None';
    case 'bool': return value.value ? 'True' : 'False';
    case 'number': {
      const text = pythonNumber(value.lexeme);
      return text === 'Infinity' ? 'inf' : text === '-Infinity' ? '-inf' : text;
    }
    case 'string': return pythonStringRepr(value.value);
    case 'array': {
      const items = value.items.map(pythonRepr);
      return items.some((item) => item === undefined) ? undefined : `[${items.join(', ')}]`;
    }
    case 'object': {
      const parts: string[] = [];
      for (const [key, member] of lastValueAtFirstPosition(value.entries)) {
        const text = pythonRepr(member);
        if (text === undefined) return undefined;
        parts.push(`${pythonStringRepr(key)}: ${text}`);
      }
      return `{${parts.join(', ')}}`;
    }
  }
}
