/**
 * Splits a payload into runs for display: plain text, whitespace that must be visible, JSON `\u` escapes, non-ASCII
 * characters and control characters. Concatenating every `text` gives back the payload exactly, so the view can
 * mark characters without changing the text a reader (or a test) copies out of it.
 */
import { utf8 } from './encoding.ts';

export type PayloadRunKind = 'text' | 'space' | 'tab' | 'newline' | 'cr' | 'escape' | 'nonAscii' | 'control' | 'lone';

export interface PayloadRun {
  kind: PayloadRunKind;
  text: string;
}

// One alternative per kind, so a single regex pass classifies the whole string. Control characters are the point.
const RUNS =
  // eslint-disable-next-line no-control-regex
  /( +)|(\t+)|(\n)|(\r)|(\\u[0-9a-fA-F]{4})|([\ud800-\udbff][\udc00-\udfff]|[\u0080-\ud7ff\ue000-\uffff])|([\ud800-\udfff])|([\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f])/g;
const KINDS: PayloadRunKind[] = ['space', 'tab', 'newline', 'cr', 'escape', 'nonAscii', 'lone', 'control'];

/** Runs for the first `limit` UTF-16 units of `payload`; the caller shows the rest as plain text. */
export function payloadRuns(payload: string, limit = 20_000): PayloadRun[] {
  const text = payload.slice(0, limit);
  const runs: PayloadRun[] = [];
  let last = 0;
  for (const match of text.matchAll(RUNS)) {
    const start = match.index;
    if (start > last) runs.push({ kind: 'text', text: text.slice(last, start) });
    const group = match.findIndex((value, i) => i > 0 && value !== undefined);
    const kind = KINDS[group - 1] ?? 'text';
    const previous = runs.at(-1);
    // Adjacent non-ASCII characters read better as one highlighted word.
    if (kind === 'nonAscii' && previous?.kind === 'nonAscii') previous.text += match[0];
    else runs.push({ kind, text: match[0] });
    last = start + match[0].length;
  }
  if (last < text.length) runs.push({ kind: 'text', text: text.slice(last) });
  return runs;
}

/** Lines of `offset: hex bytes  ascii` for the first `limit` bytes, as `xxd` prints them. */
/** The first `limit` UTF-8 bytes of `text`, encoding no more of it than they need. */
export function utf8Head(text: string, limit: number): Uint8Array {
  // `limit + 1` units: a surrogate pair straddling unit `limit` is kept whole, so every byte before `limit` is exact.
  return utf8(text.slice(0, limit + 1)).subarray(0, limit);
}

export function hexDump(bytes: Uint8Array, limit = 4096): string[] {
  const lines: string[] = [];
  const end = Math.min(bytes.length, limit);
  for (let offset = 0; offset < end; offset += 16) {
    const row = bytes.subarray(offset, Math.min(offset + 16, end));
    const hex = Array.from(row, (b) => b.toString(16).padStart(2, '0')).join(' ');
    const ascii = Array.from(row, (b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.')).join('');
    lines.push(`${offset.toString(16).padStart(8, '0')}  ${hex.padEnd(47)}  ${ascii}`);
  }
  return lines;
}
