/**
 * Body choices that come from re-serializing the parsed body under another serializer's rules (MISMATCHES.md A1,
 * A4, A15): what a client signs when it serializes once to sign and its HTTP library serializes again to send.
 */
import { utf8 } from '../encoding.ts';
import { dialectById, type DialectId } from '../dialects/dialects.ts';
import type { JsonValue } from '../dialects/jsonValue.ts';
import { isPlainBody, type OutputKey, outputKey, parseOutputKey, PLAIN_SAME_OUTPUT } from '../dialects/plainBody.ts';
import type { BodyChoice } from './choices.ts';
import type { CauseId } from './types.ts';

interface DialectRow {
  ids: CauseId[];
  dialect: DialectId;
  sortKeys?: boolean;
  prior: number;
}

function textChoice(ids: CauseId[], prior: number, label: string, text: string): BodyChoice {
  return { ids, deviations: 1, prior, label, bytes: utf8(text), text };
}

/** The rows mapping body ids onto dialects, most likely first. */
function dialectRows(sent: string): DialectRow[] {
  const phpIds: CauseId[] = [
    ...(sent.includes('/') ? (['body.php-escaped-slashes'] as const) : []),
    ...(/[\u0080-\uffff]/.test(sent) ? (['body.php-escaped-unicode'] as const) : []),
  ];
  return [
    { ids: ['body.reserialized'], dialect: 'js', prior: 1 },
    { ids: ['body.python-default'], dialect: 'python-default', prior: 2 },
    { ids: ['body.python-default'], dialect: 'python-default-unicode', prior: 3 },
    { ids: ['body.pretty'], dialect: 'js-pretty-2', prior: 4 },
    { ids: ['body.pretty'], dialect: 'js-pretty-4', prior: 4 },
    { ids: ['body.pretty'], dialect: 'python-indent-2', prior: 4.5 },
    { ids: ['body.pretty'], dialect: 'python-indent-4', prior: 4.5 },
    { ids: ['body.pretty'], dialect: 'js-pretty-tab', prior: 5 },
    { ids: ['body.pretty'], dialect: 'php-pretty', prior: 5 },
    { ids: ['body.python-ensure-ascii'], dialect: 'python-compact', prior: 5 },
    { ids: ['body.sorted-keys'], dialect: 'js', sortKeys: true, prior: 9 },
    { ids: ['body.php-escaped-slashes'], dialect: 'php-unescaped-unicode', prior: 10 },
    { ids: ['body.php-escaped-unicode'], dialect: 'php-unescaped-slashes', prior: 10 },
    { ids: phpIds.length > 0 ? phpIds : ['body.php-escaped-slashes'], dialect: 'php-default', prior: 10 },
    { ids: ['body.go-html-escape'], dialect: 'go', sortKeys: false, prior: 12 },
    { ids: ['body.go-html-escape'], dialect: 'go', sortKeys: true, prior: 12 },
    { ids: ['body.gson-escape'], dialect: 'gson', prior: 13 },
    { ids: ['body.dotnet-escape'], dialect: 'dotnet', prior: 13 },
    { ids: ['body.jackson-pretty'], dialect: 'jackson-pretty', prior: 14 },
  ];
}

/** Pretty forms whose every CR and LF removed gives the sent body: `curl -d @file` read a pretty file. */
function newlinesStrippedChoices(value: JsonValue, sent: string): BodyChoice[] {
  // A pretty form with its line breaks removed leaves an indentation run after the first `{` or `[` (or is empty).
  if (/[\r\n]/.test(sent) || !/^\s*[{[](?: {2}|\t|[}\]])/.test(sent)) return [];
  const pretty: DialectId[] = ['js-pretty-2', 'js-pretty-4', 'js-pretty-tab', 'python-indent-2', 'python-indent-4', 'php-pretty', 'jackson-pretty'];
  const out: BodyChoice[] = [];
  for (const id of pretty) {
    const lf = dialectById(id).serialize(value);
    if (lf === undefined || lf.replace(/\n/g, '') !== sent) continue;
    const label = `the pretty file (${dialectById(id).label})`;
    const crlf = lf.replace(/\n/g, '\r\n');
    out.push(textChoice(['body.newlines-stripped'], 6, `${label}, before curl -d removed its newlines`, lf));
    out.push(textChoice(['body.newlines-stripped'], 6.2, `${label} with a final newline`, `${lf}\n`));
    out.push(textChoice(['body.newlines-stripped'], 6.4, `${label} with CRLF line ends`, crlf));
    out.push(textChoice(['body.newlines-stripped'], 6.6, `${label} with CRLF line ends and a final CRLF`, `${crlf}\r\n`));
  }
  return out;
}

