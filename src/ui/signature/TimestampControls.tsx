import { useNowSeconds } from '../../state/clockStore.ts';
import {
  setPinnedTimestamp,
  setTimestampPinned,
  usePinnedTimestamp,
  useTimestampMode,
} from '../../state/requestStore.ts';
import { useSignedTimestamp } from '../../state/signatureStore.ts';
import { timestampSkew } from '../../core/timestampInput.ts';
import { describedBy, Field } from '../common/Field.tsx';
import '../common/payloadParts.css';

/** Live (follows the clock every second) or pinned (a value the user typed). Typing a value pins it. */
export function TimestampControls() {
  const mode = useTimestampMode();
  const pinned = usePinnedTimestamp();
  const nowSeconds = useNowSeconds();
  const timestamp = useSignedTimestamp();
  const messages = [];
  if (!timestamp.ok) messages.push({ text: timestamp.error.message, tone: 'error' as const });
  else if (mode === 'pinned') {
    if (timestamp.warning) messages.push({ text: timestamp.warning, tone: 'info' as const });
    const { skewSeconds, withinWindow } = timestampSkew(timestamp.value, nowSeconds);
    if (!withinWindow) {
      messages.push({
        text: `${Math.abs(skewSeconds)} s ${skewSeconds < 0 ? 'behind' : 'ahead of'} this computer's clock: outside the server's ±300 s window (TIMESTAMP_EXPIRED).`,
        tone: 'warning' as const,
      });
    }
  }
  return (
    <div className="timestamp-controls">
      <label className="switch">
        <input
          type="checkbox"
          role="switch"
          checked={mode === 'pinned'}
          onChange={(event) => setTimestampPinned(event.target.checked, nowSeconds)}
        />
        Pin timestamp
      </label>
      <Field id="timestamp" label="Timestamp" messages={messages}>
        <input
          id="timestamp"
          // Coloured as the timestamp is in the payload, the header and the code: one value, one colour.
          className="part-timestamp"
          inputMode="numeric"
          spellCheck={false}
          value={mode === 'pinned' ? pinned : String(nowSeconds)}
          aria-describedby={describedBy('timestamp', messages.length)}
          aria-invalid={!timestamp.ok}
          onChange={(event) => {
            if (mode === 'live') setTimestampPinned(true, nowSeconds);
            setPinnedTimestamp(event.target.value);
          }}
        />
      </Field>
    </div>
  );
}
