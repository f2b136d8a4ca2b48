/**
 * What the editor chrome needs to know about the body: carriage returns, very long lines, sheer size. The store's
 * selectors ask on every change of any request field, and React asks again to check its snapshot; each answer scans
 * the body (~0.3 ms a megabyte), so the last body's answers are kept.
 */
export interface BodyShape {
  hasCarriageReturn: boolean;
  /** Some line is longer than LONG_LINE characters. */
  hasLongLine: boolean;
  /** Longer than LARGE_BODY characters. */
  large: boolean;
}

/** Past this many characters in one line, the editor shows the body unwrapped (see MonacoBodyEditor.tsx). */
const LONG_LINE = 2_000;
/** Past this many characters, the editor switches to its large-body mode (see MonacoBodyEditor.tsx). */
export const LARGE_BODY = 100_000;

function hasLineLongerThan(text: string, limit: number): boolean {
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    if ((end === -1 ? text.length : end) - start > limit) return true;
    if (end === -1) return false;
    start = end + 1;
  }
}

let last: { body: string; shape: BodyShape } | undefined;

export function bodyShape(body: string): BodyShape {
  if (last?.body !== body) {
    last = { body, shape: { hasCarriageReturn: body.includes('\r'), hasLongLine: hasLineLongerThan(body, LONG_LINE), large: body.length > LARGE_BODY } };
  }
  return last.shape;
}
