import { memo } from 'react';
import { splitLongLines } from '../../core/longLines.ts';

/**
 * Text with each very long line drawn as its head and tail. The middle stays in the element's text inside a
 * `hidden` span (never laid out), and a CSS marker, not text, says how much is not drawn — so copying the element,
 * or reading its text, gives back `text` exactly.
 */
export const LongLineText = memo(function LongLineText({ text }: { text: string }) {
  return splitLongLines(text).map((segment, i) =>
    segment.elided ? (
      <span key={i} className="elided" data-elided={segment.text.length.toLocaleString('en-US')}>
        <span hidden>{segment.text}</span>
      </span>
    ) : (
      segment.text
    ),
  );
});
