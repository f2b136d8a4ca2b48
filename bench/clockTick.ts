/**
 * Figure 1b: what the clock's tick costs the page with a 1 MB body and a live timestamp. Each new second changes the
 * payload's first characters, so the signature and the Payload step change with no key pressed. Measured in the built
 * app as the longest main-thread stall in each second (the lateness of a 5 ms timer chain), against the work a tick
 * cannot avoid: one bare Web Crypto signing of the payload in the same page, sampled once a second in between.
 */
import type { Page } from 'playwright';
import { launchChromium } from './browser.ts';
import { alternateWithBareSigning, bodyOfSize, openWithSecret, pasteBody } from './keystroke.ts';
import { fixed, type FigureResult } from './report.ts';
import { ratio, summarize, type Summary } from './stats.ts';

const BODY_BYTES = 1024 * 1024;
/** Seconds measured, one stall each; the limit is sampled between them. */
const SECONDS = 20;

export interface ClockTickFigure {
  bodyBytes: number;
  /** The longest main-thread stall in each measured second, in ms. */
  stall: Summary;
  bare: Summary;
  ratioP95: number;
}

/** The longest lateness of a 5 ms timer chain within the next full second, in ms. */
function longestStallInASecond(page: Page): Promise<number> {
  // An object method, not `const f = () => …`: tsx (esbuild keepNames) would wrap it in a `__name()` call that does
  // not exist in the page.
  return page.evaluate(() => new Promise<number>((resolve) => {
    const start = Math.ceil((performance.timeOrigin + performance.now()) / 1000) * 1000 - performance.timeOrigin;
    const chain = {
      last: performance.now(),
      longest: 0,
      tick() {
        const now = performance.now();
        if (now > start && this.last >= start) this.longest = Math.max(this.longest, now - this.last - 5);
        this.last = now;
        if (now < start + 1000) setTimeout(() => chain.tick(), 5);
        else resolve(this.longest);
      },
    };
    setTimeout(() => chain.tick(), 5);
  }));
}

export async function measureClockTick(origin: string): Promise<FigureResult<ClockTickFigure>> {
  const browser = await launchChromium();
  try {
    const page = await openWithSecret(browser, origin);
    if (await page.getByRole('switch', { name: 'Pin timestamp' }).isChecked()) throw new Error('The timestamp should start live.');
    await pasteBody(page, bodyOfSize(BODY_BYTES));
    await page.waitForTimeout(2000); // the paste's own renders and the first hashing ahead
    const { measured: stalls, bare } = await alternateWithBareSigning(page, SECONDS, () => longestStallInASecond(page));
    const stall = summarize(stalls);
    const data: ClockTickFigure = { bodyBytes: BODY_BYTES, stall, bare, ratioP95: ratio(stall.p95, bare.p95) };
    return {
      data,
      rows: [{
        figure: 'Clock tick, 1 MB body, live timestamp: longest main-thread stall in a second',
        measured: `p50 ${fixed(stall.median)} ms, p95 ${fixed(stall.p95)} ms (${fixed(stall.min)}–${fixed(stall.max)}, n=${stall.runs})`,
        limit: `p50 ${fixed(bare.median)} ms, p95 ${fixed(bare.p95)} ms (bare Web Crypto signing of the payload)`,
        ratio: data.ratioP95, target: '', met: undefined,
      }],
    };
  } finally {
    await browser.close();
  }
}
