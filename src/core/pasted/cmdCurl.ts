/**
 * A curl command written for Windows cmd.exe, as Chrome's and Firefox's DevTools write it with "Copy as cURL (cmd)":
 * every value in `^"…^"`, other characters escaped with `^` (`^{`, `^\^"`, `%^` before a letter), `^` + newline to
 * continue a line, and `^` + two newlines for a newline inside a value. cmd.exe removes the carets; the browsers
 * escaped `\` and `"` (Firefox also `` ` `` and `$`) with a backslash inside the quotes, and that is undone here, so
 * the request read is the one the browser sent.
 */
import { requestFromCurlArgs } from '../curlArgs.ts';
import { parseFailure, type ParseRequestResult } from '../parsedRequest.ts';

const FORMAT = 'a curl command for Windows cmd (Copy as cURL (cmd))';
const CURL_PROGRAM = /^(?:.*[\\/])?curl(?:\.exe)?$/i;

interface CmdChar { char: string; escaped: boolean }

/**
 * cmd.exe's first pass: `^x` is a literal x; `^` + newline joins lines. cmd.exe keeps carets inside a bare "…", but
 * both browsers mean every caret as an escape (Firefox leaves the `"` of `\"` bare), so all are read as escapes.
 */
function removeCarets(text: string): CmdChar[] | string {
  const out: CmdChar[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (char !== '^') {
      out.push({ char, escaped: false });
      continue;
    }
    let next = i + 1;
    if (text[next] === undefined) return `This looks like ${FORMAT}, but it ends with ^, so cmd.exe would wait for another line. Paste the whole command.`;
    const newline = text.startsWith('\r\n', next) ? 2 : text[next] === '\n' ? 1 : 0;
    if (newline > 0) {
      next += newline; // the line break goes; the character after it is taken literally
      const secondNewline = text.startsWith('\r\n', next) ? 2 : text[next] === '\n' ? 1 : 0;
      if (secondNewline > 0) {
        out.push({ char: '\n', escaped: true });
        i = next + secondNewline - 1;
        continue;
      }
      if (text[next] === undefined) break;
    }
    // After a continuation the next character is literal too, but a space there only separates words.
    out.push({ char: text[next] as string, escaped: newline === 0 || !/\s/.test(text[next] as string) });
    i = next;
  }
  return out;
}

const BACKSLASHED = new Set(['\\', '"', '`', '$', '[', ']', '{', '}']);

/** Argument words as the browsers quoted them: `"` opens and closes, a backslash escapes what they escaped. */
function splitWords(chars: CmdChar[], warnings: string[]): string[] | string {
  const words: string[] = [];
  let word: string | undefined;
  let quoted = false;
  let replaced = 0;
  for (let i = 0; i < chars.length; i++) {
    const { char, escaped } = chars[i] as CmdChar;
    const next = chars[i + 1]?.char;
    if (quoted && escaped && char === ' ') replaced++; // a space is never escaped: Chrome writes "^ " for a character beyond ASCII
    if (!quoted && /\s/.test(char)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (!quoted && !escaped && '&|<>'.includes(char)) {
      warnings.push(`Everything from the unescaped ${char} on was ignored: cmd.exe runs it as another command, so only the first curl command was read.`);
      break;
    } else if (char === '"') {
      quoted = !quoted;
      word ??= '';
    } else if (char === '\\' && next !== undefined && BACKSLASHED.has(next)) {
      word = (word ?? '') + next;
      i++;
    } else {
      word = (word ?? '') + char;
    }
  }
  if (quoted) return `This looks like ${FORMAT}, but a quoted value is not closed: a ^" is missing. Paste the whole command, up to its last line.`;
  if (replaced > 0) {
    return `This looks like ${FORMAT}, but the browser replaced ${replaced} character${replaced === 1 ? '' : 's'} beyond ASCII with a space `
      + '(written ^ followed by a space) when it wrote it, so its text is not what was sent. Copy the request as cURL (bash), as fetch, '
      + 'as PowerShell or as a HAR file instead: those keep every character.';
  }
  if (word !== undefined) words.push(word);
  return words;
}

/** Whether `text` is written for cmd.exe rather than bash: `^"` quoting or a line continued with `^`. */
export function looksLikeCmdCurl(text: string): boolean {
  // An argument that starts with ^" or a line that ends with " ^": a ^" inside a bash-quoted body is neither.
  return /^\s*(?:\S*[\\/])?curl(?:\.exe)?\s/i.test(text) && (/\s\^"/.test(text) || /\s\^\r?\n/.test(text));
}

/** The request a cmd.exe curl command describes, read as the browser that wrote it sent it. */
export function parseCmdCurl(text: string): ParseRequestResult {
  const chars = removeCarets(text.replace(/^\uFEFF/, '').trim());
  if (typeof chars === 'string') return parseFailure(chars);
  const warnings: string[] = [];
  const words = splitWords(chars, warnings);
  if (typeof words === 'string') return parseFailure(words);
  if (words.length === 0 || !CURL_PROGRAM.test(words[0] as string)) {
    return parseFailure(`This looks like ${FORMAT}, but it does not start with curl. Paste the curl command on its own.`);
  }
  const parsed = requestFromCurlArgs(words.slice(1));
  if (!parsed.ok) return parseFailure(`This looks like ${FORMAT}: ${parsed.error.message}`);
  if (words.some((word) => word.includes('\\'))) {
    warnings.push('The browser doubled every backslash when it wrote this cmd command; they were read back as single, as the browser sent '
      + 'them. Run in cmd.exe, curl would receive both (a backslash not before a quote stays doubled) and send a different body.');
  }
  return { ok: true, request: parsed.request, warnings: [...warnings, ...parsed.warnings] };
}
