import { hexDump } from '../../core/payloadView.ts';

const LIMIT = 4096;

/** The payload's UTF-8 bytes, as `xxd` would print them; what the HMAC really reads. */
export function HexView({ bytes }: { bytes: Uint8Array }) {
  const lines = hexDump(bytes, LIMIT);
  return (
    <div className="hex-view">
      <pre aria-label="UTF-8 bytes (hex)" tabIndex={0}>
        {lines.join('\n')}
      </pre>
      {bytes.length > LIMIT && <p className="hint">First {LIMIT.toLocaleString()} of {bytes.length.toLocaleString()} bytes.</p>}
    </div>
  );
}
