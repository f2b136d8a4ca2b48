/**
 * A copy of a store that follows it one painted frame later. The frame after a keystroke is Monaco's: whatever else
 * renders in it delays the key's paint (see docs/performance.md). Views that only explain — the payload step, the
 * headers, the step-through, the snippets — read the mirror and render in the frame after; the `Signature` output
 * reads the store itself.
 */
import { create, type StoreApi, type UseBoundStore } from 'zustand';

/**
 * Runs `task` once the next frame has been presented: from a requestAnimationFrame callback a posted message runs
 * after that frame's paint. A hidden page gets no frames, so there (and outside a browser) a timer stands in.
 */
export function afterNextPaint(task: () => void): void {
  const visible = typeof document !== 'undefined' && document.visibilityState === 'visible' && typeof requestAnimationFrame === 'function';
  if (!visible) {
    setTimeout(task, 0);
    return;
  }
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      task();
    };
    channel.port2.postMessage(null);
  });
}

/** A read-only store holding `source`'s state as of the last painted frame; several changes in one frame coalesce. */
export function createPaintedMirror<T extends object>(source: StoreApi<T>): UseBoundStore<StoreApi<T>> {
  const mirror = create<T>()(() => source.getState());
  let scheduled = false;
  source.subscribe(() => {
    if (scheduled) return;
    scheduled = true;
    afterNextPaint(() => {
      scheduled = false;
      mirror.setState(source.getState(), true);
    });
  });
  return mirror;
}
