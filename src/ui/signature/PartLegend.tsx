import { PAYLOAD_PARTS, type PayloadPart } from '../../core/payloadParts.ts';
import '../common/payloadParts.css';

const CUES: Record<PayloadPart, { name: string; cue: string }> = {
  timestamp: { name: 'Timestamp', cue: 'solid underline' },
  separator: { name: 'Separator', cue: 'double underline' },
  body: { name: 'Body', cue: 'dotted underline' },
};

/**
 * Names each part's colour and its underline, the cue that does not need colour to be seen. Each name is drawn in
 * its part's style, so the legend needs no sample values: a sample timestamp beside the live one read as a second
 * timestamp, and the samples pushed the legend onto two lines.
 */
export function PartLegend() {
  return (
    <ul className="part-legend" aria-label="Payload parts">
      {PAYLOAD_PARTS.map((part) => (
        <li key={part}>
          <span className={`part-${part}`} data-part={part}>
            {CUES[part].name}
          </span>{' '}
          <span className="muted">({CUES[part].cue})</span>
        </li>
      ))}
    </ul>
  );
}
