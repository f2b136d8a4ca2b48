// The parts of a payload by where they come from, in characters and in UTF-8 bytes; byte offsets are checked against
// Node's Buffer, not against the module's own encoder.
import { describe, expect, it } from 'vitest';
import { partSegments, payloadParts } from '../../src/core/payloadParts.ts';

const body = '{"to":"+4915112345678","message":"Grüße 🚀 <b>"}';
const payload = `1764300000.${body}`;

describe('payloadParts', () => {
  it('splits a non-ASCII payload into timestamp, dot and body, in characters and in bytes', () => {
    const parts = payloadParts('1764300000', body);
    expect(parts.map((p) => payload.slice(p.start, p.end))).toEqual(['1764300000', '.', body]);
    const bytes = Buffer.from(payload, 'utf8');
    expect(parts.map((p) => bytes.subarray(p.byteStart, p.byteEnd).toString('utf8'))).toEqual(['1764300000', '.', body]);
    // ü and ß take two bytes for one unit, the rocket four for two: the body has 4 more bytes than units.
    expect(Buffer.byteLength(body) - body.length).toBe(4);
    expect(parts[2]!.byteEnd - parts[2]!.byteStart).toBe(Buffer.byteLength(body));
    expect(parts[2]!.byteEnd).toBe(bytes.length);
  });

  it('takes the signer’s byte count instead of encoding the body again', () => {
    const parts = payloadParts('1764300000', body, 999);
    expect(parts[2]).toMatchObject({ byteStart: 11, byteEnd: 999 });
  });

  it('keeps the dot and an empty body when there is no body', () => {
    const parts = payloadParts('1764300000', '');
    expect(parts.map((p) => [p.part, p.start, p.end, p.byteStart, p.byteEnd])).toEqual([
      ['timestamp', 0, 10, 0, 10],
      ['separator', 10, 11, 10, 11],
      ['body', 11, 11, 11, 11],
    ]);
    expect(partSegments(parts, 0, 11)).toEqual([
      { part: 'timestamp', start: 0, end: 10 },
      { part: 'separator', start: 10, end: 11 },
    ]);
  });

  it('cuts a hex dump row into the parts it spans', () => {
    const parts = payloadParts('1764300000', body);
    // Row one: 10 digits, the dot, 5 bytes of body; row two: body only.
    expect(partSegments(parts, 0, 16, 'bytes')).toEqual([
      { part: 'timestamp', start: 0, end: 10 },
      { part: 'separator', start: 10, end: 11 },
      { part: 'body', start: 11, end: 16 },
    ]);
    expect(partSegments(parts, 16, 32, 'bytes')).toEqual([{ part: 'body', start: 16, end: 32 }]);
    // Characters and bytes part ways after the first non-ASCII character.
    const total = Buffer.byteLength(payload);
    expect(partSegments(parts, 48, total, 'bytes')).toEqual([{ part: 'body', start: 48, end: total }]);
    expect(partSegments(parts, payload.length, total, 'chars')).toEqual([]);
  });
});
