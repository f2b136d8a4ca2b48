/**
 * Splits text for display so that no line is drawn longer than a few thousand characters. A long line keeps its head
 * and its tail drawn; its middle becomes an `elided` segment, which a view keeps in the element's text (copying,
 * find-in-page and tests still see all of it) but out of layout — laying out a megabyte-long line of a generated
 * snippet on every keystroke froze typing for ~150 ms.
 */
export interface TextSegment {
  text: string;
  elided: boolean;
}

export interface LongLineLimits {
  /** A line longer than this (in UTF-16 units) is elided. */
  longerThan: number;
  /** Characters drawn at the start and at the end of an elided line. */
  head: number;
  tail: number;
}

export const DEFAULT_LONG_LINE_LIMITS: LongLineLimits = { longerThan: 4_000, head: 2_000, tail: 400 };

/** Segments whose texts, joined, are `text` exactly. Cuts never split a surrogate pair. */
export function splitLongLines(text: string, limits: LongLineLimits = DEFAULT_LONG_LINE_LIMITS): TextSegment[] {
  const segments: TextSegment[] = [];
  let drawnFrom = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    if (lineEnd - lineStart > limits.longerThan) {
      const cutStart = pairSafe(text, lineStart + limits.head);
      const cutEnd = pairSafe(text, lineEnd - limits.tail);
      segments.push({ text: text.slice(drawnFrom, cutStart), elided: false }, { text: text.slice(cutStart, cutEnd), elided: true });
      drawnFrom = cutEnd;
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  if (drawnFrom < text.length || segments.length === 0) segments.push({ text: text.slice(drawnFrom), elided: false });
  return segments;
}

/** `index`, moved back one unit when it would fall between the halves of a surrogate pair. */
function pairSafe(text: string, index: number): number {
  const before = text.charCodeAt(index - 1);
  const at = text.charCodeAt(index);
  return before >= 0xd800 && before <= 0xdbff && at >= 0xdc00 && at <= 0xdfff ? index - 1 : index;
}
