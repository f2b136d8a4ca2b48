/** Quoting text for a POSIX shell so that the program receives exactly these characters. */

/**
 * C0 controls other than LF, and DEL: bytes a terminal or an editor may alter or hide when pasted. (Only ASCII is
 * escaped: `\xHH` means a byte to bash but a code point to most readers of `$'…'`, so non-ASCII stays literal.)
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NEEDS_ANSI_C = /[\u0000-\u0009\u000b-\u001f\u007f]/;

const ANSI_C_ESCAPES: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * One shell word that bash turns back into exactly `text`. Plain text, newlines included, is single-quoted (`'` is
 * written `'\''`); text with other control characters is written as bash ANSI-C `$'…'` with `\r`, `\t`, `\xHH`
 * escapes, so no invisible byte has to survive a copy and paste. A NUL cannot be passed to a program at all.
 */
export function quoteForShell(text: string): string {
  if (!NEEDS_ANSI_C.test(text)) return `'${text.replaceAll("'", "'\\''")}'`;
  let out = "$'";
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    const escape = ANSI_C_ESCAPES[char];
    if (escape !== undefined) out += escape;
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += char;
  }
  return `${out}'`;
}

/** A shell word for text made only of characters that need no quoting (options, methods); quoted otherwise. */
export function shellWord(text: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(text) ? text : quoteForShell(text);
}
