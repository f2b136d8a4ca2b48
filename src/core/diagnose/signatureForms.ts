/**
 * Reading the received signature before any HMAC runs (MISMATCHES.md §7.1). The header is stripped of known
 * decorations and decoded every way it could have been written; each reading is a *target*: the MAC bytes it
 * stands for, the hash its length implies, and the encoding/algorithm ids needed to explain it. A computed MAC is
 * then compared against all targets at once, so the encoding and algorithm families cost no extra HMAC.
 */
import { fromBase64, fromHex, toHex } from '../encoding.ts';
import type { DigestAlgorithm } from '../webCrypto.ts';
import type { CauseId } from './types.ts';

export interface SignatureTarget {
  hash: DigestAlgorithm;
  /** The MAC bytes this reading stands for. */
  mac: Uint8Array;
  ids: CauseId[];
}

/** A hex signature shorter than the MAC: compared by re-encoding each MAC the way Java drops zeros. */
export interface DroppedZerosTarget {
  hash: DigestAlgorithm;
  /** The signature, lowercased. */
  text: string;
  ids: CauseId[];
}

export interface SignatureReading {
  /** The signature after trimming and removing decorations. */
  core: string;
  /** The decoration removed, if any (e.g. "sha256="). */
  decoration: string | undefined;
  targets: SignatureTarget[];
  droppedZeros: DroppedZerosTarget[];
}

const MAC_BYTES: ReadonlyArray<[DigestAlgorithm, number]> = [['SHA-256', 32], ['SHA-1', 20], ['SHA-512', 64]];

/** Provider prefixes and shell-tool decorations, in the order they are tried. */
const PREFIXES = [
  /^t=\d+,\s*v1=/,
  /^(?:sha1|sha256|sha512|sha-256|hmac-sha256|v0|v1)\s*[=,:]\s*/i,
  /^(?:(?:SHA2-256|SHA256|SHA1|SHA512|HMAC-SHA256|HMAC-SHA2-256)\s*)?\(stdin\)\s*=\s*/,
];
const SUFFIXES = [/\s+(?:-|\*stdin|\*-)$/];

function algorithmIds(hash: DigestAlgorithm): CauseId[] {
  if (hash === 'SHA-1') return ['algorithm.sha1'];
  if (hash === 'SHA-512') return ['algorithm.sha512'];
  return [];
}

/** Removes surrounding whitespace and one known prefix and suffix. */
export function stripDecoration(header: string): { core: string; decoration: string | undefined } {
  let core = header.trim();
  const removed: string[] = [];
  for (const prefix of PREFIXES) {
    const match = prefix.exec(core);
    if (match) {
      removed.push(match[0]);
      core = core.slice(match[0].length);
      break;
    }
  }
  for (const suffix of SUFFIXES) {
    const match = suffix.exec(core);
    if (match) {
      removed.push(match[0]);
      core = core.slice(0, -match[0].length);
    }
  }
  return { core: core.trim(), decoration: removed.length > 0 ? removed.join(' … ') : undefined };
}

/** Every way the signature header could encode a MAC, with the ids each reading costs. */
export function readSignature(header: string): SignatureReading {
  const { core, decoration } = stripDecoration(header);
  const base: CauseId[] = decoration === undefined ? [] : ['encoding.prefixed'];
  const targets: SignatureTarget[] = [];
  const droppedZeros: DroppedZerosTarget[] = [];
  if (/^[0-9a-fA-F]+$/.test(core)) {
    const caseIds: CauseId[] = /[A-F]/.test(core) ? ['encoding.uppercase-hex'] : [];
    for (const [hash, bytes] of MAC_BYTES) {
      const ids = [...base, ...caseIds, ...algorithmIds(hash)];
      if (core.length === bytes * 2) targets.push({ hash, mac: fromHex(core), ids });
      // Java's per-byte Integer.toHexString drops one nibble per byte below 0x10 (expected n/16 of them); allowing
      // up to n/4 keeps implausible readings (a SHA-256 hex read as a SHA-512 with 64 dropped nibbles) out.
      else if (core.length < bytes * 2 && core.length >= bytes * 2 - bytes / 4) {
        droppedZeros.push({ hash, text: core.toLowerCase(), ids: [...ids, 'encoding.dropped-leading-zeros'] });
      }
    }
  }
  const decoded = fromBase64(core, 'either');
  if (decoded !== undefined) {
    const urlSafe = /[-_]/.test(core) || (!/[+/]/.test(core) && !core.endsWith('=') && core.length % 4 !== 0);
    for (const [hash, bytes] of MAC_BYTES) {
      if (decoded.length !== bytes) continue;
      const encodingId: CauseId = urlSafe ? 'encoding.base64url' : 'encoding.base64';
      targets.push({ hash, mac: decoded, ids: [...base, encodingId, ...algorithmIds(hash)] });
    }
  }
  return { core, decoration, targets, droppedZeros };
}

/** Java `for (byte b : mac) sb.append(Integer.toHexString(b & 0xff))`: a nibble lost per byte below 0x10. */
export function javaPerByteHex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte.toString(16);
  return out;
}

/** Java `new BigInteger(1, mac).toString(16)`: the leading zeros of the whole number lost. */
export function bigIntegerHex(bytes: Uint8Array): string {
  return toHex(bytes).replace(/^0+(?=.)/, '');
}

/** The hash algorithms some target needs, SHA-256 first. */
export function hashesNeeded(reading: SignatureReading): DigestAlgorithm[] {
  const all = new Set<DigestAlgorithm>([...reading.targets, ...reading.droppedZeros].map((target) => target.hash));
  return MAC_BYTES.map(([hash]) => hash).filter((hash) => all.has(hash));
}
