/**
 * Where each part of a payload comes from — the timestamp, the `.` between, the body — as ranges of UTF-16 units (for
 * text views) and of UTF-8 bytes (for the hex view), so every view colours the same character the same way.
 */
import { utf8 } from './encoding.ts';

export type PayloadPart = 'timestamp' | 'separator' | 'body';
export const PAYLOAD_PARTS: readonly PayloadPart[] = ['timestamp', 'separator', 'body'];

export interface PartRange {
  part: PayloadPart;
  /** UTF-16 units, end exclusive: `payload.slice(start, end)`. */
  start: number;
  end: number;
  /** UTF-8 bytes of the payload, end exclusive. */
  byteStart: number;
  byteEnd: number;
}

/**
 * The three parts of `"<timestamp>.<body>"`. `payloadByteLength`, when the signer already counted it, spares encoding a
 * long body again; otherwise the body is encoded once to count its bytes.
 */
export function payloadParts(timestamp: string, body: string, payloadByteLength?: number): PartRange[] {
  const timestampBytes = utf8(timestamp).length;
  const dot = timestamp.length;
  const bodyStartByte = timestampBytes + 1;
  const byteEnd = payloadByteLength ?? bodyStartByte + utf8(body).length;
  return [
    { part: 'timestamp', start: 0, end: dot, byteStart: 0, byteEnd: timestampBytes },
    { part: 'separator', start: dot, end: dot + 1, byteStart: timestampBytes, byteEnd: bodyStartByte },
    { part: 'body', start: dot + 1, end: dot + 1 + body.length, byteStart: bodyStartByte, byteEnd },
  ];
}

export interface PartSegment {
  part: PayloadPart;
  start: number;
  end: number;
}

/**
 * The pieces of `[start, end)` (byte offsets when `unit` is `'bytes'`, else UTF-16 units) that fall in each part, in
 * order; empty pieces are left out. A hex dump row of 16 bytes becomes one to three coloured runs.
 */
export function partSegments(ranges: readonly PartRange[], start: number, end: number, unit: 'chars' | 'bytes' = 'chars'): PartSegment[] {
  const segments: PartSegment[] = [];
  for (const range of ranges) {
    const from = Math.max(start, unit === 'bytes' ? range.byteStart : range.start);
    const to = Math.min(end, unit === 'bytes' ? range.byteEnd : range.end);
    if (to > from) segments.push({ part: range.part, start: from, end: to });
  }
  return segments;
}
