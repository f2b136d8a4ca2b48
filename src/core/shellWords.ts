/**
 * Splits a pasted shell command into the argument words a POSIX shell (bash) would pass to the program. The word
 * splitting and unquoting — '…', "…", $'…', backslashes — is the `shell-quote` package's; this module first walks
 * the text once for what that package does not do as bash does: `\`+newline continuations, comments, newlines
 * that end the command, unterminated quotes, and text written for Windows shells. Nothing is expanded or run:
 * `$VAR` keeps its text, with a warning.
 */
import { parse } from 'shell-quote';

export type ShellWordsResult = { ok: true; words: string[]; warnings: string[] } | { ok: false; message: string };

type Quote = 'none' | 'single' | 'double' | 'ansi';

const QUOTE_NAMES: Record<Exclude<Quote, 'none'>, string> = { single: "'", double: '"', ansi: "$'" };

/** Whether the next line (after blank lines) starts like the rest of a curl command: an option or the URL. */
function continuesCommand(rest: string): boolean {
  return /^\s*(-|'|"|\$'|https?:)/.test(rest);
}

interface Prepared {
  text: string;
  warnings: string[];
  error?: string;
}

/** One pass over the characters, tracking quotes; see the module comment for what it rewrites and refuses. */
function prepare(input: string): Prepared {
  const warnings: string[] = [];
  const joinedLines: number[] = [];
  let out = '';
  let quote: Quote = 'none';
  let quoteLine = 1;
  let line = 1;
  let closedDouble = false;
  const fail = (error: string): Prepared => ({ text: '', warnings, error });

  for (let i = 0; i < input.length; i++) {
    const c = input[i] as string;
    const next = input[i + 1];
    const justClosedDouble = closedDouble;
    closedDouble = false;
    if (c === '\n') line++;
    if (quote === 'single') {
      if (c === "'") quote = 'none';
      out += c;
    } else if (quote === 'ansi') {
      if (c === '\\' && next !== undefined) {
        out += c + next;
        if (next === '\n') line++;
        i++;
      } else {
        if (c === "'") quote = 'none';
        out += c;
      }
    } else if (c === '\\' && (next === '\n' || (next === '\r' && input[i + 2] === '\n'))) {
      i += next === '\r' ? 2 : 1; // a line continuation, inside double quotes too
      line++;
    } else if (c === '\\' && next !== undefined) {
      out += c + next;
      i++;
    } else if (quote === 'double') {
      if (c === '"') {
        quote = 'none';
        closedDouble = out.at(-1) !== '"';
      } else if (c === '`' || (c === '$' && next === '(')) warnings.push(commandSubstitutionWarning(line));
      out += c;
    } else if (c === '"') {
      if (justClosedDouble) {
        return fail('This looks like a Windows cmd.exe command: "" inside a double-quoted string is how cmd.exe writes a quote, '
          + 'but a POSIX shell ends the string there and the body loses its quotes. Paste the command as bash would run it '
          + "(in the browser's developer tools: Copy as cURL (bash)).");
      }
      quote = 'double';
      quoteLine = line;
      out += c;
    } else if (c === "'") {
      quote = input[i - 1] === '$' && out.at(-1) === '$' ? 'ansi' : 'single';
      quoteLine = line;
      out += c;
    } else if (c === '#' && (out === '' || /\s/.test(out.at(-1) as string))) {
      while (i + 1 < input.length && input[i + 1] !== '\n') i++; // a comment runs to the end of its line
    } else if (c === '#') {
      out += '\\#'; // mid-word `#` is literal in bash; shell-quote would start a comment
    } else if (c === '`' || (c === '$' && next === '(')) {
      warnings.push(commandSubstitutionWarning(line));
      out += c;
    } else if (c === '\r' && next === '\n') {
      continue; // Windows line endings outside quotes: the newline that follows counts
    } else if (c === '\n') {
      const lineText = out.slice(out.lastIndexOf('\n') + 1).trimEnd();
      if (lineText.endsWith('^')) {
        return fail('This is a Windows cmd.exe command: it continues lines with ^, which a POSIX shell does not. '
          + 'Paste it as bash would run it, with \\ at the end of each continued line '
          + "(in the browser's developer tools: Copy as cURL (bash)).");
      }
      if (lineText.endsWith('`')) {
        return fail('This is a PowerShell command: it continues lines with a backtick, which a POSIX shell does not. '
          + 'Paste it as bash would run it, with \\ at the end of each continued line.');
      }
      const rest = input.slice(i + 1);
      if (out.trim() === '' || rest.trim() === '') {
        out += ' ';
      } else if (continuesCommand(rest)) {
        joinedLines.push(line - 1);
        out += ' ';
      } else {
        warnings.push(`Line ${line - 1} ends the command (no \\ at its end), so everything from line ${line} on is another command and was ignored.`);
        break;
      }
    } else {
      out += c;
    }
  }
  if (quote !== 'none') {
    return fail(`The command has an unterminated ${QUOTE_NAMES[quote]} quote, opened on line ${quoteLine}: `
      + 'a shell would wait for more input. Paste the whole command, up to its closing quote.');
  }
  if (joinedLines.length > 0) {
    warnings.push(`Line${joinedLines.length > 1 ? 's' : ''} ${joinedLines.join(', ')} of the command end${joinedLines.length > 1 ? '' : 's'} `
      + 'without a \\, so a shell would run curl without the options on the following lines (a request with no headers '
      + 'or body) and then fail on each of those lines. They were read as one command, as intended: add \\ at the end '
      + 'of every line but the last.');
  }
  return { text: out, warnings };
}

function commandSubstitutionWarning(line: number): string {
  return `Line ${line} has a command substitution ($(…) or backticks) that a shell would run; it was kept as typed, not run.`;
}

/** The argument words of the first command in `command` (the program name included), or why there are none. */
export function shellWords(command: string): ShellWordsResult {
  const prepared = prepare(command);
  if (prepared.error !== undefined) return { ok: false, message: prepared.error };
  const warnings = [...new Set(prepared.warnings)];
  const variables = new Set<string>();
  let entries: ReturnType<typeof parse>;
  try {
    entries = parse(prepared.text, (name: string) => {
      if (name === '') return '$';
      variables.add(name);
      return prepared.text.includes(`\${${name}}`) ? `\${${name}}` : `$${name}`;
    });
  } catch (error) {
    return { ok: false, message: `The shell could not read this command: ${(error as Error).message}.` };
  }
  const words: string[] = [];
  for (const entry of entries) {
    if (typeof entry === 'string') words.push(entry);
    else if ('op' in entry && entry.op === 'glob') words.push(entry.pattern);
    else if ('op' in entry) {
      warnings.push(`Everything from \`${entry.op}\` on was ignored: only the curl command before it was read.`);
      break;
    } else break; // a comment: the scan above already dropped them, this is only a safeguard
  }
  for (const name of variables) {
    warnings.push(`$${name} was not expanded: a shell would put the variable's value there. Its text was kept as typed; `
      + 'paste the command with the value filled in (as sent) for an exact diagnosis.');
  }
  return { ok: true, words, warnings };
}
