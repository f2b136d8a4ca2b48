/**
 * Text controls normalize line breaks: a textarea's value and Monaco's model both turn CR LF and lone CR into LF.
 * A body signed for a server must keep every byte, so a paste that carries a CR bypasses the control and goes
 * straight into the store; the editor then shows the body read-only (see ExactBodyNotice) rather than alter it.
 */
import type { ClipboardEvent as ReactClipboardEvent } from 'react';
import { setBody, useRequestStore } from '../../state/requestStore.ts';

export function pasteCarriesCarriageReturn(event: ClipboardEvent | ReactClipboardEvent): string | undefined {
  const text = event.clipboardData?.getData('text/plain') ?? '';
  return text.includes('\r') ? text : undefined;
}

/** Replaces `[start, end)` of the stored body with `text`, exactly. */
export function spliceBody(start: number, end: number, text: string): void {
  const body = useRequestStore.getState().body;
  setBody(body.slice(0, start) + text + body.slice(end));
}
