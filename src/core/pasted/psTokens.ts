/**
 * Just enough of PowerShell's tokenizer for a pasted Invoke-WebRequest: statements split at newlines and `;`,
 * backtick line continuations, `#` comments, bare words, string literals, `@{ key = value }` hashtables and one
 * `( … )` form — `[System.Text.Encoding]::UTF8.GetBytes("…")`, which DevTools write for a non-ASCII body. Nothing is
 * evaluated. No maintained PowerShell tokenizer exists for JavaScript (PowerShell's own is .NET), hence this one.
 */
import { isStringStart, readHereString, readPsString } from './psStrings.ts';

export type PsToken =
  | { kind: 'word'; text: string }
  | { kind: 'string'; value: string }
  | { kind: 'hash'; entries: Array<[string, string]> }
  | { kind: 'bytes'; value: string }
  /** Any other `( … )`: kept as source text, since knowing its value would mean running it. */
  | { kind: 'expression'; source: string };

export type PsTokensResult = { ok: true; statements: PsToken[][] } | { ok: false; message: string };

const GET_BYTES = /^\(\s*\[(?:System\.)?Text\.Encoding\]::UTF8\.GetBytes\(\s*/i;
const WORD_END = /[\s;|(){}"'`\u201c\u201d\u2018\u2019]/;

interface Cursor { text: string; i: number }

function skipBlank(cursor: Cursor, newlines: boolean): void {
  const { text } = cursor;
  while (cursor.i < text.length) {
    const char = text[cursor.i] as string;
    if (char === '`' && /^`\r?\n/.test(text.slice(cursor.i, cursor.i + 3))) cursor.i += text[cursor.i + 1] === '\r' ? 3 : 2;
    else if (char === '#') while (cursor.i < text.length && text[cursor.i] !== '\n') cursor.i++;
    else if (char === ' ' || char === '\t' || char === '\r' || (newlines && (char === '\n' || char === ';'))) cursor.i++;
    else break;
  }
}

function readWord(cursor: Cursor, stopAtEquals = false): string {
  const { text } = cursor;
  let word = '';
  while (cursor.i < text.length && !WORD_END.test(text[cursor.i] as string) && !(stopAtEquals && text[cursor.i] === '=')) word += text[cursor.i++];
  return word;
}

/** `@{ "k" = "v"; k2 = 'v' }`, entries in order; values may be strings or bare words. */
function readHash(cursor: Cursor): PsToken | string {
  cursor.i += 2;
  const entries: Array<[string, string]> = [];
  for (;;) {
    skipBlank(cursor, true);
    if (cursor.i >= cursor.text.length) return 'a @{ … } hashtable is not closed with }';
    if (cursor.text[cursor.i] === '}') {
      cursor.i++;
      return { kind: 'hash', entries };
    }
    const key = readScalar(cursor, true);
    if (typeof key !== 'string') return key.message;
    skipBlank(cursor, false);
    if (cursor.text[cursor.i] !== '=') return `the hashtable entry ${JSON.stringify(key)} has no = value`;
    cursor.i++;
    skipBlank(cursor, false);
    const value = readScalar(cursor);
    if (typeof value !== 'string') return value.message;
    entries.push([key, value]);
  }
}

function readScalar(cursor: Cursor, stopAtEquals = false): string | { message: string } {
  if (isStringStart(cursor.text[cursor.i])) {
    const read = readPsString(cursor.text, cursor.i);
    if (!read.ok) return { message: read.message };
    cursor.i = read.end;
    return read.value;
  }
  const word = readWord(cursor, stopAtEquals);
  return word === '' ? { message: `unexpected ${JSON.stringify(cursor.text[cursor.i])} where a value was expected` } : word;
}

/** `([System.Text.Encoding]::UTF8.GetBytes("…"))`: the string whose UTF-8 bytes are sent. */
function readParen(cursor: Cursor): PsToken | string {
  const head = GET_BYTES.exec(cursor.text.slice(cursor.i));
  if (!head || !isStringStart(cursor.text[cursor.i + head[0].length])) return readExpression(cursor);
  const read = readPsString(cursor.text, cursor.i + head[0].length);
  if (!read.ok) return read.message;
  const tail = /^\s*\)\s*\)/.exec(cursor.text.slice(read.end));
  if (!tail) return 'the GetBytes( … ) expression is not closed with ))';
  cursor.i = read.end + tail[0].length;
  return { kind: 'bytes', value: read.value };
}

/** A balanced `( … )`, strings inside skipped whole. */
function readExpression(cursor: Cursor): PsToken | string {
  const { text } = cursor;
  const start = cursor.i;
  let depth = 0;
  while (cursor.i < text.length) {
    const char = text[cursor.i] as string;
    if (isStringStart(char)) {
      const read = readPsString(text, cursor.i);
      cursor.i = read.ok ? read.end : cursor.i + 1;
      continue;
    }
    if (char === '(') depth++;
    if (char === ')' && --depth === 0) {
      cursor.i++;
      return { kind: 'expression', source: text.slice(start, cursor.i) };
    }
    cursor.i++;
  }
  return 'a ( … ) expression is not closed with )';
}

/** The statements of `text`, each a list of tokens; a `|` ends the script (what follows would need running). */
export function psTokens(text: string): PsTokensResult {
  const cursor: Cursor = { text, i: 0 };
  const statements: PsToken[][] = [];
  let current: PsToken[] = [];
  while (cursor.i < text.length) {
    skipBlank(cursor, false);
    const char = text[cursor.i];
    if (char === undefined) break;
    let token: PsToken | string;
    if (char === '\n' || char === ';') {
      cursor.i++;
      if (current.length > 0) statements.push(current);
      current = [];
      continue;
    } else if (char === '|') {
      break;
    } else if (isStringStart(char)) {
      const read = readPsString(text, cursor.i);
      if (!read.ok) return { ok: false, message: read.message };
      cursor.i = read.end;
      token = { kind: 'string', value: read.value };
    } else if (text.startsWith('@"', cursor.i) || text.startsWith("@'", cursor.i)) {
      const read = readHereString(text, cursor.i);
      if (!read.ok) return { ok: false, message: read.message };
      cursor.i = read.end;
      token = { kind: 'string', value: read.value };
    } else if (text.startsWith('@{', cursor.i)) {
      token = readHash(cursor);
    } else if (char === '(') {
      token = readParen(cursor);
    } else if (char === ')' || char === '{' || char === '}') {
      cursor.i++;
      token = { kind: 'word', text: char };
    } else {
      const word = readWord(cursor);
      if (word === '') return { ok: false, message: `the character ${JSON.stringify(char)} is not read here` };
      token = { kind: 'word', text: word };
    }
    if (typeof token === 'string') return { ok: false, message: token };
    current.push(token);
  }
  if (current.length > 0) statements.push(current);
  return { ok: true, statements };
}
