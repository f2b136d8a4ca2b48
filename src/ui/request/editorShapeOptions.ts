/**
 * The editor options that follow the body's shape (bodyShape.ts). Kept apart from the React component so that the
 * bench's bare Monaco page (bench/bareMonaco) applies exactly the same ones: the two then differ only by what the
 * explorer renders around the editor.
 */
import type { BodyShape } from './bodyShape.ts';

/**
 * Past LARGE_BODY characters, wrapping and the screen-reader textarea mirror are switched off: with them, Monaco
 * measures line breaks in the DOM and a 1 MB paste froze the page for seconds. The text is shown plain, too: JSON
 * colouring re-tokenizes an edited line whole, ~9 ms a key for a one-line megabyte (the warnings below the editor
 * still say whether it is valid JSON). Also off: decorations Monaco recomputes from the text around the cursor on
 * every edit (indent guides, bracket matching, occurrence and selection highlights, folding, links), ~2 ms a key.
 */
export const largeBodyOptions = {
  wordWrap: 'off', accessibilitySupport: 'off', guides: { indentation: false, bracketPairs: false }, matchBrackets: 'never',
  occurrencesHighlight: 'off', selectionHighlight: false, folding: false, links: false,
} as const;

/**
 * Monaco measures wrapping in the DOM while screen-reader support is on (it forces the "advanced" strategy), and
 * the cost grows with the length of the edited line: a 10 kB one-line body cost ~20 ms a key. Bodies with lines
 * over LONG_LINE characters are shown unwrapped; pretty-printed bodies of any size keep wrapping.
 *
 * An unwrapped line is rendered whole (up to 10,000 characters) on every edit, and marking every whitespace run put
 * one element per space into it: ~50 ms of style and layout per key in a 10 kB body. Such lines mark only the
 * whitespace that is not a single space between words; the Payload step still shows every character.
 */
export const longLineOptions = { wordWrap: 'off', renderWhitespace: 'boundary' } as const;

/** The options for a body of this shape, on top of the verbatim ones. */
export function optionsForShape(shape: Pick<BodyShape, 'large' | 'hasLongLine'>) {
  return { ...(shape.hasLongLine ? longLineOptions : {}), ...(shape.large ? largeBodyOptions : {}) };
}