/**
 * JavaScript's own JSON.stringify of JSON.parse(sent): the JavaScript dialects by definition, ~20× faster than the
 * general emitter on a 100 kB body (3 against 60 ms), which a large body's search spends once per dialect.
 */
const NATIVE_INDENT: Partial<Record<DialectId, string>> = { js: '', 'js-pretty-2': '  ', 'js-pretty-4': '    ', 'js-pretty-tab': '\t' };

/** JSON.parse(sent) once for the four native dialects; `undefined` if it throws. */
function nativeParse(sent: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(sent) };
  } catch {
    return undefined;
  }
}

function nativeJs(native: () => { value: unknown } | undefined, id: DialectId): string | undefined {
  const indent = NATIVE_INDENT[id];
  if (indent === undefined) return undefined;
  const parsed = native();
  return parsed === undefined ? undefined : JSON.stringify(parsed.value, null, indent) as string | undefined;
}

/**
 * Dialects that write exactly what another writes when the body gives their difference nothing to act on: with only
 * printable ASCII and no `\u` escape in the sent text, no decoded string holds a non-ASCII character; without a `/`
 * and a `\u002f` escape, none holds a slash, whatever else the body holds. Reusing the other's text spares a
 * serialization (tens of ms on a 100 kB body).
 */
function sameOutputAs(id: DialectId, sent: string): DialectId | undefined {
  const ascii = !/[^\t\n\r\x20-\x7e]|\\u/.test(sent);
  const noSlash = !sent.includes('/') && !/\\u002f/i.test(sent);
  if (ascii && id === 'python-default-unicode') return 'python-default';
  if (ascii && id === 'php-unescaped-unicode') return 'php-default';
  if (noSlash && id === 'php-unescaped-slashes') return 'php-default';
  return undefined;
}

/** Every dialect re-serialization of the parsed body, labelled with the serializer that writes it. */
export function bodyDialectChoices(value: JsonValue, sent: string): BodyChoice[] {
  const out: BodyChoice[] = [];
  const written = new Map<OutputKey, string | undefined>();
  let parsedOnce: { value: unknown } | undefined | null = null;
  const native = () => (parsedOnce === null ? (parsedOnce = nativeParse(sent)) : parsedOnce);
  let plain: boolean | undefined;
  const textOf = (id: DialectId, sorted: boolean): string | undefined => {
    const key = outputKey(id, sorted);
    if (!written.has(key)) {
      const same = sorted ? undefined : sameOutputAs(id, sent);
      const plainSame = PLAIN_SAME_OUTPUT[key] !== undefined && (plain ??= isPlainBody(value)) ? PLAIN_SAME_OUTPUT[key] : undefined;
      let text: string | undefined;
      if (same !== undefined) {
        text = textOf(same, false);
      } else if (plainSame !== undefined) {
        const reused = parseOutputKey(plainSame);
        text = textOf(reused.id, reused.sorted);
      } else if (!sorted) {
        text = nativeJs(native, id) ?? dialectById(id).serialize(value, id === 'go' ? { sortKeys: false } : undefined);
      } else {
        text = dialectById(id).serialize(value, { sortKeys: true });
      }
      written.set(key, text);
    }
    return written.get(key);
  };
  // One byte array for one text: dialects that write the same text share it (the search compares bodies by their bytes).
  const encoded = new Map<string, Uint8Array<ArrayBuffer>>();
  for (const row of dialectRows(sent)) {
    const dialect = dialectById(row.dialect);
    const text = textOf(row.dialect, row.sortKeys ?? false);
    if (text === undefined) continue;
    const label = row.sortKeys === true && row.dialect === 'js' ? 'JSON.stringify with the keys sorted' : dialect.label;
    let bytes = encoded.get(text);
    if (bytes === undefined) encoded.set(text, bytes = utf8(text));
    out.push({ ids: row.ids, deviations: 1, prior: row.prior, label, bytes, text });
  }
  return [...out, ...newlinesStrippedChoices(value, sent)];
}
