/**
 * Compares each MAC the search computes with every reading of the received signature (signatureForms.ts). A full
 * search computes ~15,000 MACs and almost none match, so a MAC is compared as bytes with the few targets of its
 * hash, first byte first: no hex string, no allocation on the common path.
 */
import type { DigestAlgorithm } from '../webCrypto.ts';
import {
  bigIntegerHex, hashesNeeded, javaPerByteHex, type DroppedZerosTarget, type SignatureReading, type SignatureTarget,
} from './signatureForms.ts';
import type { CauseId } from './types.ts';

export interface MacMatcher {
  /** The hash algorithms some reading needs, SHA-256 first. */
  hashes: DigestAlgorithm[];
  /** How many readings one MAC of `hash` is compared with: the hypotheses it settles. */
  readingsPer(hash: DigestAlgorithm): number;
  /** The ids of every reading `mac` reproduces (usually none). */
  match(mac: Uint8Array, hash: DigestAlgorithm): readonly CauseId[][];
}

const NO_MATCH: readonly CauseId[][] = Object.freeze([]);

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length || a[0] !== b[0]) return false;
  for (let i = 1; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function groupByHash<T extends { hash: DigestAlgorithm }>(targets: T[]): Map<DigestAlgorithm, T[]> {
  const groups = new Map<DigestAlgorithm, T[]>();
  for (const target of targets) groups.set(target.hash, [...(groups.get(target.hash) ?? []), target]);
  return groups;
}

export function macMatcher(reading: SignatureReading): MacMatcher {
  const hashes = hashesNeeded(reading);
  const exact = groupByHash<SignatureTarget>(reading.targets);
  const droppedZeros = groupByHash<DroppedZerosTarget>(reading.droppedZeros);
  const counts = new Map(hashes.map((hash) => [hash, (exact.get(hash)?.length ?? 0) + (droppedZeros.get(hash)?.length ?? 0)]));
  return {
    hashes,
    readingsPer: (hash) => counts.get(hash) ?? 0,
    match(mac, hash) {
      let found: CauseId[][] | undefined;
      for (const target of exact.get(hash) ?? []) {
        if (sameBytes(mac, target.mac)) (found ??= []).push(target.ids);
      }
      for (const target of droppedZeros.get(hash) ?? []) {
        if (javaPerByteHex(mac) === target.text || bigIntegerHex(mac) === target.text) (found ??= []).push(target.ids);
      }
      return found ?? NO_MATCH;
    },
  };
}
