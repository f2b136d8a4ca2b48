/**
 * A lossless JSON tree and its parser. The diagnoser re-emits a received body under other serializers' rules, so
 * the tree keeps everything `JSON.parse` throws away: key order, duplicate keys, and each number's exact lexeme
 * (`1.0`, `1e21` and `12345678901234567890` must stay what they were until a dialect decides how to print them).
 * Strings are decoded; a `\ud800` escape decodes to a lone surrogate, which each dialect then handles its own way.
 */

export type JsonValue =
  | { kind: 'null' }
  | { kind: 'bool'; value: boolean }
  | { kind: 'number'; lexeme: string }
  | { kind: 'string'; value: string }
  | { kind: 'array'; items: JsonValue[] }
  | { kind: 'object'; entries: Array<[key: string, value: JsonValue]> };

export type ParseResult =
  | { ok: true; value: JsonValue }
  | { ok: false; error: { field: 'body'; message: string; offset: number } };

/** Deeper nesting is refused rather than risking the call stack; RFC 8259 §9 lets parsers limit depth. */
export const MAX_NESTING = 1000;

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t',
};
const VALUE_START = 'a JSON value (object, array, string, number, true, false or null)';

/** What the text holds at `offset`, for error messages: a quoted character, a code point, or the end. */
function describeAt(text: string, offset: number): string {
  if (offset >= text.length) return 'end of input';
  const codePoint = text.codePointAt(offset) ?? 0;
  if (codePoint === 0xfeff) return 'a byte order mark (U+FEFF)';
  const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  if (codePoint < 0x20 || codePoint === 0x7f || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return hex;
  return `'${String.fromCodePoint(codePoint)}' (${hex})`;
}

/**
 * Parses RFC 8259 JSON text without losing key order, duplicate keys or number lexemes. Never throws: a syntax error
 * comes back as `{ ok: false, error: { field: 'body', message, offset } }`, where `offset` is the UTF-16 index in
 * `text` and the message says what was expected there and what was found. No byte order mark is accepted.
 */
export function parseJsonLossless(text: string): ParseResult {
  let pos = 0;
  let failure: { message: string; offset: number } | undefined;

  const fail = (expected: string, offset = pos): undefined => {
    failure ??= { message: `Expected ${expected} at offset ${offset}, found ${describeAt(text, offset)}`, offset };
    return undefined;
  };
  const skipWhitespace = () => {
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break;
      pos++;
    }
  };

  const parseString = (): string | undefined => {
    pos++; // opening quote
    let out = '';
    let runStart = pos;
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (c === 0x22) {
        out += text.slice(runStart, pos++);
        return out;
      }
      if (c < 0x20) return fail(`an escape such as \\u${c.toString(16).padStart(4, '0')} (control characters must be escaped in strings)`);
      if (c !== 0x5c) {
        pos++;
        continue;
      }
      out += text.slice(runStart, pos);
      const escape = text[pos + 1];
      if (escape === 'u') {
        const hex = text.slice(pos + 2, pos + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) return fail('four hex digits after \\u', pos + 2);
        out += String.fromCharCode(parseInt(hex, 16));
        pos += 6;
      } else if (escape !== undefined && escape in SHORT_ESCAPES) {
        out += SHORT_ESCAPES[escape];
        pos += 2;
      } else {
        return fail('an escape (\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX) after the backslash', pos + 1);
      }
      runStart = pos;
    }
    return fail("a closing '\"' for the string");
  };

  const parseNumber = (): JsonValue | undefined => {
    NUMBER.lastIndex = pos;
    const match = NUMBER.exec(text);
    if (!match) return fail('a digit after the minus sign', pos + 1);
    const lexeme = match[0];
    const end = pos + lexeme.length;
    const next = text[end];
    if (next !== undefined && /[0-9]/.test(next) && /^-?0$/.test(lexeme)) {
      return fail("'.', 'e' or the end of the number (JSON numbers have no leading zeros)", end);
    }
    // A '.' or 'e' the pattern did not take is a fraction or exponent with no digits (`1.`, `1e+`); after a
    // complete fraction or exponent (`1.5.3`, `1e5e3`) it is the caller's "what may follow a value" error.
    if (next === '.' && !/[.eE]/.test(lexeme)) return fail('a digit after the decimal point', end + 1);
    if ((next === 'e' || next === 'E') && !/[eE]/.test(lexeme)) {
      return fail('a digit in the exponent', /[+-]/.test(text[end + 1] ?? '') ? end + 2 : end + 1);
    }
    pos = end;
    return { kind: 'number', lexeme };
  };

  const parseLiteral = (word: 'true' | 'false' | 'null'): JsonValue | undefined => {
    if (!text.startsWith(word, pos)) return fail(`'${word}'`);
    pos += word.length;
    return word === 'null' ? { kind: 'null' } : { kind: 'bool', value: word === 'true' };
  };

  const parseArray = (depth: number): JsonValue | undefined => {
    pos++;
    const items: JsonValue[] = [];
    skipWhitespace();
    if (text[pos] === ']') {
      pos++;
      return { kind: 'array', items };
    }
    for (;;) {
      const item = parseValue(depth, items.length === 0 ? `${VALUE_START} or ']'` : VALUE_START);
      if (item === undefined) return undefined;
      items.push(item);
      skipWhitespace();
      if (text[pos] === ']') {
        pos++;
        return { kind: 'array', items };
      }
      if (text[pos] !== ',') return fail("',' or ']' after an array element");
      pos++;
    }
  };

  const parseObject = (depth: number): JsonValue | undefined => {
    pos++;
    const entries: Array<[string, JsonValue]> = [];
    skipWhitespace();
    if (text[pos] === '}') {
      pos++;
      return { kind: 'object', entries };
    }
    for (;;) {
      skipWhitespace();
      if (text[pos] !== '"') return fail(entries.length === 0 ? `a string key or '}'` : 'a string key after the comma');
      const key = parseString();
      if (key === undefined) return undefined;
      skipWhitespace();
      if (text[pos] !== ':') return fail("':' after the object key");
      pos++;
      const value = parseValue(depth, VALUE_START);
      if (value === undefined) return undefined;
      entries.push([key, value]);
      skipWhitespace();
      if (text[pos] === '}') {
        pos++;
        return { kind: 'object', entries };
      }
      if (text[pos] !== ',') return fail("',' or '}' after an object member");
      pos++;
    }
  };

  function parseValue(depth: number, expected: string): JsonValue | undefined {
    skipWhitespace();
    const c = text[pos];
    if (c === '{' || c === '[') {
      if (depth >= MAX_NESTING) return fail(`at most ${MAX_NESTING} levels of nesting`);
      return c === '{' ? parseObject(depth + 1) : parseArray(depth + 1);
    }
    if (c === '"') {
      const value = parseString();
      return value === undefined ? undefined : { kind: 'string', value };
    }
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return parseNumber();
    if (c === 't') return parseLiteral('true');
    if (c === 'f') return parseLiteral('false');
    if (c === 'n') return parseLiteral('null');
    return fail(expected);
  }

  const value = parseValue(0, VALUE_START);
  if (value !== undefined) {
    skipWhitespace();
    if (pos < text.length) fail('the end of input after the JSON value');
  }
  if (failure !== undefined || value === undefined) {
    const { message, offset } = failure ?? { message: `Expected ${VALUE_START} at offset 0`, offset: 0 };
    return { ok: false, error: { field: 'body', message, offset } };
  }
  return { ok: true, value };
}
