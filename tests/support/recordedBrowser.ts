// Playwright's Chromium with everything a page does recorded: each request (headers and body, from the page and its
// workers), each console message and uncaught error, each Content-Security-Policy violation (reported through an
// exposed function, which survives reloads), and each worker started.
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright';
import { chromiumArgs, findChromium } from '../setup/chromiumPath.mjs';

export interface RecordedRequest { url: string; method: string; headers: Record<string, string>; body: Buffer | null }
export interface Violation { directive: string; blockedURI: string; sample: string }

export interface RecordedBrowser {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Every request made so far (awaited: headers are read asynchronously). */
  requests(): Promise<RecordedRequest[]>;
  console: Array<{ type: string; text: string }>;
  violations: Violation[];
  workers: string[];
}

export async function launchRecordedBrowser(): Promise<RecordedBrowser> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const recorded: Array<Promise<RecordedRequest>> = [];
  const consoleMessages: RecordedBrowser['console'] = [];
  const violations: Violation[] = [];
  const workers: string[] = [];
  context.on('request', (request) => {
    // allHeaders() fails once the browser has closed; the provisional headers are then all there is to record.
    const headers = request.allHeaders().catch(() => request.headers());
    recorded.push(headers.then((all) => ({ url: request.url(), method: request.method(), headers: all, body: request.postDataBuffer() })));
  });
  await context.exposeFunction('__reportCspViolation', (violation: Violation) => violations.push(violation));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (v: unknown) => void }).__reportCspViolation;
      report({ directive: event.effectiveDirective, blockedURI: event.blockedURI, sample: event.sample });
    });
  });
  const page = await context.newPage();
  page.on('console', (message) => consoleMessages.push({ type: message.type(), text: message.text() }));
  page.on('pageerror', (error) => consoleMessages.push({ type: 'pageerror', text: String(error) }));
  page.on('worker', (worker) => workers.push(worker.url()));
  return { browser, context, page, console: consoleMessages, violations, workers, requests: () => Promise.all(recorded) };
}

/** Console errors and uncaught exceptions only. */
export function consoleErrors(recorder: RecordedBrowser): RecordedBrowser['console'] {
  return recorder.console.filter((message) => message.type === 'error' || message.type === 'pageerror');
}
