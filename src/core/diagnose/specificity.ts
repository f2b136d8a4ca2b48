/**
 * How specifically a body cause accounts for the difference between the bytes sent and the bytes signed: the
 * tie-breaker after the number of mistakes (issue 17 §2). Several causes can name the same signed bytes — a body sent
 * with a final newline it was not signed with is also exactly what JSON.stringify of the parsed body writes — and the
 * person reads the first cause first, so it must be the one whose transformation is the smallest that maps one text to
 * the other, not the one that merely can produce it.
 *
 * The difference between the two texts is classified into the narrowest kind of edit that explains it; each body id
 * names the edit kind its transformation makes. An id naming the narrowest kind that holds scores highest; an id
 * naming a broader kind that still holds scores lower; a serializer that may rewrite any byte scores lowest. Evidence
 * the sent request shows on its own (a final newline it ends with, the indentation left where `curl -d` removed line
 * breaks) adds half a point, never enough to overtake a narrower kind.
 */
import type { CauseId } from './types.ts';

/** Narrowest first. `any` always holds. */
export const EDIT_KINDS = [
  'final-newline', 'bom', 'line-ends', 'newlines-removed', 'whitespace', 'escapes', 'key-order', 'any',
] as const;
export type EditKind = (typeof EDIT_KINDS)[number];

const KIND_WORDS: Record<EditKind, string> = {
  'final-newline': 'only a final newline differs between what was signed and what was sent',
  bom: 'only a byte order mark differs between what was signed and what was sent',
  'line-ends': 'only the line ends (CR LF against LF) differ between what was signed and what was sent',
  'newlines-removed': 'the sent body is the signed one with every line break removed',
  whitespace: 'only whitespace between JSON tokens differs between what was signed and what was sent',
  escapes: 'only how characters are escaped differs between what was signed and what was sent',
  'key-order': 'only the order of the members differs between what was signed and what was sent',
  any: 'the signed body is another text for the same data',
};

/** The edit kind each body id's transformation makes; ids not listed may rewrite anything. */
const NAMED_KIND: Partial<Record<CauseId, EditKind>> = {
  'body.trailing-newline': 'final-newline',
  'body.bom': 'bom',
  'body.crlf': 'line-ends',
  'body.newlines-stripped': 'newlines-removed',
  'body.pretty': 'whitespace',
  'body.jackson-pretty': 'whitespace',
  'body.reserialized': 'whitespace',
  'body.python-default': 'whitespace',
  'body.python-ensure-ascii': 'escapes',
  'body.php-escaped-slashes': 'escapes',
  'body.php-escaped-unicode': 'escapes',
  'body.go-html-escape': 'escapes',
  'body.gson-escape': 'escapes',
  'body.dotnet-escape': 'escapes',
  'body.sorted-keys': 'key-order',
};

