/**
 * The hypothesis search (DESIGN.md §5, MISMATCHES.md §7): every combination of one choice per family, fewest
 * deviations first, stopping at the first level that reproduces the received signature.
 *
 * Cost model. The encoding and algorithm families cost no HMAC: each MAC is compared with every reading of the
 * signature at once (signatureForms.ts), and only the hashes some reading needs are computed. Keys are imported
 * once per hash; each message (timestamp × framing × body) is built once and signed under every key choice.
 * The ±600 s and 1000 ms timestamp ranges are tried only when the timestamp is the sole mistake: combined with
 * the ~16 key and ~40 body choices they would cost ~1M HMACs (seconds in a browser) for a rare double mistake, so
 * in combinations the timestamp only moves ±5 s.
 */
import { bytesEqual } from '../encoding.ts';
import { digestBuffer, hmacBuffer, importHmacKey, type DigestAlgorithm } from '../webCrypto.ts';
import type { BodyChoice, Choice, FramingChoice, KeyChoice, TimestampChoice } from './choices.ts';
import { DOCUMENTED } from './choices.ts';
import { macMatcher } from './macMatcher.ts';
import { messageWriter, reusableBuffer } from './messageBuffer.ts';
import type { SignatureReading } from './signatureForms.ts';
import type { CauseId, DiagnoseOptions } from './types.ts';

export const MAX_LEVEL = 3;
/**
 * Above this many body bytes, at most two of the mistakes are in families that need an HMAC of their own (key,
 * timestamp, framing, body, plain SHA-256); the third may still be in the signature's encoding or hash, which cost
 * none. Why: a full search signs ~16,000 messages, ~13,000 of them three-family combinations; on a 100 kB body that is
 * 1.6 GB of hashing (seconds), against ~4,000 messages (0.4 GB) with two. Three such mistakes at once are the rarest
 * causes, and the verdict says that they were not tried.
 */
export const LARGE_BODY_BYTES = 16 * 1024;
export const LARGE_BODY_SIGNED_MISTAKES = 2;

export interface AlgorithmChoice extends Choice {
  /** SHA-256 of key and message joined, no HMAC. */
  plain: boolean;
}

export interface Families {
  keys: KeyChoice[];
  timestamps: TimestampChoice[];
  framings: FramingChoice[];
  bodies: BodyChoice[];
}

export interface Hypothesis {
  key: KeyChoice;
  timestamp: TimestampChoice;
  framing: FramingChoice;
  body: BodyChoice;
  algorithm: AlgorithmChoice;
  /** Encoding and algorithm ids of the signature reading that matched. */
  readingIds: CauseId[];
  level: number;
}

type Candidate = Omit<Hypothesis, 'readingIds' | 'level'>;

export interface SearchResult {
  /** Every hypothesis at the lowest level that reproduced the signature (empty if none up to MAX_LEVEL). */
  matches: Hypothesis[];
  tried: number;
  /** How many mistakes in HMAC-bearing families were combined at most (MAX_LEVEL, or fewer for a large body). */
  signedMistakes: number;
}

const HMAC_CHOICE: AlgorithmChoice = { ...DOCUMENTED, ids: [], label: 'HMAC', plain: false };
const PLAIN_CHOICE: AlgorithmChoice = { ids: ['algorithm.plain-sha256'], deviations: 1, prior: 6, label: 'plain SHA-256, no HMAC', plain: true };
/** Web Crypto calls in flight at once: enough to keep its thread pool busy, few enough to cancel promptly. */
const BATCH = 256;

function abortError(): DOMException {
  return new DOMException('The diagnosis was cancelled.', 'AbortError');
}

type Slot = 'timestamp' | 'framing' | 'body' | 'algorithm' | 'key';
const SLOTS: readonly Slot[] = ['timestamp', 'framing', 'body', 'algorithm', 'key'];
/** The subset of families that deviate, as a bit mask over SLOTS; the timestamp alone (its wide ranges) last. */
const TIMESTAMP_ALONE = 1;
const MASKS = [...Array.from({ length: 1 << SLOTS.length }, (_, mask) => mask).filter((mask) => mask !== TIMESTAMP_ALONE), TIMESTAMP_ALONE];

