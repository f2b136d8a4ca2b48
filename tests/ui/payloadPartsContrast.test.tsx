// The payload's parts keep one colour each across every view, readable (WCAG AA, 4.5:1) in both themes and paired with
// an underline style, so colour is never the only cue. Contrast is computed from the styles Chromium applies, against
// what is painted behind the text (highlights included).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { setBody } from '../../src/state/requestStore.ts';
import { outputText, renderApp, unmountApp } from '../support/renderApp.tsx';

type Rgba = [number, number, number, number];

/** `rgb()`/`rgba()` and the `color(srgb …)` Chromium gives for `color-mix`, as 0–255 channels and 0–1 alpha. */
function parseColor(text: string): Rgba {
  const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.e-]+))?\)$/.exec(text);
  if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, srgb[4] === undefined ? 1 : Number(srgb[4])];
  const rgb = /^rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:[,/] ?([\d.]+))?\)$/.exec(text);
  if (!rgb) throw new Error(`unparsed colour ${text}`);
  return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] === undefined ? 1 : Number(rgb[4])];
}

/** What is painted behind `element`: its background and its ancestors', blended down to the first opaque one. */
function backgroundBehind(element: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = element; node; node = node.parentElement) {
    const color = parseColor(getComputedStyle(node).backgroundColor);
    if (color[3] > 0) layers.push(color);
    if (color[3] >= 1) break;
  }
  let [r, g, b] = [255, 255, 255];
  for (const [lr, lg, lb, a] of layers.reverse()) [r, g, b] = [lr * a + r * (1 - a), lg * a + g * (1 - a), lb * a + b * (1 - a)];
  return [r, g, b, 1];
}

function luminance([r, g, b]: Rgba): number {
  const channel = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const PARTS = ['timestamp', 'separator', 'body'] as const;
const UNDERLINE = { timestamp: 'solid', separator: 'double', body: 'dotted' } as const;

/** Every element coloured as a part, with the text inside it that shows on a background of its own (highlights). */
function partElements(part: (typeof PARTS)[number]): Element[] {
  const marked = [...document.querySelectorAll(`.part-${part}`)];
  const inside = marked.flatMap((element) => [...element.querySelectorAll('*')].filter((child) => getComputedStyle(child).color === getComputedStyle(element).color));
  return [...marked, ...inside];
}

/** Every view that shows a part, open: the payload, its bytes, and step 3 of the step-through (its lines highlighted). */
async function showEveryPart() {
  // Non-ASCII text is highlighted in the payload: the body's colour must read on that highlight too.
  setBody('{"to":"+4915112345678","message":"Grüße 🚀 <b>"}');
  await expect.poll(() => outputText('Payload'), { timeout: 10_000 }).toContain('Grüße');
  await userEvent.click(page.getByRole('button', { name: 'Show bytes (hex)' }));
  await userEvent.click(page.getByRole('button', { name: 'Step through the code' }));
  const stepThrough = page.getByRole('region', { name: 'Step-through' });
  await userEvent.click(stepThrough.getByRole('button', { name: 'Next step' }));
  await userEvent.click(stepThrough.getByRole('button', { name: 'Next step' }));
  await expect.element(stepThrough.getByRole('heading', { name: '3. Build the payload' })).toBeVisible();
}

async function useTheme(theme: 'light' | 'dark') {
  await userEvent.selectOptions(page.getByRole('combobox', { name: 'Theme' }), theme);
  await expect.poll(() => document.documentElement.dataset.theme).toBe(theme);
}

/** Checks every part in the current theme and returns the three colours. */
function checkParts(theme: string): string[] {
  const perPart = PARTS.map((part) => {
    const elements = partElements(part);
    expect(elements.length).toBeGreaterThan(3);
    for (const element of elements) {
      const ratio = contrast(parseColor(getComputedStyle(element).color), backgroundBehind(element));
      expect(ratio, `${theme} ${part} "${element.textContent?.slice(0, 20)}" in ${element.parentElement?.className}`).toBeGreaterThanOrEqual(4.5);
    }
    const marked = [...document.querySelectorAll(`.part-${part}`)];
    // One colour per part, wherever it is shown; and an underline of its own, the cue that is not colour.
    expect(new Set(marked.map((e) => getComputedStyle(e).color)).size).toBe(1);
    for (const element of marked) {
      expect(getComputedStyle(element).textDecorationLine).toContain('underline');
      expect(getComputedStyle(element).textDecorationStyle).toBe(UNDERLINE[part]);
    }
    return getComputedStyle(marked[0]!).color;
  });
  expect(new Set(perPart).size).toBe(3);
  return perPart;
}

describe('the colours of the payload’s parts', () => {
  beforeEach(() => renderApp());
  afterEach(() => unmountApp());

  it('appear in every view: payload, bytes, timestamp, X-Timestamp, body editor, code, with a legend in words', async () => {
    await showEveryPart();
    const where = (part: 'timestamp' | 'body') =>
      new Set(partElements(part).map((e) => e.closest('.payload, .hex-view, .timestamp-controls, .header-preview, .body-editor, .code, .part-legend')?.className.split(' ')[0]));
    expect([...where('timestamp')].sort()).toEqual(['code', 'header-preview', 'hex-view', 'part-legend', 'payload', 'timestamp-controls']);
    expect([...where('body')].sort()).toEqual(['body-editor', 'code', 'hex-view', 'part-legend', 'payload']);
    const legend = page.getByRole('list', { name: 'Payload parts' }).first();
    for (const cue of ['Timestamp (solid underline)', 'Separator (double underline)', 'Body (dotted underline)']) {
      await expect.element(legend.getByText(cue)).toBeVisible();
    }
  });

  it('read at 4.5:1 in the light theme, one colour and one underline per part', async () => {
    await showEveryPart();
    await useTheme('light');
    checkParts('light');
  });

  it('read at 4.5:1 in the dark theme, in colours of its own', async () => {
    await showEveryPart();
    await useTheme('dark');
    const dark = checkParts('dark');
    await useTheme('light');
    expect(PARTS.map((part) => getComputedStyle(document.querySelector(`.part-${part}`)!).color)).not.toEqual(dark);
  });
});
