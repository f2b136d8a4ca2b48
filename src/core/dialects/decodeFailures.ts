/**
 * Bodies a language's decoder refuses before any serializer runs. These look at the whole parsed text, including
 * members a later duplicate key overwrites: the decoder sees them before the duplicate replaces them.
 */
import type { JsonValue } from './jsonValue.ts';

/** Whether `test` holds for any node (with its container depth, 1 for the outermost array/object) or any key. */
function anyNode(value: JsonValue, test: (node: JsonValue, depth: number) => boolean, testKey: (key: string) => boolean): boolean {
  const visit = (node: JsonValue, depth: number): boolean => {
    if (test(node, depth)) return true;
    if (node.kind === 'array') return node.items.some((item) => visit(item, depth + 1));
    if (node.kind === 'object') return node.entries.some(([key, member]) => testKey(key) || visit(member, depth + 1));
    return false;
  };
  return visit(value, 0);
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const isContainer = (node: JsonValue) => node.kind === 'array' || node.kind === 'object';

/**
 * PHP 8 `json_decode($body)` fails on: an unpaired surrogate escape ("Single unpaired UTF-16 surrogate"), a
 * property name starting with NUL ("The decoded property name is invalid"), and 512 or more nested containers at
 * the default depth of 512 ("Maximum stack depth exceeded"). All verified with PHP 8.2.
 */
export function phpDecodeFails(value: JsonValue): boolean {
  return anyNode(
    value,
    (node, depth) => (isContainer(node) && depth + 1 >= 512) || (node.kind === 'string' && LONE_SURROGATE.test(node.value)),
    (key) => key.startsWith('\0') || LONE_SURROGATE.test(key),
  );
}

/** CPython ≥ 3.11 `json.loads` refuses integers of more than 4300 digits (sys.int_info.default_max_str_digits). */
export function pythonDecodeFails(value: JsonValue): boolean {
  return anyNode(value, (node) => node.kind === 'number' && !/[.eE]/.test(node.lexeme) && node.lexeme.replace('-', '').length > 4300, () => false);
}

/** Go `json.Unmarshal` into `any` returns an error for a number that overflows float64 (`1e400`). */
export function goDecodeFails(value: JsonValue): boolean {
  return anyNode(value, (node) => node.kind === 'number' && !Number.isFinite(Number(node.lexeme)), () => false);
}

/**
 * Jackson 2.15+ `readTree` refuses a number with more than 1000 digits (StreamReadConstraints.maxNumberLength;
 * the sign, point and exponent marker do not count). Verified with Jackson 2.18.2.
 */
export function jacksonDecodeFails(value: JsonValue): boolean {
  return anyNode(value, (node) => node.kind === 'number' && node.lexeme.replace(/[^0-9]/g, '').length > 1000, () => false);
}
