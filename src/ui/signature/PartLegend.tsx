import { PAYLOAD_PARTS, type PayloadPart } from '../../core/payloadParts.ts';
import '../common/payloadParts.css';

const SAMPLES: Record<PayloadPart, { sample: string; name: string; cue: string }> = {
  timestamp: { sample: '1764300000', name: 'Timestamp', cue: 'solid underline' },
  separator: { sample: '.', name: 'Separator', cue: 'double underline' },
  body: { sample: '{…}', name: 'Body', cue: 'dotted underline' },
};

/** Names each part's colour and its underline, the cue that does not need colour to be seen. */
export function PartLegend() {
  return (
    <ul className="part-legend" aria-label="Payload parts">
      {PAYLOAD_PARTS.map((part) => (
        <li key={part}>
          <span className={`part-sample part-${part}`} data-part={part} aria-hidden="true">
            {SAMPLES[part].sample}
          </span>
          <span>
            {SAMPLES[part].name} <span className="muted">({SAMPLES[part].cue})</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
