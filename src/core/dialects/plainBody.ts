/**
 * Bodies on which several dialects write the very same text, so the diagnoser serializes one and reuses it (each
 * emission of a 100 kB body costs it ~5–20 ms). A body is plain when nothing in it reaches a rule where those
 * dialects differ: every number a canonical integer of at most 15 digits (`-0` excluded), no duplicate keys, no
 * all-digit keys (JavaScript lists array indices first), no `null` object member (Gson drops them), no string or key
 * holding `/ < > & ' =`, DEL, U+2028/2029, a surrogate (lone or paired) or a control other than tab, LF and CR, and
 * fewer than 500 nested containers (PHP refuses 512). tests/core/dialects/plainBody.node.test.ts checks every pair on
 * plain random bodies.
 */
import type { DialectId } from './dialects.ts';
import type { JsonValue } from './jsonValue.ts';
import { isSmallCanonicalInteger } from './numberFormats.ts';

// eslint-disable-next-line no-control-regex -- control characters are the point
const NOT_PLAIN_TEXT = /[/<>&'=\u007f\u2028\u2029\ud800-\udfff\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
const ALL_DIGITS = /^\d+$/;

export function isPlainBody(value: JsonValue): boolean {
  const visit = (node: JsonValue, depth: number): boolean => {
    switch (node.kind) {
      case 'null':
      case 'bool':
        return true;
      case 'number':
        return isSmallCanonicalInteger(node.lexeme);
      case 'string':
        return !NOT_PLAIN_TEXT.test(node.value);
      case 'array':
        return depth < 500 && node.items.every((item) => visit(item, depth + 1));
      case 'object': {
        if (depth >= 500) return false;
        const keys = new Set<string>();
        for (const [key, member] of node.entries) {
          if (keys.has(key) || ALL_DIGITS.test(key) || NOT_PLAIN_TEXT.test(key) || member.kind === 'null' || !visit(member, depth + 1)) return false;
          keys.add(key);
        }
        return true;
      }
    }
  };
  return visit(value, 0);
}

/** A dialect's output: its id, and for the two that sort on request whether the keys are sorted. */
export type OutputKey = `${DialectId}:${'sorted' | 'unsorted'}`;

export function outputKey(id: DialectId, sorted: boolean): OutputKey {
  return `${id}:${sorted ? 'sorted' : 'unsorted'}`;
}

/** The dialect and key order an output key names. */
export function parseOutputKey(key: OutputKey): { id: DialectId; sorted: boolean } {
  const colon = key.lastIndexOf(':');
  return { id: key.slice(0, colon) as DialectId, sorted: key.slice(colon + 1) === 'sorted' };
}

/**
 * On a plain body, the output that equals `key`'s (an earlier one in the diagnoser's order), or `undefined`. Why each
 * holds on a plain body: Gson, Go and PHP with JSON_UNESCAPED_UNICODE write what JSON.stringify writes (their extra
 * escapes are of characters a plain body lacks, their numbers are the lexeme, Go's code-point key order is UTF-16 order
 * without surrogates); PHP's default escapes are Python ensure_ascii's (lowercase `\u`, `/` absent, DEL absent).
 */
export const PLAIN_SAME_OUTPUT: Readonly<Partial<Record<OutputKey, OutputKey>>> = {
  'gson:unsorted': 'js:unsorted',
  'go:unsorted': 'js:unsorted',
  'go:sorted': 'js:sorted',
  'php-unescaped-unicode:unsorted': 'js:unsorted',
  'php-default:unsorted': 'python-compact:unsorted',
  'php-pretty:unsorted': 'python-indent-4:unsorted',
};
