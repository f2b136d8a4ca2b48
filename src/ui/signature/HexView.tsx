import { hexDump, utf8Head } from '../../core/payloadView.ts';

const LIMIT = 4096;

/** The payload's UTF-8 bytes, as `xxd` would print them; what the HMAC really reads. */
export function HexView({ payload, byteLength }: { payload: string; byteLength: number }) {
  const lines = hexDump(utf8Head(payload, LIMIT), LIMIT);
  return (
    <div className="hex-view">
      <pre aria-label="UTF-8 bytes (hex)" tabIndex={0}>
        {lines.join('\n')}
      </pre>
      {byteLength > LIMIT && <p className="hint">First {LIMIT.toLocaleString()} of {byteLength.toLocaleString()} bytes.</p>}
    </div>
  );
}
