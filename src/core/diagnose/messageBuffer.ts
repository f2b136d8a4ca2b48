/**
 * Byte buffers the search writes its messages into, reused from one hypothesis to the next.
 *
 * Why this is safe: every Web Crypto method takes "a copy of the bytes held by" its BufferSource arguments before it
 * returns its promise (the sign, digest and importKey steps of the Web Cryptography API), so a buffer may be overwritten as soon as the call has been made. Why it
 * matters: a full search signs ~800 distinct messages and joins ~2,400 more for the plain-SHA-256 hypotheses; a fresh
 * ArrayBuffer for each cost more time (allocation and the garbage collector) than a fifth of the HMACs themselves.
 *
 * The contract for callers: pass a returned view to Web Crypto synchronously, before writing the buffer again.
 */
import { bytesEqual, utf8 } from '../encoding.ts';
import type { BodyChoice, FramingChoice, TimestampChoice } from './choices.ts';

/**
 * A buffer that grows to fit, and hands out views over its start. The view for a length is made once and handed out
 * again: Chromium wraps every view object it is given in an object of its own, so a fresh view per call made raw HMAC
 * signing 37% slower in a worker, and most messages share their length with another.
 */
function growingBuffer() {
  let bytes = new Uint8Array(4096);
  let views = new Map<number, Uint8Array<ArrayBuffer>>();
  return {
    /** The buffer with room for `total` bytes, and whether it is a new one (holding none of what was written). */
    fit(total: number): { bytes: Uint8Array<ArrayBuffer>; grown: boolean } {
      if (total <= bytes.length) return { bytes, grown: false };
      bytes = new Uint8Array(Math.max(total, bytes.length * 2));
      views = new Map();
      return { bytes, grown: true };
    },
    view(total: number): Uint8Array<ArrayBuffer> {
      let view = views.get(total);
      if (view === undefined) {
        view = bytes.subarray(0, total);
        views.set(total, view);
      }
      return view;
    },
  };
}

/** A reused buffer; `write` returns a view over its start holding `parts` one after another. */
export function reusableBuffer(): (...parts: Uint8Array[]) => Uint8Array<ArrayBuffer> {
  const buffer = growingBuffer();
  return (...parts) => {
    let total = 0;
    for (const part of parts) total += part.length;
    const { bytes } = buffer.fit(total);
    let offset = 0;
    for (const part of parts) {
      bytes.set(part, offset);
      offset += part.length;
    }
    return buffer.view(total);
  };
}

const BODY_MARK = '\uffff';

/**
 * Writes the message a framing makes of a timestamp and a body; the framing's text around the body is encoded once.
 * The body and the text after it are written only when they or their place changed: the ~2,200 timestamps tried
 * alone differ in the text before the body only, and on a 100 kB body rewriting it each time copied ~240 MB a search.
 */
export function messageWriter(): (framing: FramingChoice, timestamp: TimestampChoice, body: BodyChoice) => Uint8Array<ArrayBuffer> {
  const buffer = growingBuffer();
  /** What the buffer holds from `offset` on: `body`, then `after`. */
  let held: { body: Uint8Array; offset: number; after: Uint8Array } | undefined;
  const around = new Map<string, [Uint8Array, Uint8Array]>();
  return (framing, timestamp, body) => {
    const cacheKey = `${framing.label}\u0000${timestamp.text}`;
    let parts = around.get(cacheKey);
    if (parts === undefined) {
      const [before = '', after = ''] = framing.compose(timestamp.text, BODY_MARK).split(BODY_MARK);
      parts = [utf8(before), utf8(after)];
      around.set(cacheKey, parts);
    }
    const [before, after] = parts;
    const total = before.length + body.bytes.length + after.length;
    const { bytes, grown } = buffer.fit(total);
    if (grown) held = undefined;
    bytes.set(before, 0);
    if (held?.body !== body.bytes || held.offset !== before.length || !bytesEqual(held.after, after)) {
      bytes.set(body.bytes, before.length);
      bytes.set(after, before.length + body.bytes.length);
      held = { body: body.bytes, offset: before.length, after };
    }
    return buffer.view(total);
  };
}
