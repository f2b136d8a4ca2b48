/**
 * Turns reproducing hypotheses into causes the user can act on: ids in family order, a sentence per mistake, the
 * evidence (a character diff of the payload as sent and as signed, or words for key and encoding mistakes) and
 * the fix. Hypotheses at the same level are ranked by how specifically they account for the bytes (specificity.ts),
 * then by prior likelihood; one cause per set of ids, and the first says why the second is ranked below it.
 */
import { diffArrays, diffChars } from 'diff';
import type { Hypothesis } from './search.ts';
import { EXPLANATIONS } from './explanations.ts';
import { languageFixes } from './fixes/languageFixes.ts';
import { runnerUpSentence, specificity, type Specificity } from './specificity.ts';
import { CAUSE_IDS, type Cause, type CauseId, type DiffPart, type Evidence, type FixLanguage } from './types.ts';

/** Above this many characters the diff is replaced by a note. */
const DIFF_LIMIT_CHARS = 40_000;
/**
 * diffChars costs O(length × edits): ~200 ms for a 2 kB pretty body against its compact form. Past this many edits
 * the diff goes segment by segment (segmentDiff), which stays exact.
 */
const CHAR_EDIT_LIMIT = 64;
const SHORT_TEXT = 2_000;
const ORDER = new Map<CauseId, number>(CAUSE_IDS.map((id, index) => [id, index]));

const READING_WORDS: Partial<Record<CauseId, string>> = {
  'encoding.uppercase-hex': 'written in uppercase hex',
  'encoding.base64': 'written in base64',
  'encoding.base64url': 'written in URL-safe base64',
  'encoding.prefixed': 'decorated with a prefix or suffix',
  'encoding.dropped-leading-zeros': 'written as hex with zeros dropped',
  'algorithm.sha1': 'an HMAC-SHA1',
  'algorithm.sha512': 'an HMAC-SHA512',
};

function causeIds(h: Hypothesis): CauseId[] {
  const all = [...h.key.ids, ...h.timestamp.ids, ...h.framing.ids, ...h.body.ids, ...h.algorithm.ids, ...h.readingIds];
  return [...new Set(all)].sort((a, b) => (ORDER.get(a) ?? 0) - (ORDER.get(b) ?? 0));
}

function detailFor(id: CauseId, h: Hypothesis): string {
  if (id.startsWith('key.')) return h.key.label;
  if (id.startsWith('timestamp.')) return h.timestamp.label;
  if (id.startsWith('payload.')) return h.framing.label;
  if (id.startsWith('body.')) return h.body.label;
  return READING_WORDS[id] ?? '';
}

function prior(h: Hypothesis): number {
  return h.key.prior + h.timestamp.prior + h.framing.prior + h.body.prior + h.algorithm.prior + h.readingIds.length / 2;
}

function evidence(h: Hypothesis, sentTimestamp: string, sentBody: string): Evidence {
  const sent = `${sentTimestamp}.${sentBody}`;
  const words = [
    h.key.ids.length > 0 ? `HMAC key: ${h.key.label}.` : '',
    h.readingIds.length > 0 ? `Signature: ${h.readingIds.map((id) => READING_WORDS[id]).join(', ')}.` : '',
    h.algorithm.plain ? 'Computed as SHA-256 of key and message joined.' : '',
  ].filter((part) => part !== '').join(' ');
  if (h.body.text === undefined) return { note: `Signed body bytes: ${h.body.label}. ${words}`.trim() };
  const signed = h.framing.compose(h.timestamp.text, h.body.text);
  if (signed === sent) return { note: words };
  if (sent.length + signed.length > DIFF_LIMIT_CHARS) {
    return { note: `The signed payload (${signed.length} characters) differs from the sent one (${sent.length}). ${words}`.trim() };
  }
  return { sent, signed, parts: diffParts(sent, signed) };
}

