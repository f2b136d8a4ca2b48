/**
 * How each serializer writes a string (MISMATCHES.md §3.1 and §3.5). A `CharRule` decides, for one code point,
 * the text written in its place; `undefined` means that serializer fails on it. Lone surrogates reach the rule
 * as their own code unit with `lone = true`.
 */

export type CharRule = (codePoint: number, lone: boolean) => string | undefined;

/** The escapes every dialect here writes in short form (Go only since 1.22 for \b and \f). */
const SHORT: Readonly<Record<number, string>> = {
  0x22: '\\"', 0x5c: '\\\\', 0x08: '\\b', 0x0c: '\\f', 0x0a: '\\n', 0x0d: '\\r', 0x09: '\\t',
};

function hex4(unit: number, upper: boolean): string {
  const hex = unit.toString(16).padStart(4, '0');
  return `\\u${upper ? hex.toUpperCase() : hex}`;
}

/** `\uXXXX`, or a surrogate pair of them for an astral code point. */
function unicodeEscape(codePoint: number, upper = false): string {
  if (codePoint < 0x10000) return hex4(codePoint, upper);
  const offset = codePoint - 0x10000;
  return hex4(0xd800 + (offset >> 10), upper) + hex4(0xdc00 + (offset & 0x3ff), upper);
}

const isLineSeparator = (codePoint: number) => codePoint === 0x2028 || codePoint === 0x2029;

/** Any character outside printable ASCII, or one of the printable ones some dialect escapes. */
const NEEDS_RULE = /[^\x20-\x7e]|["\\/<>&'=+`]/;

/** Quotes `value` under `rule`; `undefined` when the rule fails on any character. */
export function quoteString(value: string, rule: CharRule): string | undefined {
  // Most strings are printable ASCII without the characters some rule escapes: one native regex test settles them.
  if (!NEEDS_RULE.test(value)) return `"${value}"`;
  let out = '"';
  let runStart = 0;
  for (let i = 0; i < value.length; ) {
    const codePoint = value.codePointAt(i) ?? 0;
    const width = codePoint > 0xffff ? 2 : 1;
    const lone = codePoint >= 0xd800 && codePoint <= 0xdfff;
    // Printable ASCII other than the usual suspects is raw in every dialect's rule; skip the call for speed.
    if (codePoint >= 0x20 && codePoint < 0x7f && !'"\\/<>&\'=+`'.includes(value[i] ?? '')) {
      i += width;
      continue;
    }
    const written = rule(codePoint, lone);
    if (written === undefined) return undefined;
    out += value.slice(runStart, i) + written;
    i += width;
    runStart = i;
  }
  return `${out}${value.slice(runStart)}"`;
}

const raw = (codePoint: number) => String.fromCodePoint(codePoint);

/** JSON.stringify (ES2019 well-formed): controls as lowercase \u00xx, lone surrogates escaped, the rest raw. */
export const jsChars: CharRule = (cp, lone) => SHORT[cp] ?? (cp < 0x20 || lone ? hex4(cp, false) : raw(cp));

/** Python `ensure_ascii=True`: everything outside space..tilde escaped lowercase, DEL included. */
export const pythonAsciiChars: CharRule = (cp) => SHORT[cp] ?? (cp < 0x20 || cp >= 0x7f ? unicodeEscape(cp) : raw(cp));

/** Python `ensure_ascii=False`: only controls escaped; a lone surrogate cannot be encoded to UTF-8 afterwards. */
export const pythonUnicodeChars: CharRule = (cp, lone) =>
  lone ? undefined : (SHORT[cp] ?? (cp < 0x20 ? hex4(cp, false) : raw(cp)));

/**
 * PHP json_encode: `/` as `\/` unless JSON_UNESCAPED_SLASHES; non-ASCII as lowercase \uxxxx unless
 * JSON_UNESCAPED_UNICODE, and U+2028/2029 escaped even then; DEL raw. json_decode already refused lone surrogates.
 */
export function phpChars(flags: { unescapedSlashes: boolean; unescapedUnicode: boolean }): CharRule {
  return (cp, lone) => {
    if (lone) return undefined;
    if (cp === 0x2f) return flags.unescapedSlashes ? '/' : '\\/';
    if (SHORT[cp] !== undefined) return SHORT[cp];
    if (cp < 0x20) return hex4(cp, false);
    if (cp < 0x80) return raw(cp);
    return flags.unescapedUnicode && !isLineSeparator(cp) ? raw(cp) : unicodeEscape(cp);
  };
}

const GO_HTML = new Set([0x3c, 0x3e, 0x26]);

/**
 * Go ≥ 1.22 encoding/json with HTML escaping (Marshal's default): `<>&` and U+2028/2029 as lowercase \u escapes.
 * Lone surrogates were already U+FFFD after json.Unmarshal; `goString` makes that replacement.
 */
export const goChars: CharRule = (cp) =>
  SHORT[cp] ?? (cp < 0x20 || GO_HTML.has(cp) || isLineSeparator(cp) ? hex4(cp, false) : raw(cp));

/** Go's decoder turns every unpaired surrogate escape into U+FFFD. */
export function goString(value: string): string {
  return value.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

const GSON_HTML = new Set([0x3c, 0x3e, 0x26, 0x27, 0x3d]);

/**
 * Gson 2.11 (HTML-safe by default): `<>&'=` and U+2028/2029 as lowercase \u escapes, DEL and non-ASCII raw.
 * A lone surrogate passes through Gson and becomes `?` when Java encodes the string to UTF-8 (`getBytes`).
 */
export const gsonChars: CharRule = (cp, lone) =>
  lone ? '?' : (SHORT[cp] ?? (cp < 0x20 || GSON_HTML.has(cp) || isLineSeparator(cp) ? hex4(cp, false) : raw(cp)));

/** Jackson 2.18 default: only controls escaped, as UPPERCASE \u00XX; a lone surrogate becomes `?` like Gson's. */
export const jacksonChars: CharRule = (cp, lone) =>
  lone ? '?' : (SHORT[cp] ?? (cp < 0x20 ? hex4(cp, true) : raw(cp)));

const DOTNET_ESCAPED_ASCII = new Set([0x22, 0x26, 0x27, 0x2b, 0x3c, 0x3e, 0x60]);

/**
 * .NET System.Text.Json with JavaScriptEncoder.Default: only printable ASCII stays raw, minus `"&'+<>` and the
 * backtick; everything else (non-ASCII, DEL, `"`) as UPPERCASE \uXXXX, with \b \t \n \f \r and `\\` short (S: MS
 * docs "character encoding"; dotnet/runtime#50998). Invalid UTF-16 makes the writer throw (M).
 */
export const dotnetChars: CharRule = (cp, lone) => {
  if (lone) return undefined;
  if (cp !== 0x22 && SHORT[cp] !== undefined) return SHORT[cp];
  if (cp >= 0x20 && cp < 0x7f && !DOTNET_ESCAPED_ASCII.has(cp)) return raw(cp);
  return unicodeEscape(cp, true);
};
