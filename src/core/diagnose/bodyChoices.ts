/**
 * The body family: which bytes the client signed, given the body it sent (MISMATCHES.md §2A). Byte-level changes
 * are built here; serializer dialects come from bodyDialectChoices.ts. The sent body itself comes first.
 */
import { bytesEqual, utf8 } from '../encoding.ts';
import type { JsonValue } from '../dialects/jsonValue.ts';
import { bodyDialectChoices } from './bodyDialectChoices.ts';
import { DOCUMENTED, type BodyChoice } from './choices.ts';
import { pythonReprDict } from '../dialects/pythonRepr.ts';
import { javaMapToString, rubyInspect } from '../dialects/objectStrings.ts';
import { formChoices } from './formChoices.ts';
import type { CauseId } from './types.ts';

function text(ids: CauseId[], prior: number, label: string, signed: string): BodyChoice {
  return { ids, deviations: 1, prior, label, bytes: utf8(signed), text: signed };
}

function bytes(prior: number, label: string, signed: Uint8Array<ArrayBuffer>): BodyChoice {
  return { ids: ['body.latin1'], deviations: 1, prior, label, bytes: signed, text: undefined };
}

/** One byte per UTF-16 code unit, its low byte: Node's old 'binary' default, and UTF-8 bytes shown as Latin-1. */
function lowBytes(body: string): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(body.length);
  for (let i = 0; i < body.length; i++) out[i] = body.charCodeAt(i) & 0xff;
  return out;
}

/** A single-byte charset that writes `?` for every code point above `max` (one `?` for a surrogate pair). */
function singleByte(body: string, max: number): Uint8Array<ArrayBuffer> {
  // Plain loops: Array.from over the characters then Uint8Array.from cost ~40 ms of a 100 kB search in Chromium.
  const out = new Uint8Array(body.length);
  let length = 0;
  for (let i = 0; i < body.length; i++) {
    const cp = body.codePointAt(i) ?? 0x3f;
    if (cp > 0xffff) i++;
    out[length++] = cp <= max ? cp : 0x3f;
  }
  return length === out.length ? out : out.slice(0, length);
}

function utf16le(body: string): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(body.length * 2);
  for (let i = 0; i < body.length; i++) {
    const unit = body.charCodeAt(i);
    out[i * 2] = unit & 0xff;
    out[i * 2 + 1] = unit >> 8;
  }
  return out;
}

