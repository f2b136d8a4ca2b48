/**
 * What a language's object or map does to the members of a parsed JSON object: which of two duplicate keys
 * survives and where, and in what order the keys come back out.
 */
import type { JsonValue } from './jsonValue.ts';

type Entries = Array<[string, JsonValue]>;

/** Whether two members share a key, by comparing every pair: for the few members of most objects, no Map needed. */
function smallWithoutDuplicates(entries: Entries): boolean {
  if (entries.length > 16) return false;
  for (let i = 1; i < entries.length; i++) {
    const key = entries[i]![0];
    for (let j = 0; j < i; j++) if (entries[j]![0] === key) return false;
  }
  return true;
}

/**
 * Duplicate keys as a hash map sees them (JS objects, Python dicts, PHP objects, LinkedHashMap, Gson's
 * JsonObject): the key keeps its first position and takes its last value. Returns `entries` itself when no key repeats
 * (callers copy before reordering): a Map and an array per object, per dialect, were a tenth of re-serializing a 100 kB body.
 */
export function lastValueAtFirstPosition(entries: Entries): Entries {
  if (smallWithoutDuplicates(entries)) return entries;
  const seen = new Map<string, number>();
  const out: Entries = [];
  for (const [key, value] of entries) {
    const index = seen.get(key);
    if (index === undefined) {
      seen.set(key, out.length);
      out.push([key, value]);
    } else {
      out[index] = [key, value];
    }
  }
  return out;
}

/** A canonical array index ("0" … "4294967294"), which JS objects enumerate first, in ascending numeric order. */
function isArrayIndex(key: string): boolean {
  return /^(?:0|[1-9][0-9]{0,9})$/.test(key) && Number(key) < 2 ** 32 - 1;
}

/** JavaScript object key order (ECMA-262 OrdinaryOwnPropertyKeys): array indices ascending, then insertion order. */
export function jsObjectOrder(entries: Entries): Entries {
  const unique = lastValueAtFirstPosition(entries);
  const indices = unique.filter(([key]) => isArrayIndex(key)).sort(([a], [b]) => Number(a) - Number(b));
  return [...indices, ...unique.filter(([key]) => !isArrayIndex(key))];
}

/** Key comparison by UTF-16 code units: JS `sort()`, Java `String.compareTo`, .NET ordinal. */
export function compareUtf16(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Key comparison by code point, which is also UTF-8 byte order: Python `sorted`, Go `sort.Strings`, PHP `strcmp`. */
export function compareCodePoints(a: string, b: string): number {
  const left = Array.from(a, (char) => char.codePointAt(0) ?? 0);
  const right = Array.from(b, (char) => char.codePointAt(0) ?? 0);
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const diff = (left[i] ?? 0) - (right[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return left.length - right.length;
}

/** Unique keys (last value at first position) sorted with `compare`. */
export function sortedMembers(entries: Entries, compare: (a: string, b: string) => number): Entries {
  return [...lastValueAtFirstPosition(entries)].sort(([a], [b]) => compare(a, b));
}
