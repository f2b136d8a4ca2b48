/**
 * Reads JavaScript literals as data — strings ('…', "…", `…` without ${}), numbers, true/false/null/undefined, arrays
 * and objects with quoted or bare keys — the subset DevTools' "Copy as fetch" writes. It never evaluates anything:
 * an identifier or a call (`JSON.stringify(x)`) is reported as an expression with its source text.
 */

export type JsValue =
  | { kind: 'string'; value: string }
  | { kind: 'number' | 'boolean' | 'null' | 'undefined'; source: string }
  | { kind: 'array'; items: JsValue[] }
  | { kind: 'object'; entries: Array<[string, JsValue]> }
  | { kind: 'expression'; source: string };

export interface JsCursor { text: string; i: number }

export type JsRead = { ok: true; value: JsValue } | { ok: false; message: string };

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', '0': '\0' };

/** Skips whitespace and comments. */
export function skipSpace(cursor: JsCursor): void {
  for (;;) {
    const rest = cursor.text.slice(cursor.i, cursor.i + 2);
    if (/^\s/.test(rest)) cursor.i++;
    else if (rest === '//') while (cursor.i < cursor.text.length && cursor.text[cursor.i] !== '\n') cursor.i++;
    else if (rest === '/*') {
      const end = cursor.text.indexOf('*/', cursor.i + 2);
      cursor.i = end < 0 ? cursor.text.length : end + 2;
    } else return;
  }
}

function readString(cursor: JsCursor): JsRead {
  const { text } = cursor;
  const quote = text[cursor.i] as string;
  let value = '';
  for (let i = cursor.i + 1; i < text.length; i++) {
    const char = text[i] as string;
    if (char === quote) {
      cursor.i = i + 1;
      return { ok: true, value: { kind: 'string', value } };
    }
    if (quote === '`' && char === '$' && text[i + 1] === '{') return { ok: false, message: 'a template string holds ${…}, which would have to be run' };
    if ((char === '\n' || char === '\r') && quote !== '`') return { ok: false, message: 'a string runs past the end of its line' };
    if (char !== '\\') {
      value += char;
      continue;
    }
    const next = text[++i];
    if (next === undefined) break;
    if (next === 'x' || next === 'u') {
      const hex = next === 'x' ? /^[0-9a-fA-F]{2}/.exec(text.slice(i + 1)) : /^(?:[0-9a-fA-F]{4}|\{[0-9a-fA-F]{1,6}\})/.exec(text.slice(i + 1));
      const code = hex ? parseInt(hex[0].replace(/[{}]/g, ''), 16) : NaN;
      if (!hex || code > 0x10ffff) return { ok: false, message: `a \\${next} escape in a string is malformed` };
      value += String.fromCodePoint(code);
      i += hex[0].length;
    } else if (next === '\r' || next === '\n') {
      if (next === '\r' && text[i + 1] === '\n') i++; // a line continuation adds nothing
    } else {
      value += SIMPLE_ESCAPES[next] ?? next;
    }
  }
  return { ok: false, message: 'a string is not closed' };
}

/** An identifier, member access or call, kept as source: the text up to where the enclosing literal continues. */
function readExpression(cursor: JsCursor): JsValue {
  const { text } = cursor;
  const start = cursor.i;
  let depth = 0;
  while (cursor.i < text.length) {
    const char = text[cursor.i] as string;
    if (char === '"' || char === "'" || char === '`') {
      if (!readString(cursor).ok) cursor.i = text.length;
      continue;
    }
    if ('([{'.includes(char)) depth++;
    else if (')]}'.includes(char)) {
      if (depth === 0) break;
      depth--;
    } else if (char === ',' && depth === 0) break;
    cursor.i++;
  }
  return { kind: 'expression', source: text.slice(start, cursor.i).trim() };
}

function readKey(cursor: JsCursor): string | JsRead {
  const char = cursor.text[cursor.i];
  if (char === '"' || char === "'") {
    const read = readString(cursor);
    return read.ok && read.value.kind === 'string' ? read.value.value : read;
  }
  const bare = /^[A-Za-z_$][\w$]*|^\d+/.exec(cursor.text.slice(cursor.i));
  if (!bare) return { ok: false, message: `an object key was expected at ${JSON.stringify(cursor.text.slice(cursor.i, cursor.i + 20))}` };
  cursor.i += bare[0].length;
  return bare[0];
}

function readCollection(cursor: JsCursor, close: '}' | ']'): JsRead {
  cursor.i++;
  const entries: Array<[string, JsValue]> = [];
  const items: JsValue[] = [];
  for (;;) {
    skipSpace(cursor);
    if (cursor.text[cursor.i] === close) {
      cursor.i++;
      return { ok: true, value: close === '}' ? { kind: 'object', entries } : { kind: 'array', items } };
    }
    if (cursor.i >= cursor.text.length) return { ok: false, message: `a ${close === '}' ? '{' : '['} is not closed` };
    if (close === '}') {
      const key = readKey(cursor);
      if (typeof key !== 'string') return key;
      skipSpace(cursor);
      if (cursor.text[cursor.i] !== ':') return { ok: false, message: `the key ${JSON.stringify(key)} is not followed by :` };
      cursor.i++;
      const value = readJsValue(cursor);
      if (!value.ok) return value;
      entries.push([key, value.value]);
    } else {
      const value = readJsValue(cursor);
      if (!value.ok) return value;
      items.push(value.value);
    }
    skipSpace(cursor);
    if (cursor.text[cursor.i] === ',') cursor.i++;
    else if (cursor.text[cursor.i] !== close) return { ok: false, message: `a , or ${close} was expected at ${JSON.stringify(cursor.text.slice(cursor.i, cursor.i + 20))}` };
  }
}

/** The literal at the cursor, or an `expression` holding its source when it is not a literal. */
export function readJsValue(cursor: JsCursor): JsRead {
  skipSpace(cursor);
  const char = cursor.text[cursor.i];
  if (char === undefined) return { ok: false, message: 'the text ends where a value was expected' };
  if (char === '"' || char === "'" || char === '`') return readString(cursor);
  if (char === '{') return readCollection(cursor, '}');
  if (char === '[') return readCollection(cursor, ']');
  const word = /^(?:-?\d[\d._eE+-]*|true|false|null|undefined)(?![\w$.(])/.exec(cursor.text.slice(cursor.i));
  if (word) {
    cursor.i += word[0].length;
    const kind = word[0] === 'null' ? 'null' : word[0] === 'undefined' ? 'undefined' : /^[tf]/.test(word[0]) ? 'boolean' : 'number';
    return { ok: true, value: { kind, source: word[0] } };
  }
  return { ok: true, value: readExpression(cursor) };
}
