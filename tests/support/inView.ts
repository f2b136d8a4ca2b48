// What a person sees without scrolling: an element's box cut by the viewport and by every ancestor that clips
// (a pane that scrolls inside itself shows only its own client area).

export interface VisibleBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
  height: number;
  width: number;
}

/** The part of `element` inside the viewport and inside every clipping ancestor; empty sizes when none is. */
export function visibleBox(element: Element): VisibleBox {
  const box = element.getBoundingClientRect();
  let top = Math.max(box.top, 0);
  let left = Math.max(box.left, 0);
  let bottom = Math.min(box.bottom, window.innerHeight);
  let right = Math.min(box.right, window.innerWidth);
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    const style = getComputedStyle(parent);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    const clip = parent.getBoundingClientRect();
    top = Math.max(top, clip.top + parent.clientTop);
    left = Math.max(left, clip.left + parent.clientLeft);
    bottom = Math.min(bottom, clip.top + parent.clientTop + parent.clientHeight);
    right = Math.min(right, clip.left + parent.clientLeft + parent.clientWidth);
  }
  return { top, left, bottom, right, height: Math.max(0, bottom - top), width: Math.max(0, right - left) };
}

/** True when the whole of `element` can be seen without scrolling anything (a half pixel of rounding allowed). */
export function whollyInView(element: Element): boolean {
  const box = element.getBoundingClientRect();
  const seen = visibleBox(element);
  return box.width > 0 && box.height > 0 && seen.height >= box.height - 0.5 && seen.width >= box.width - 0.5;
}

/** How far the page itself can scroll: zero when it fits the viewport. */
export function pageOverflow(): number {
  const scroller = document.scrollingElement ?? document.documentElement;
  return Math.max(scroller.scrollHeight - window.innerHeight, scroller.scrollWidth - window.innerWidth);
}
