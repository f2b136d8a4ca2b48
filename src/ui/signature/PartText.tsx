import type { ReactNode } from 'react';
import type { PayloadPart } from '../../core/payloadParts.ts';
import '../common/payloadParts.css';

/** `text` with the characters in each range wrapped in its part's colour; the text itself is unchanged. */
export function PartText({ text, parts }: { text: string; parts?: readonly { part: PayloadPart; start: number; end: number }[] }) {
  if (!parts || parts.length === 0) return <>{text}</>;
  const out: ReactNode[] = [];
  let at = 0;
  for (const { part, start, end } of parts) {
    if (start > at) out.push(text.slice(at, start));
    out.push(
      <span key={start} className={`part-${part}`} data-part={part}>
        {text.slice(start, end)}
      </span>,
    );
    at = end;
  }
  if (at < text.length) out.push(text.slice(at));
  return <>{out}</>;
}
