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
import { concatBytes, toHex, utf8 } from '../encoding.ts';
import { digest, hmac, importHmacKey, type DigestAlgorithm } from '../webCrypto.ts';
import type { BodyChoice, Choice, FramingChoice, KeyChoice, TimestampChoice } from './choices.ts';
import { DOCUMENTED } from './choices.ts';
import { bigIntegerHex, hashesNeeded, javaPerByteHex, type SignatureReading } from './signatureForms.ts';
import type { CauseId, DiagnoseOptions } from './types.ts';

export const MAX_LEVEL = 3;

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

export interface SearchResult {
  /** Every hypothesis at the lowest level that reproduced the signature (empty if none up to MAX_LEVEL). */
  matches: Hypothesis[];
  tried: number;
}

const HMAC_CHOICE: AlgorithmChoice = { ...DOCUMENTED, ids: [], label: 'HMAC', plain: false };
const PLAIN_CHOICE: AlgorithmChoice = { ids: ['algorithm.plain-sha256'], deviations: 1, prior: 6, label: 'plain SHA-256, no HMAC', plain: true };
/** Web Crypto calls in flight at once: enough to keep its thread pool busy, few enough to cancel promptly. */
const BATCH = 256;
const BODY_MARK = '\uffff';

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
  const hashes = hashesNeeded(reading);
  const readingCost = Math.min(...[...reading.targets, ...reading.droppedZeros].map((target) => target.ids.length));
  const lookup = new Map<string, CauseId[][]>();
  for (const target of reading.targets) {
    const key = `${target.hash}:${target.macHex}`;
    lookup.set(key, [...(lookup.get(key) ?? []), target.ids]);
  }
  const readingsPerHash = new Map(hashes.map((hash) => [hash,
    reading.targets.filter((t) => t.hash === hash).length + reading.droppedZeros.filter((t) => t.hash === hash).length]));
  const matchIds = (mac: Uint8Array, hash: DigestAlgorithm): CauseId[][] => {
    const found = [...(lookup.get(`${hash}:${toHex(mac)}`) ?? [])];
    for (const target of reading.droppedZeros) {
      if (target.hash === hash && (javaPerByteHex(mac) === target.text || bigIntegerHex(mac) === target.text)) found.push(target.ids);
    }
    return found;
  };

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
  const framingParts = new Map<string, [Uint8Array, Uint8Array]>();
  const message = (framing: FramingChoice, timestamp: TimestampChoice, body: BodyChoice): Uint8Array => {
    const cacheKey = `${framing.label}\u0000${timestamp.text}`;
    let parts = framingParts.get(cacheKey);
    if (parts === undefined) {
      const [before = '', after = ''] = framing.compose(timestamp.text, BODY_MARK).split(BODY_MARK);
      parts = [utf8(before), utf8(after)];
      framingParts.set(cacheKey, parts);
    }
    return concatBytes(parts[0], body.bytes, parts[1]);
  };

  const matches: Hypothesis[] = [];
  let best = Infinity;
  let tried = 0;
  const pending: Array<Promise<void>> = [];

  const run = async (h: Omit<Hypothesis, 'readingIds' | 'level'>, deviations: number, bytes: Uint8Array) => {
    const record = (mac: Uint8Array, hash: DigestAlgorithm) => {
      tried += readingsPerHash.get(hash) ?? 0;
      for (const ids of matchIds(mac, hash)) {
        const level = deviations + ids.length;
        best = Math.min(best, level);
        matches.push({ ...h, readingIds: ids, level });
      }
    };
    if (h.algorithm.plain) {
      if (!hashes.includes('SHA-256')) return;
      record(await digest('SHA-256', concatBytes(h.key.bytes, bytes)), 'SHA-256');
      record(await digest('SHA-256', concatBytes(bytes, h.key.bytes)), 'SHA-256');
      return;
    }
    if (!h.key.swapped) {
      await Promise.all(hashes.map((hash) => hmac(importedKey(h.key, hash), bytes).then((mac) => record(mac, hash))));
      return;
    }
    for (const hash of hashes) record(await hmac(await importHmacKey(bytes, hash), h.key.bytes), hash);
  };

  const flush = async (level: number) => {
    await Promise.all(pending);
    pending.length = 0;
    if (options.signal?.aborted) throw abortError();
    options.onProgress?.(tried, level);
  };

  const lists: Record<Slot, Choice[]> = {
    timestamp: families.timestamps, framing: families.framings, body: families.bodies,
    algorithm: hashes.includes('SHA-256') ? [HMAC_CHOICE, PLAIN_CHOICE] : [HMAC_CHOICE], key: families.keys,
  };

  if (options.signal?.aborted) throw abortError();
  for (let d = 0; d + readingCost <= Math.min(MAX_LEVEL, best); d++) {
    for (const mask of MASKS) {
      const chosen = SLOTS.filter((_, i) => mask & (1 << i));
      if (chosen.length > d) continue;
      const timestampAlone = mask === TIMESTAMP_ALONE;
      if (timestampAlone) await flush(d + readingCost);
      // The ±600 s / 1000 ms ranges come last in their level and are skipped once that level has a match: they sign
      // bytes no other choice signs, and two different messages giving one HMAC-SHA256 is a 2^-256 event.
      const wideAllowed = timestampAlone && best > d + readingCost;
      const options_ = SLOTS.map((slot) => {
        const list = lists[slot];
        const first = list[0];
        if (first === undefined) return [];
        if (!chosen.includes(slot)) return [first];
        return list.slice(1).filter((choice) => choice.deviations <= d - (chosen.length - 1)
          && (wideAllowed || !(choice as TimestampChoice).wide));
      }) as [TimestampChoice[], FramingChoice[], BodyChoice[], AlgorithmChoice[], KeyChoice[]];
      const [timestamps, framings, bodies, algorithms, keys] = options_;
      for (const timestamp of timestamps) {
        for (const framing of framings) {
          if (!framing.usesTimestamp && timestamp.deviations > 0) continue;
          for (const body of bodies) {
            let bytes: Uint8Array | undefined;
            for (const algorithm of algorithms) {
              for (const key of keys) {
                const deviations = timestamp.deviations + framing.deviations + body.deviations + algorithm.deviations + key.deviations;
                if (deviations !== d || (algorithm.plain && key.swapped)) continue;
                bytes ??= message(framing, timestamp, body);
                // Web Crypto refuses a zero-length HMAC key, so a swapped key needs a non-empty message.
                if (key.swapped && bytes.length === 0) continue;
                pending.push(run({ key, timestamp, framing, body, algorithm }, deviations, bytes));
                if (pending.length >= BATCH) await flush(d + readingCost);
              }
            }
          }
        }
      }
    }
    await flush(d + readingCost);
  }
  return { matches: matches.filter((match) => match.level === best), tried };
}