/** Searches levels 0..MAX_LEVEL; rejects with an AbortError when `options.signal` aborts. */
export async function searchHypotheses(families: Families, reading: SignatureReading, options: DiagnoseOptions = {}): Promise<SearchResult> {
  const matcher = macMatcher(reading);
  const { hashes } = matcher;
  const signedMistakes = (families.bodies[0]?.bytes.length ?? 0) > LARGE_BODY_BYTES ? LARGE_BODY_SIGNED_MISTAKES : MAX_LEVEL;
  const readingCost = Math.min(...[...reading.targets, ...reading.droppedZeros].map((target) => target.ids.length));

  // Every key imported once per hash before the search, so each hypothesis is a single Web Crypto call.
  const imported = new Map<KeyChoice, Map<DigestAlgorithm, CryptoKey>>();
  for (const key of families.keys) {
    if (key.swapped) continue;
    const perHash = new Map<DigestAlgorithm, CryptoKey>();
    for (const hash of hashes) perHash.set(hash, await importHmacKey(key.bytes, hash));
    imported.set(key, perHash);
  }
  const importedKey = (key: KeyChoice, hash: DigestAlgorithm): CryptoKey => {
    const cryptoKey = imported.get(key)?.get(hash);
    if (cryptoKey === undefined) throw new Error('Every non-swapped key is imported before the search.');
    return cryptoKey;
  };
  const message = messageWriter();
  const joined = reusableBuffer();

  const matches: Hypothesis[] = [];
  let best = Infinity;
  let tried = 0;
  // The calls in flight, and beside each the hypothesis and hash it settles, all settled at once by `flush`: a call then
  // costs Web Crypto's promise alone, no reaction or closure of its own (with the views messageBuffer.ts keeps and no
  // buffer check, full searches in Chromium ran ~10% faster in an interleaved A/B).
  const pending: Array<Promise<ArrayBuffer>> = [];
  const pendingCandidates: Candidate[] = [];
  const pendingHashes: DigestAlgorithm[] = [];
  const pendingDeviations: number[] = [];

  const call = (mac: Promise<ArrayBuffer>, h: Candidate, deviations: number, hash: DigestAlgorithm) => {
    pending.push(mac);
    pendingCandidates.push(h);
    pendingDeviations.push(deviations);
    pendingHashes.push(hash);
  };
  // Makes every Web Crypto call of one hypothesis before returning: `bytes` is a reused buffer (messageBuffer.ts).
  const run = (h: Candidate, deviations: number, bytes: Uint8Array<ArrayBuffer>) => {
    if (h.algorithm.plain) {
      call(digestBuffer('SHA-256', joined(h.key.bytes, bytes)), h, deviations, 'SHA-256');
      call(digestBuffer('SHA-256', joined(bytes, h.key.bytes)), h, deviations, 'SHA-256');
    } else if (h.key.swapped) {
      for (const hash of hashes) call(importHmacKey(bytes, hash).then((key) => hmacBuffer(key, h.key.bytes)), h, deviations, hash);
    } else {
      for (const hash of hashes) call(hmacBuffer(importedKey(h.key, hash), bytes), h, deviations, hash);
    }
  };

  const flush = async (level: number) => {
    const macs = await Promise.all(pending);
    for (let i = 0; i < macs.length; i++) {
      const hash = pendingHashes[i]!;
      const candidate = pendingCandidates[i]!;
      const same = aliases.get(candidate.body) ?? [];
      tried += matcher.readingsPer(hash) * (1 + same.length);
      for (const ids of matcher.match(new Uint8Array(macs[i]!), hash)) {
        const matchLevel = pendingDeviations[i]! + ids.length;
        best = Math.min(best, matchLevel);
        for (const body of [candidate.body, ...same]) matches.push({ ...candidate, body, readingIds: ids, level: matchLevel });
      }
    }
    pending.length = 0;
    pendingCandidates.length = 0;
    pendingHashes.length = 0;
    pendingDeviations.length = 0;
    if (options.signal?.aborted) throw abortError();
    options.onProgress?.(tried, level, fraction());
  };

  // Body choices with the same bytes under other ids (PHP and Python writing one text, a final newline that is also
  // what JSON.stringify writes): each message is signed once, and a match is reported for every choice that has it.
  const aliasOf = new Map<BodyChoice, BodyChoice>();
  const aliases = new Map<BodyChoice, BodyChoice[]>();
  // Compared byte by byte among bodies of one length: a string key of each body's bytes (String.fromCharCode over
  // chunks) took ~150 ms of a 100 kB search in Chromium, where bodies that differ almost always differ in length or early.
  const byLength = new Map<number, BodyChoice[]>();
  for (const body of families.bodies) {
    const sameLength = byLength.get(body.bytes.length) ?? [];
    const first = sameLength.find((other) => bytesEqual(other.bytes, body.bytes));
    if (first === undefined) byLength.set(body.bytes.length, [...sameLength, body]);
    else if (first !== body && body.deviations === first.deviations) {
      aliasOf.set(body, first);
      aliases.set(first, [...(aliases.get(first) ?? []), body]);
    }
  }

  const lists: Record<Slot, Choice[]> = {
    timestamp: families.timestamps, framing: families.framings, body: families.bodies,
    algorithm: hashes.includes('SHA-256') ? [HMAC_CHOICE, PLAIN_CHOICE] : [HMAC_CHOICE], key: families.keys,
  };

  /** The hypotheses of one level and one subset of deviating families, in the order the loops give them. */
  const plan = (d: number, mask: number, wideAllowed: boolean): Array<{ h: Candidate; deviations: number }> => {
    const chosen = SLOTS.filter((_, i) => mask & (1 << i));
    if (chosen.length > d) return [];
    const options_ = SLOTS.map((slot) => {
      const list = lists[slot];
      const first = list[0];
      if (first === undefined) return [];
      if (!chosen.includes(slot)) return [first];
      return list.slice(1).filter((choice) => choice.deviations <= d - (chosen.length - 1)
        && (wideAllowed || !(choice as TimestampChoice).wide)
        // A body whose bytes another body choice already has is signed once, under that choice (aliases below).
        && !(slot === 'body' && aliasOf.has(choice as BodyChoice)));
    }) as [TimestampChoice[], FramingChoice[], BodyChoice[], AlgorithmChoice[], KeyChoice[]];
    const [timestamps, framings, bodies, algorithms, keys] = options_;
    const out: Array<{ h: Candidate; deviations: number }> = [];
    for (const timestamp of timestamps) {
      for (const framing of framings) {
        if (!framing.usesTimestamp && timestamp.deviations > 0) continue;
        for (const body of bodies) {
          for (const algorithm of algorithms) {
            for (const key of keys) {
              const deviations = timestamp.deviations + framing.deviations + body.deviations + algorithm.deviations + key.deviations;
              if (deviations !== d || (algorithm.plain && key.swapped)) continue;
              out.push({ h: { key, timestamp, framing, body, algorithm }, deviations });
            }
          }
        }
      }
    }
    return out;
  };

  // The share of the search done, for a progress bar: hypotheses planned at every level, the wide ranges included.
  let planned = 0;
  for (let d = 0; d + readingCost <= MAX_LEVEL && d <= signedMistakes; d++) for (const mask of MASKS) planned += plan(d, mask, mask === TIMESTAMP_ALONE).length;
  let done = 0;
  const fraction = () => (planned === 0 ? 1 : Math.min(1, done / planned));

  if (options.signal?.aborted) throw abortError();
  for (let d = 0; d + readingCost <= Math.min(MAX_LEVEL, best) && d <= signedMistakes; d++) {
    for (const mask of MASKS) {
      const timestampAlone = mask === TIMESTAMP_ALONE;
      if (timestampAlone) await flush(d + readingCost);
      // The ±600 s / 1000 ms ranges come last in their level and are skipped once that level has a match: they sign
      // bytes no other choice signs, and two different messages giving one HMAC-SHA256 is a 2^-256 event.
      const wideAllowed = timestampAlone && best > d + readingCost;
      let previous: Candidate | undefined;
      let bytes: Uint8Array<ArrayBuffer> | undefined;
      for (const { h, deviations } of plan(d, mask, wideAllowed)) {
        if (previous?.timestamp !== h.timestamp || previous.framing !== h.framing || previous.body !== h.body) bytes = undefined;
        previous = h;
        done++;
        bytes ??= message(h.framing, h.timestamp, h.body);
        // Web Crypto refuses a zero-length HMAC key, so a swapped key needs a non-empty message.
        if (h.key.swapped && bytes.length === 0) continue;
        run(h, deviations, bytes);
        if (pending.length >= BATCH) await flush(d + readingCost);
      }
      if (timestampAlone && !wideAllowed) done += plan(d, mask, true).length - plan(d, mask, false).length;
    }
    await flush(d + readingCost);
  }
  done = planned;
  options.onProgress?.(tried, Math.min(MAX_LEVEL, best), fraction());
  return { matches: matches.filter((match) => match.level === best), tried, signedMistakes };
}
