/**
 * HMAC-SHA256 of a long payload that changes a little at a time, re-hashing only from the change onward.
 *
 * Why: Web Crypto hashes whole messages. On a 1 MB body every keystroke encoded and copied the megabyte and hashed it
 * again (~9 ms of a ~14 ms keystroke). SHA-256 reads its input front to back, so the state after any prefix can be
 * kept: this signer keeps one every `interval` characters and, when the payload changes, resumes from the last one
 * before the first changed character. Typing near the end of a megabyte then hashes a few kilobytes.
 *
 * The hashing is @noble/hashes (audited, pure JavaScript, clonable states). Its output is checked against Node's
 * crypto and the shared vectors by tests/core/incrementalHmac.node.test.ts.
 */
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8Writer } from './encoding.ts';

/** The part of @noble/hashes' HMAC this signer uses. */
interface HmacState {
  update(data: Uint8Array): unknown;
  digest(): Uint8Array;
  clone(): HmacState;
}

interface Checkpoint {
  /** UTF-16 units of the text absorbed (after the prefix); never between the two halves of a surrogate pair. */
  units: number;
  /** The UTF-8 length of the prefix and those units. */
  bytes: number;
  state: HmacState;
}

export interface IncrementalHmac {
  /**
   * HMAC-SHA256 of the UTF-8 of `prefix + text` (lone surrogates as U+FFFD, as TextEncoder writes them), and how many
   * characters of `text` this call hashed. The states kept are for `text` after a given prefix: a new prefix (another
   * timestamp) hashes the text again from its start, unless `prepare` hashed it ahead. Taking the two apart spares
   * joining them, which would copy the whole text on every call.
   */
  sign(prefix: string, text: string): { mac: Uint8Array; byteLength: number; hashed: number };
  /**
   * Hashes up to `characters` more of `text` after `prefix` and keeps the states, so that signing them later resumes
   * near the end: with a live timestamp, the next second's prefix is hashed ahead in idle time instead of all at once
   * when the clock ticks. True once all but the last stretch is hashed. States are kept for two prefixes at a time.
   */
  prepare(prefix: string, text: string, characters: number): boolean;
}

const DEFAULT_INTERVAL = 64 * 1024;

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

/** The index of the last checkpoint whose prefix `a` and `b` share (checkpoint 0, the empty prefix, always fits). */
function lastSharedCheckpoint(a: string, b: string, checkpoints: readonly Checkpoint[]): number {
  // From the last one back: typing is mostly near the end. Each test compares the prefixes as strings, in native code.
  for (let i = checkpoints.length - 1; i > 0; i--) {
    const { units } = checkpoints[i]!;
    if (units <= a.length && units <= b.length && a.slice(0, units) === b.slice(0, units)) return i;
  }
  return 0;
}

/** The states kept for one prefix, each computed over the start of `text`, the first after the prefix alone. */
interface Chain {
  text: string;
  checkpoints: Checkpoint[];
}

/** Prefixes whose states are kept: the current second and the next one, hashed ahead. */
const CHAINS_KEPT = 2;

/** A signer for one key; `interval` (characters between kept states) is small only in tests. */
export function createIncrementalHmac(key: Uint8Array, interval = DEFAULT_INTERVAL): IncrementalHmac {
  const encode = utf8Writer();
  // In order of use, least recent first.
  const chains = new Map<string, Chain>();

  /** The chain for `prefix`, cut back to the states `text` still shares, and made the most recently used. */
  const chainFor = (prefix: string, text: string): Chain => {
    let chain = chains.get(prefix);
    if (chain === undefined) {
      const start = hmac.create(sha256, key);
      const prefixBytes = encode(prefix);
      start.update(prefixBytes);
      // A prefix ending on a high surrogate would pair with the text; none here does (it is "<seconds>.").
      chain = { text: '', checkpoints: [{ units: 0, bytes: prefixBytes.length, state: start }] };
    }
    chains.delete(prefix);
    chains.set(prefix, chain);
    for (const stale of chains.keys()) if (chains.size > CHAINS_KEPT) chains.delete(stale);
    chain.checkpoints = chain.checkpoints.slice(0, lastSharedCheckpoint(chain.text, text, chain.checkpoints) + 1);
    chain.text = text;
    return chain;
  };

  /** Hashes `text` on from the chain's last state to `stop` (or a little past it), keeping a state every stretch. */
  const hashOn = (chain: Chain, text: string, stop: number) => {
    const start = chain.checkpoints[chain.checkpoints.length - 1]!;
    const state = start.state.clone();
    let { units, bytes } = start;
    // A stretch of `interval` characters at a time, keeping the state after each one but the last. A kept stretch
    // never ends on a high surrogate, paired or not: a later edit could put its low half after it, and encoded apart
    // the two halves would each become U+FFFD.
    while (units < stop) {
      let end = Math.min(text.length, units + interval);
      while (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end++;
      const chunk = encode(text.slice(units, end));
      state.update(chunk);
      bytes += chunk.length;
      units = end;
      if (units < text.length) chain.checkpoints.push({ units, bytes, state: state.clone() });
    }
    return { state, bytes, hashed: units - start.units };
  };

  return {
    sign(prefix, text) {
      const { state, bytes, hashed } = hashOn(chainFor(prefix, text), text, text.length);
      return { mac: state.digest(), byteLength: bytes, hashed };
    },
    prepare(prefix, text, characters) {
      const chain = chainFor(prefix, text);
      const from = chain.checkpoints[chain.checkpoints.length - 1]!.units;
      if (text.length - from > interval) hashOn(chain, text, Math.min(text.length - interval, from + characters));
      return text.length - chain.checkpoints[chain.checkpoints.length - 1]!.units <= interval;
    },
  };
}
