import { useState } from 'react';
import { formatInlineValue, INLINE_LIMIT, type StepValueId, type StepValues, type ValueStyle } from '../../core/inlineValues.ts';
import { PartText } from './PartText.tsx';

/** Values up to this many characters also sit whole in a tooltip; longer ones only behind "show all". */
const TITLE_LIMIT = 4_000;

/**
 * The value a code line holds for the current request, written as its language prints it: cut at `INLINE_LIMIT`
 * characters with a visible ellipsis, the whole value one click away. Its accessible name is "value of line N".
 */
export function InlineValue({ values, id, style, line }: { values: StepValues; id: StepValueId; style: ValueStyle; line: number }) {
  const [expanded, setExpanded] = useState(false);
  const value = formatInlineValue(values, id, style, expanded ? undefined : INLINE_LIMIT);
  const cut = expanded || value.truncated;
  // Only a payload shorter than the tooltip limit is formatted twice; a megabyte is formatted whole on request only.
  const title = value.truncated && values.payloadByteLength <= TITLE_LIMIT ? formatInlineValue(values, id, style).text : undefined;
  return (
    <span className="inline-value">
      <output aria-label={`value of line ${line}`} aria-live="off" title={title}>
        <PartText text={value.text} parts={value.parts} />
      </output>
      {value.truncated && <span aria-hidden="true">…</span>}
      {cut && (
        <button
          type="button"
          className="inline-value-more"
          aria-expanded={expanded}
          aria-label={expanded ? `Show less of the value of line ${line}` : `Show all of the value of line ${line}`}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? 'less' : 'all'}
        </button>
      )}
    </span>
  );
}
