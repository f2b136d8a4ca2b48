/**
 * The value a line of signing code holds for the current request, written as that language shows it — what a
 * debugger prints beside the line: `"…"` in JavaScript, `'…'` (Python's `repr`) and `b'…'` in Python, PHP's `var_dump`
 * (`string(87) "…"`, whose count is bytes). Long values are cut at `limit` characters of the value itself, never in the
 * middle of a character, and say so, so the step-through can show the start and offer the rest.
 */
import { pythonEscape, pythonQuote } from './dialects/pythonRepr.ts';
import { utf8 } from './encoding.ts';
import type { PayloadPart } from './payloadParts.ts';
import { utf8Head } from './payloadView.ts';

/** The values of the signing steps a line can show; `payloadBytes` is the payload's UTF-8 bytes. */
export type StepValueId = 'secretHash' | 'timestamp' | 'body' | 'payload' | 'payloadBytes' | 'signature';

/** How a language writes a value; `plain` (JSON strings, spaced hex bytes) for a language without its own yet. */
export type ValueStyle = 'javascript' | 'python' | 'php' | 'plain';

export interface StepValues {
  secretHash: string;
  /** Decimal seconds, as in X-Timestamp. */
  timestamp: string;
  body: string;
  payload: string;
  /** UTF-8 length of `payload`, as the signer counted it. */
  payloadByteLength: number;
  signature: string;
}

export interface InlineValue {
  text: string;
  /** The value was longer than the limit: `text` is its start, without the closing quote. */
  truncated: boolean;
  /** Where in `text` the timestamp, the dot and the body appear (quotes and counts excluded), for colouring. */
  parts?: { part: PayloadPart; start: number; end: number }[];
}

/** Characters of a value shown before the step-through offers "show all". */
export const INLINE_LIMIT = 72;

/** `values[id]` as `style` writes it; whole when `limit` is undefined. */
export function formatInlineValue(values: StepValues, id: StepValueId, style: ValueStyle, limit?: number): InlineValue {
  switch (id) {
    case 'timestamp': {
      const open = style === 'php' ? 'int(' : '';
      const text = style === 'php' ? `int(${values.timestamp})` : values.timestamp;
      return { text, truncated: false, parts: [{ part: 'timestamp', start: open.length, end: open.length + values.timestamp.length }] };
    }
    case 'payloadBytes':
      if (style === 'php') return withPayloadParts(formatString(values.payload, values.payloadByteLength, style, limit), values, 1);
      return withPayloadParts(formatBytes(values, style, limit), values, style === 'python' ? 1 : 3);
    case 'payload':
      return withPayloadParts(formatString(values.payload, values.payloadByteLength, style, limit), values, 1);
    case 'body': {
      // The body's bytes follow the timestamp's digits and the dot, one byte each.
      const { value, open, close } = formatString(values.body, values.payloadByteLength - values.timestamp.length - 1, style, limit);
      return { ...value, parts: [{ part: 'body', start: open, end: value.text.length - close }] };
    }
    case 'secretHash':
    case 'signature':
      return formatString(values[id], values[id].length, style, limit).value;
  }
}

interface Formatted {
  value: InlineValue;
  /** Characters before the value itself (quote, `string(87) "`, `<Buffer `) and after it in `value.text`. */
  open: number;
  close: number;
}

/**
 * The timestamp's digits and the dot are ASCII and need no escape in any notation, so they fill the first
 * `(digits + 1) × width` characters after the opening: one each as text, three each (`31 `) as spaced hex.
 */
function withPayloadParts({ value, open, close }: Formatted, values: StepValues, width: number): InlineValue {
  const end = value.text.length - close;
  const clip = (n: number) => Math.min(n, end);
  const digits = values.timestamp.length;
  const gap = width === 3 ? 1 : 0;
  const parts: InlineValue['parts'] = [
    { part: 'timestamp', start: open, end: clip(open + digits * width - gap) },
    { part: 'separator', start: clip(open + digits * width), end: clip(open + (digits + 1) * width - gap) },
    { part: 'body', start: clip(open + (digits + 1) * width), end },
  ];
  return { ...value, parts: parts.filter((p) => p.end > p.start) };
}

/** The first `limit` UTF-16 units of `text`, one fewer when the cut would split a surrogate pair. */
function head(text: string, limit: number | undefined): { shown: string; truncated: boolean } {
  if (limit === undefined || text.length <= limit) return { shown: text, truncated: false };
  const code = text.charCodeAt(limit - 1);
  const end = code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
  return { shown: text.slice(0, end), truncated: true };
}

function formatString(value: string, byteLength: number, style: ValueStyle, limit: number | undefined): Formatted {
  const { shown, truncated } = head(value, limit);
  let open: string;
  let inside: string;
  let close: string;
  if (style === 'python') {
    // The quote repr picks depends on the whole string, not on the start shown.
    const quote = pythonQuote(value);
    [open, inside, close] = [quote, pythonEscape(shown, quote), quote];
  } else if (style === 'php') {
    // var_dump prints the bytes as they are, between double quotes, after their count.
    [open, inside, close] = [`string(${byteLength}) "`, shown, '"'];
  } else {
    [open, inside, close] = ['"', JSON.stringify(shown).slice(1, -1), '"'];
  }
  const ending = truncated ? '' : close;
  return { value: { text: open + inside + ending, truncated }, open: open.length, close: ending.length };
}

function formatBytes(values: StepValues, style: ValueStyle, limit: number | undefined): Formatted {
  const total = values.payloadByteLength;
  if (style === 'python') {
    const count = limit === undefined ? total : Math.min(total, limit);
    const bytes = count === total ? utf8(values.payload) : utf8Head(values.payload, count);
    // Quotes are ASCII, one byte each: the bytes hold one exactly where the text does.
    const quote = pythonQuote(values.payload);
    const truncated = count < total;
    const ending = truncated ? '' : quote;
    return { value: { text: `b${quote}${pythonBytesInside(bytes, quote)}${ending}`, truncated }, open: 2, close: ending.length };
  }
  // Three characters a byte: a hex pair and its space.
  const count = limit === undefined ? total : Math.min(total, Math.floor(limit / 3));
  const bytes = count === total ? utf8(values.payload) : utf8Head(values.payload, count);
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(' ');
  const truncated = count < total;
  // Node prints a Buffer as `<Buffer 31 37 …>`.
  if (style !== 'javascript') return { value: { text: hex, truncated }, open: 0, close: 0 };
  const ending = truncated ? '' : '>';
  return { value: { text: `<Buffer ${hex}${ending}`, truncated }, open: 8, close: ending.length };
}

/** Python's `repr(bytes)` between its quotes: printable ASCII as itself, \t \n \r, everything else `\xNN`. */
function pythonBytesInside(bytes: Uint8Array, quote: "'" | '"'): string {
  let out = '';
  for (const b of bytes) {
    if (b === 0x5c || b === quote.charCodeAt(0)) out += `\\${String.fromCharCode(b)}`;
    else if (b === 0x09) out += '\\t';
    else if (b === 0x0a) out += '\\n';
    else if (b === 0x0d) out += '\\r';
    else if (b >= 0x20 && b < 0x7f) out += String.fromCharCode(b);
    else out += `\\x${b.toString(16).padStart(2, '0')}`;
  }
  return out;
}