/** Pieces of JSON text ending after each `,` `{` `[` or newline: members, elements and lines, the units of the coarse diff. */
function jsonSegments(text: string): string[] {
  return text.match(/[^,{[\n]*[,{[\n]|[^,{[\n]+$/g) ?? [];
}

/** A segment as a serializer may rewrite it without changing the JSON: whitespace dropped, `\uXXXX` and `\/` decoded. */
function looseForm(segment: string): string {
  return segment.replace(/\s+/g, '').replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    .replace(/\\\//g, '/');
}

/**
 * Many edits: the segments are aligned first — compared in their loose form, so a member that only gained spaces or
 * escapes still pairs with its original — then each pair, and each stretch that did not pair, is diffed character
 * by character (when its edits are few; otherwise it stays a removed and an added block). The classic case, Python's
 * `", "` separators and `\u00e9` escapes over a 2 kB body, is ~800 character edits: a whole-text diff took 60 ms.
 */
function segmentDiff(sent: string, signed: string): DiffPart[] {
  const [before, after] = [jsonSegments(sent), jsonSegments(signed)];
  const changes: DiffPart[] = [];
  const refine = (removed: string, added: string) => {
    if (removed === added) changes.push({ value: removed });
    else changes.push(...(diffChars(removed, added, { maxEditLength: CHAR_EDIT_LIMIT }) ?? blocks(removed, added)));
  };
  let [i, j] = [0, 0];
  let [removed, added] = ['', ''];
  for (const part of diffArrays(before.map(looseForm), after.map(looseForm))) {
    const count = part.count ?? part.value.length;
    if (part.removed) removed += before.slice(i, (i += count)).join('');
    else if (part.added) added += after.slice(j, (j += count)).join('');
    else {
      if (removed !== '' || added !== '') refine(removed, added);
      [removed, added] = ['', ''];
      for (let k = 0; k < count; k++) refine(before[i + k] ?? '', after[j + k] ?? '');
      i += count;
      j += count;
    }
  }
  if (removed !== '' || added !== '') refine(removed, added);
  return changes;
}

function blocks(removed: string, added: string): DiffPart[] {
  return [...(removed ? [{ value: removed, removed: true }] : []), ...(added ? [{ value: added, added: true }] : [])];
}

/** A diff of two texts whose unchanged parts join into both; character-level unless the edits are many. */
export function diffParts(sent: string, signed: string): DiffPart[] {
  let prefix = 0;
  while (prefix < sent.length && prefix < signed.length && sent[prefix] === signed[prefix]) prefix++;
  let suffix = 0;
  while (suffix < sent.length - prefix && suffix < signed.length - prefix
    && sent[sent.length - 1 - suffix] === signed[signed.length - 1 - suffix]) suffix++;
  const [oldMiddle, newMiddle] = [sent.slice(prefix, sent.length - suffix), signed.slice(prefix, signed.length - suffix)];
  // A short text is tried character by character first; in a long one a failed try alone costs ~5 ms.
  const middle = (oldMiddle.length + newMiddle.length <= SHORT_TEXT ? diffChars(oldMiddle, newMiddle, { maxEditLength: CHAR_EDIT_LIMIT }) : undefined)
    ?? segmentDiff(oldMiddle, newMiddle);
  const parts: DiffPart[] = middle.filter((part) => part.value !== '').map((part) => ({
    value: part.value, ...(part.added ? { added: true } : {}), ...(part.removed ? { removed: true } : {}),
  }));
  const head = sent.slice(0, prefix);
  const tail = sent.slice(sent.length - suffix);
  return [...(head ? [{ value: head }] : []), ...parts, ...(tail ? [{ value: tail }] : [])];
}

/** A combined cause's fix per language: each mistake's fix in that language, for the languages all of them have. */
function combinedFixes(each: Array<Partial<Record<FixLanguage, string>>>): Partial<Record<FixLanguage, string>> {
  const combined: Partial<Record<FixLanguage, string>> = {};
  const languages = Object.keys(each[0] ?? {}) as FixLanguage[];
  for (const language of languages) {
    const codes = each.map((fixes) => fixes[language]);
    if (codes.every((code) => code !== undefined)) combined[language] = [...new Set(codes)].join('\n\n');
  }
  return combined;
}

function toCause(h: Hypothesis, sentTimestamp: string, sentBody: string): Cause {
  const ids = causeIds(h);
  const explained = ids.flatMap((id) => (id === 'valid' || id === 'unreproduced' ? [] : [{ id, ...EXPLANATIONS[id] }]));
  const sentences = explained.map((entry) => entry.sentence(detailFor(entry.id, h), sentBody)
    + (entry.id.startsWith('body.') && h.body.sentDecoded !== undefined ? ` ${h.body.sentDecoded}` : ''));
  const fixes = [...new Set(explained.map((entry) => entry.fix.code))];
  const first = explained[0];
  return {
    ids,
    sentence: sentences.length === 1 ? (sentences[0] ?? '') : `${sentences.length} mistakes at once: ${sentences.join(' ')}`,
    evidence: evidence(h, sentTimestamp, sentBody),
    fix: { language: first?.fix.language ?? 'any', code: fixes.join('\n\n') },
    fixes: combinedFixes(explained.map((entry) => languageFixes(entry.id))),
  };
}

/** Ranked causes, one per distinct set of ids, most likely first. */
export function rankCauses(hypotheses: Hypothesis[], sentTimestamp: string, sentBody: string): Cause[] {
  const scored = hypotheses.map((h) => ({ h, specificity: specificity(h.body.ids, sentBody, h.body.text), prior: prior(h) }));
  scored.sort((a, b) => a.h.level - b.h.level || b.specificity.score - a.specificity.score || a.prior - b.prior);
  const seen = new Set<string>();
  const kept: Array<{ h: Hypothesis; specificity: Specificity; ids: CauseId[] }> = [];
  for (const entry of scored) {
    const ids = causeIds(entry.h);
    const key = ids.join('+');
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push({ ...entry, ids });
  }
  const causes = kept.map((entry) => toCause(entry.h, sentTimestamp, sentBody));
  const [first, second] = kept;
  if (first !== undefined && second !== undefined && causes[0] !== undefined) {
    causes[0] = { ...causes[0], runnerUp: runnerUpSentence(first, second, first.h.level) };
  }
  return causes;
}
