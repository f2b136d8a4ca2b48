/**
 * Turns reproducing hypotheses into causes the user can act on: ids in family order, a sentence per mistake, the
 * evidence (a character diff of the payload as sent and as signed, or words for key and encoding mistakes) and
 * the fix. Hypotheses at the same level are ranked by prior likelihood; one cause per set of ids.
 */
import { diffArrays, diffChars } from 'diff';
import type { Hypothesis } from './search.ts';
import { EXPLANATIONS } from './explanations.ts';
import { CAUSE_IDS, type Cause, type CauseId, type DiffPart, type Evidence } from './types.ts';

/** Above this many characters the diff is replaced by a note. */
const DIFF_LIMIT_CHARS = 40_000;
/**
 * diffChars costs O(length × edits): ~200 ms for a 2 kB pretty body against its compact form. Past this many
 * edits the diff falls back to JSON tokens and whitespace runs, which stays exact but coarser, in a tenth of the time.
 */
const CHAR_EDIT_LIMIT = 64;
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

/** Whitespace runs, JSON punctuation, and runs of anything else: the units of the coarse diff. */
function jsonTokens(text: string): string[] {
  return text.match(/\s+|[{}[\],:"\\]|[^\s{}[\],:"\\]+/g) ?? [];
}

/** A diff of two texts whose unchanged parts join into both; character-level unless the edits are many. */
export function diffParts(sent: string, signed: string): DiffPart[] {
  let prefix = 0;
  while (prefix < sent.length && prefix < signed.length && sent[prefix] === signed[prefix]) prefix++;
  let suffix = 0;
  while (suffix < sent.length - prefix && suffix < signed.length - prefix
    && sent[sent.length - 1 - suffix] === signed[signed.length - 1 - suffix]) suffix++;
  const [oldMiddle, newMiddle] = [sent.slice(prefix, sent.length - suffix), signed.slice(prefix, signed.length - suffix)];
  const middle = diffChars(oldMiddle, newMiddle, { maxEditLength: CHAR_EDIT_LIMIT })
    ?? diffArrays(jsonTokens(oldMiddle), jsonTokens(newMiddle)).map((part) => ({ ...part, value: part.value.join('') }));
  const parts: DiffPart[] = middle.map((part) => ({
    value: part.value, ...(part.added ? { added: true } : {}), ...(part.removed ? { removed: true } : {}),
  }));
  const head = sent.slice(0, prefix);
  const tail = sent.slice(sent.length - suffix);
  return [...(head ? [{ value: head }] : []), ...parts, ...(tail ? [{ value: tail }] : [])];
}

function toCause(h: Hypothesis, sentTimestamp: string, sentBody: string): Cause {
  const ids = causeIds(h);
  const explained = ids.flatMap((id) => (id === 'valid' || id === 'unreproduced' ? [] : [{ id, ...EXPLANATIONS[id] }]));
  const sentences = explained.map((entry) => entry.sentence(detailFor(entry.id, h), sentBody));
  const fixes = [...new Set(explained.map((entry) => entry.fix.code))];
  const first = explained[0];
  return {
    ids,
    sentence: sentences.length === 1 ? (sentences[0] ?? '') : `${sentences.length} mistakes at once: ${sentences.join(' ')}`,
    evidence: evidence(h, sentTimestamp, sentBody),
    fix: { language: first?.fix.language ?? 'any', code: fixes.join('\n\n') },
  };
}

/** Ranked causes, one per distinct set of ids, most likely first. */
export function rankCauses(hypotheses: Hypothesis[], sentTimestamp: string, sentBody: string): Cause[] {
  const ranked = [...hypotheses].sort((a, b) => prior(a) - prior(b));
  const seen = new Set<string>();
  const causes: Cause[] = [];
  for (const h of ranked) {
    const key = causeIds(h).join('+');
    if (seen.has(key)) continue;
    seen.add(key);
    causes.push(toCause(h, sentTimestamp, sentBody));
  }
  return causes;
}
