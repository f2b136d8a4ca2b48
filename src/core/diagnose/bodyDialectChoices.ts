/**
 * Body choices that come from re-serializing the parsed body under another serializer's rules (MISMATCHES.md A1,
 * A4, A15): what a client signs when it serializes once to sign and its HTTP library serializes again to send.
 */
import { utf8 } from '../encoding.ts';
import { dialectById, type DialectId } from '../dialects/dialects.ts';
import type { JsonValue } from '../dialects/jsonValue.ts';
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
  if (/[\r\n]/.test(sent)) return [];
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

/** Every dialect re-serialization of the parsed body, labelled with the serializer that writes it. */
export function bodyDialectChoices(value: JsonValue, sent: string): BodyChoice[] {
  const out: BodyChoice[] = [];
  for (const row of dialectRows(sent)) {
    const dialect = dialectById(row.dialect);
    const text = dialect.serialize(value, row.sortKeys === undefined ? undefined : { sortKeys: row.sortKeys });
    if (text === undefined) continue;
    const label = row.sortKeys === true && row.dialect === 'js' ? 'JSON.stringify with the keys sorted' : dialect.label;
    out.push(textChoice(row.ids, row.prior, label, text));
  }
  return [...out, ...newlinesStrippedChoices(value, sent)];
}
