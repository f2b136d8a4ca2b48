/** Text facts that change what gets signed without being visible in an editor. */

export interface LoneSurrogate {
  /** UTF-16 index of the unpaired surrogate in the string. */
  index: number;
  /** The code unit, e.g. 0xd83d. */
  codeUnit: number;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Unpaired UTF-16 surrogates. `TextEncoder` (and every HTTP client) turns each into U+FFFD, so the bytes signed
 * and sent are not the characters shown. Returns at most `limit` of them.
 */
export function findLoneSurrogates(text: string, limit = 20): LoneSurrogate[] {
  // The regex engine scans a megabyte in about a millisecond; the loop below takes several. Most text has none.
  if (!LONE_SURROGATE.test(text)) return [];
  const found: LoneSurrogate[] = [];
  for (let i = 0; i < text.length && found.length < limit; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else found.push({ index: i, codeUnit: unit });
    } else if (unit >= 0xdc00 && unit <= 0xdfff) {
      found.push({ index: i, codeUnit: unit });
    }
  }
  return found;
}

/** The number of UTF-8 bytes `text` encodes to, without allocating them. */
export function utf8ByteLength(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) length += 1;
    else if (unit < 0x800) length += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        length += 4;
        i++;
      } else length += 3;
    } else length += 3;
  }
  return length;
}
