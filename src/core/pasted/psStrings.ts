/**
 * PowerShell string literals as DevTools and people write them: "…" with backtick escapes (`` `" `` `` `n `` `` `` ``…),
 * `""` for a quote and `$([char]233)` for a character outside printable ASCII; '…' with `''` for a quote. A `$name`
 * or any other `$(…)` inside "…" would run or expand something, so it is refused rather than guessed.
 */

export type StringRead = { ok: true; value: string; end: number } | { ok: false; message: string };

const BACKTICK: Record<string, string> = { '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };
const QUOTES_OPEN = '"\u201c\u201d\u201e';
const SINGLE_OPEN = "'\u2018\u2019\u201a\u201b";

const isQuote = (char: string | undefined, quotes: string) => char !== undefined && char !== '' && quotes.includes(char);

export function isStringStart(char: string | undefined): boolean {
  return char !== undefined && (QUOTES_OPEN.includes(char) || SINGLE_OPEN.includes(char));
}

/** Reads the string literal starting at `start` (its opening quote). */
export function readPsString(text: string, start: number): StringRead {
  const open = text[start] as string;
  return SINGLE_OPEN.includes(open) ? readSingle(text, start) : readDouble(text, start);
}

function readSingle(text: string, start: number): StringRead {
  let value = '';
  for (let i = start + 1; i < text.length; i++) {
    const char = text[i] as string;
    if (SINGLE_OPEN.includes(char)) {
      if (isQuote(text[i + 1], SINGLE_OPEN)) {
        value += char;
        i++;
        continue;
      }
      return { ok: true, value, end: i + 1 };
    }
    value += char;
  }
  return { ok: false, message: 'a single-quoted string is not closed' };
}

function readDouble(text: string, start: number): StringRead {
  return decodeDouble(text, start + 1, text.length, true);
}

/**
 * A here-string: `@"` or `@'`, a line break, the lines, and `"@` / `'@` at the start of a line. Its text keeps the
 * pasted line breaks (PowerShell keeps the script's); the double-quoted kind decodes escapes as "…" does.
 */
export function readHereString(text: string, start: number): StringRead {
  const open = /^@(["'])\r?\n/.exec(text.slice(start, start + 4));
  if (!open) return { ok: false, message: 'a here-string must have a line break right after its @" or @\'' };
  const quote = open[1] as string;
  const bodyStart = start + open[0].length;
  const found = new RegExp(`\\r?\\n${quote}@`).exec(text.slice(bodyStart));
  const closing = text.startsWith(`${quote}@`, bodyStart) ? { at: 0, width: 2 } : found ? { at: found.index, width: found[0].length } : undefined;
  if (!closing) return { ok: false, message: `a here-string is not closed with ${quote}@ at the start of a line` };
  const bodyEnd = bodyStart + closing.at;
  const end = bodyEnd + closing.width;
  if (quote === "'") return { ok: true, value: text.slice(bodyStart, bodyEnd), end };
  const decoded = decodeDouble(text, bodyStart, bodyEnd, false);
  return decoded.ok ? { ...decoded, end } : decoded;
}

/** The characters of a double-quoted string from `from` to `to`; with `closes`, a lone `"` ends it. */
function decodeDouble(text: string, from: number, to: number, closes: boolean): StringRead {
  let value = '';
  for (let i = from; i < to; i++) {
    const char = text[i] as string;
    if (char === '`') {
      const next = text[i + 1];
      if (next === undefined) break;
      if (next === 'u' && text[i + 2] === '{') {
        const close = text.indexOf('}', i + 3);
        const code = close < 0 ? NaN : parseInt(text.slice(i + 3, close), 16);
        if (!Number.isInteger(code) || code > 0x10ffff) return { ok: false, message: 'a `u{…} escape is not a valid code point' };
        value += String.fromCodePoint(code);
        i = close;
        continue;
      }
      value += BACKTICK[next] ?? next;
      i++;
    } else if (closes && QUOTES_OPEN.includes(char)) {
      if (isQuote(text[i + 1], QUOTES_OPEN)) {
        value += char;
        i++;
        continue;
      }
      return { ok: true, value, end: i + 1 };
    } else if (char === '$') {
      const charCode = /^\$\(\[char\]\s*(\d{1,5})\)/i.exec(text.slice(i, i + 20));
      if (charCode) {
        const code = Number(charCode[1]);
        if (code > 0xffff) return { ok: false, message: `$([char]${code}) is beyond a UTF-16 code unit` };
        value += String.fromCharCode(code); // DevTools writes one per UTF-16 unit, so pairs rebuild emoji
        i += charCode[0].length - 1;
        continue;
      }
      const name = /^\$(\{[^}]*\}|[A-Za-z_][\w:]*|\(|[?^$])/.exec(text.slice(i, i + 200));
      if (name) {
        return { ok: false, message: `the double-quoted string holds ${name[1] === '(' ? 'a $(…) subexpression' : `the variable $${name[1]}`}, `
          + 'which PowerShell would replace by a value this explorer cannot know. Paste the command with the value written out '
          + '(or escape the $ as `$)' };
      }
      value += char;
    } else {
      value += char;
    }
  }
  return closes ? { ok: false, message: 'a double-quoted string is not closed' } : { ok: true, value, end: to };
}
