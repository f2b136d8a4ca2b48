import { Fragment } from 'react';
import { partSegments, payloadParts } from '../../core/payloadParts.ts';
import { hexDump, utf8Head } from '../../core/payloadView.ts';
import { PartText } from './PartText.tsx';

const LIMIT = 4096;
// Where `hexDump` puts a row's bytes: hex pairs from column 10, three columns each; ASCII from column 59, one each.
const HEX_COLUMN = 10;
const ASCII_COLUMN = 59;

/** The payload's UTF-8 bytes, as `xxd` would print them; what the HMAC really reads. Coloured by part, as everywhere. */
export function HexView({ payload, byteLength }: { payload: string; byteLength: number }) {
  const lines = hexDump(utf8Head(payload, LIMIT), LIMIT);
  const dot = payload.indexOf('.');
  const ranges = dot >= 0 ? payloadParts(payload.slice(0, dot), payload.slice(dot + 1), byteLength) : [];
  return (
    <div className="hex-view">
      <pre aria-label="UTF-8 bytes (hex)" tabIndex={0}>
        {lines.map((line, row) => {
          const offset = row * 16;
          const segments = partSegments(ranges, offset, offset + 16, 'bytes');
          const parts = [
            ...segments.map(({ part, start, end }) => ({ part, start: HEX_COLUMN + 3 * (start - offset), end: HEX_COLUMN + 3 * (end - offset) - 1 })),
            ...segments.map(({ part, start, end }) => ({ part, start: ASCII_COLUMN + start - offset, end: ASCII_COLUMN + end - offset })),
          ];
          return (
            <Fragment key={row}>
              {row > 0 && '\n'}
              <PartText text={line} parts={parts} />
            </Fragment>
          );
        })}
      </pre>
      {byteLength > LIMIT && <p className="hint">First {LIMIT.toLocaleString()} of {byteLength.toLocaleString()} bytes.</p>}
    </div>
  );
}