const withoutFinalNewlines = (text: string) => text.replace(/(?:\r?\n)+$/, '');
const withoutWhitespace = (text: string) => text.replace(/[ \t\r\n]+/g, '');
const unescaped = (text: string) => text
  .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))).replace(/\\\//g, '/');
const sortedChars = (text: string) => [...text].sort().join('');

/** Whether an edit of `kind` maps the signed text onto the sent one (or back). */
export function editHolds(kind: EditKind, sent: string, signed: string): boolean {
  switch (kind) {
    case 'final-newline':
      return sent !== signed && withoutFinalNewlines(sent) === withoutFinalNewlines(signed);
    case 'bom':
      return sent.replace(/^\ufeff/, '') === signed.replace(/^\ufeff/, '');
    case 'line-ends':
      return sent.replace(/\r\n/g, '\n') === signed.replace(/\r\n/g, '\n');
    case 'newlines-removed':
      return !/[\r\n]/.test(sent) && signed.replace(/[\r\n]/g, '') === sent;
    case 'whitespace':
      return withoutWhitespace(sent) === withoutWhitespace(signed);
    case 'escapes':
      return unescaped(sent) === unescaped(signed);
    case 'key-order':
      return sent.length === signed.length && sortedChars(sent) === sortedChars(signed);
    case 'any':
      return true;
  }
}

/** The narrowest edit kind that maps one text onto the other. */
export function narrowestEdit(sent: string, signed: string): EditKind {
  return EDIT_KINDS.find((kind) => editHolds(kind, sent, signed)) ?? 'any';
}

/** What the sent body shows by itself for this id: the request is its own evidence. */
function sentEvidence(id: CauseId, sent: string): boolean {
  if (id === 'body.trailing-newline') return /\n$/.test(sent);
  // Where curl -d removed a line break, the indentation that followed it is left after `{`, `[` or `,`.
  if (id === 'body.newlines-stripped') return /[{[,](?: {2,}|\t)["{[\d-tfn]/.test(sent);
  return false;
}

export interface Specificity {
  score: number;
  /** The edit kind the hypothesis's body ids name and that holds, or `any`. */
  kind: EditKind;
  /** The edit kind its first body id names, whether or not it holds. */
  named: EditKind;
  /** Whether the sent body shows the edit by itself. */
  shown: boolean;
}

const SHOWN_WORDS: Partial<Record<EditKind, string>> = {
  'final-newline': ' (the sent body itself ends with that newline)',
  'newlines-removed': ' (the sent body still shows the indentation left where the line breaks were)',
};

const SHORT_WORDS: Record<EditKind, string> = {
  'final-newline': 'a final newline', bom: 'a byte order mark', 'line-ends': 'line ends', 'newlines-removed': 'line breaks removed',
  whitespace: 'whitespace between tokens', escapes: 'character escapes', 'key-order': 'member order', any: 'any byte',
};

/**
 * The specificity of the body ids of a hypothesis given the sent and the signed body texts; `signed` is undefined for
 * bytes that are no text (charset mistakes), which are specific by construction and unique, so they score as `any`.
 */
export function specificity(bodyIds: readonly CauseId[], sent: string, signed: string | undefined): Specificity {
  const named = NAMED_KIND[bodyIds[0] ?? 'valid'] ?? 'any';
  if (signed === undefined || bodyIds.length === 0) return { score: 0, kind: 'any', named, shown: false };
  let best: Specificity = { score: 0, kind: 'any', named, shown: false };
  for (const id of bodyIds) {
    const kind = NAMED_KIND[id] ?? 'any';
    if (!editHolds(kind, sent, signed)) continue;
    const shown = sentEvidence(id, sent);
    const score = EDIT_KINDS.length - EDIT_KINDS.indexOf(kind) + (shown ? 0.5 : 0);
    if (score > best.score) best = { score, kind, named, shown };
  }
  return best;
}

/** The sentence for the first cause: why the second one is ranked below it. */
export function runnerUpSentence(
  first: { ids: readonly CauseId[]; specificity: Specificity },
  second: { ids: readonly CauseId[]; specificity: Specificity },
  mistakes: number,
): string {
  const [a, b] = [first.ids.join(' + '), second.ids.join(' + ')];
  const both = `both reproduce the signature with ${mistakes} ${mistakes === 1 ? 'mistake' : 'mistakes'}`;
  if (first.specificity.score > second.specificity.score) {
    const { kind, named } = second.specificity;
    const secondPhrase = named === 'any' ? 'names a rewrite that may change any byte'
      : kind === named ? `names a broader change (${SHORT_WORDS[named]})`
        : `names a change of ${SHORT_WORDS[named]}, which is not what differs here`;
    return `${b} is ranked second: ${both}, but ${KIND_WORDS[first.specificity.kind]}${first.specificity.shown ? SHOWN_WORDS[first.specificity.kind] ?? '' : ''}, which ${a} names exactly; ${b} ${secondPhrase}.`;
  }
  return `${b} is ranked second: ${both} and account for the bytes equally well; ${a} is the more common mistake.`;
}