function byteLevelChoices(sent: string, parsed: JsonValue | undefined): BodyChoice[] {
  const out: BodyChoice[] = [
    text(['body.trailing-newline'], 3, 'the body with a final newline ("\\n") the sender did not send', `${sent}\n`),
    text(['body.trailing-newline'], 3.5, 'the body with a final CR LF the sender did not send', `${sent}\r\n`),
  ];
  const withoutNewline = sent.replace(/(?:\r?\n)+$/, '');
  if (withoutNewline !== sent) out.push(text(['body.trailing-newline'], 3, 'the body without the final newline it was sent with', withoutNewline));
  if (/\r\n/.test(sent)) out.push(text(['body.crlf'], 7, 'the body with LF line ends where CR LF was sent', sent.replace(/\r\n/g, '\n')));
  if (/(?<!\r)\n/.test(sent)) out.push(text(['body.crlf'], 7, 'the body with CR LF line ends where LF was sent', sent.replace(/\r?\n/g, '\r\n')));
  if (parsed?.kind === 'object') out.push(text(['body.object-string'], 8, 'the object in a template string: "[object Object]"', '[object Object]'));
  const repr = parsed === undefined || (parsed.kind !== 'object' && parsed.kind !== 'array') ? undefined : pythonReprDict(parsed);
  if (repr !== undefined) out.push(text(['body.object-string'], 8, "Python's str(dict) of the body", repr));
  if (parsed !== undefined) {
    const objectStrings: Array<[number, string, string | undefined]> = [
      [8.1, "Java's Map.toString() of the body decoded in order (Jackson's LinkedHashMap)", javaMapToString(parsed, 'insertion')],
      [8.15, "Java's Map.toString() of the body copied into a HashMap (hash order)", javaMapToString(parsed, 'hash')],
      [8.2, "Ruby's Hash#inspect of the body (Ruby up to 3.3: \"to\"=>\"+1\")", rubyInspect(parsed, '3.3')],
      [8.25, "Ruby's Hash#inspect of the body (Ruby 3.4: \"to\" => \"+1\")", rubyInspect(parsed, '3.4')],
    ];
    for (const [prior, label, signed] of objectStrings) if (signed !== undefined) out.push(text(['body.object-string'], prior, label, signed));
  }
  for (const [empty, prior] of [['', 8], ['{}', 8.2], ['undefined', 8.4], ['null', 8.6], ['""', 8.8], ['[]', 9]] as const) {
    out.push(text(['body.empty-variant'], prior, `an empty-body variant: ${empty === '' ? 'nothing at all' : empty}`, empty));
  }
  out.push(text(['body.double-encoded'], 15, 'the body JSON-encoded once more, as a quoted string', JSON.stringify(sent)));
  if (parsed?.kind === 'string') out.push(text(['body.double-encoded'], 15, 'the string inside the sent body, which was JSON-encoded twice', parsed.value));
  if (sent.startsWith('\ufeff')) out.push(text(['body.bom'], 16, 'the body without the byte order mark it was sent with', sent.slice(1)));
  else out.push(text(['body.bom'], 16, 'the body with a UTF-8 byte order mark (EF BB BF) in front', `\ufeff${sent}`));
  if (/[\u0080-\uffff]/.test(sent)) {
    out.push(bytes(17, 'one byte per character, its low byte (Node "binary"/"latin1", or UTF-8 shown as Latin-1)', lowBytes(sent)));
    out.push(bytes(17.2, 'ISO-8859-1 bytes, "?" for characters outside Latin-1 (Java getBytes, PowerShell)', singleByte(sent, 0xff)));
    out.push(bytes(17.4, 'ASCII bytes, "?" for every non-ASCII character (.NET Encoding.ASCII)', singleByte(sent, 0x7f)));
    out.push(bytes(17.6, 'UTF-16LE bytes (.NET Encoding.Unicode, Node "utf16le")', utf16le(sent)));
  }
  return out;
}

/**
 * Every body the client may have signed, the sent body first, none equal to the sent body but the first. Equal
 * bytes under the same ids are kept once (the most likely label wins); under different ids (PHP with unescaped
 * slashes writes what Python's compact json.dumps writes) both stay, so both causes are reported, ranked by prior.
 */
export function bodyChoices(sent: string, parsed: JsonValue | undefined): BodyChoice[] {
  const documented: BodyChoice = { ...DOCUMENTED, ids: [], label: 'the body as sent', bytes: utf8(sent), text: sent };
  const candidates = [...(parsed === undefined ? formChoices(sent) : bodyDialectChoices(parsed, sent)), ...byteLevelChoices(sent, parsed)]
    .sort((a, b) => a.prior - b.prior);
  // Equal bytes, and equal texts where there are texts (two texts with different lone surrogates share their bytes);
  // never a text with bytes that are no text (charset mistakes). No fingerprint string: on a 100 kB body, building and
  // hashing ~35 of them (hex for the bytes) cost ~50 ms a search. Bytes first: they tell most bodies apart at once,
  // where comparing texts of one length made V8 flatten the texts built by concatenation.
  const same = (a: BodyChoice, b: BodyChoice) => bytesEqual(a.bytes, b.bytes) && (a.text === undefined) === (b.text === undefined) && a.text === b.text;
  const seen = new Map<string, BodyChoice[]>();
  const out = [documented];
  for (const candidate of candidates) {
    const ids = candidate.ids.join('+');
    const sameIds = seen.get(ids) ?? [];
    if (same(candidate, documented) || sameIds.some((other) => same(other, candidate))) continue;
    seen.set(ids, [...sameIds, candidate]);
    out.push(candidate);
  }
  return out;
}
