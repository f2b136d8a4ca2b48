// Where the tests' Chromium lives, in the documented order: $CHROME_PATH, Debian's Chromium headless shell, Debian's
// /usr/bin/chromium, then a browser already in Playwright's own cache. Never downloads anything.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Debian's `chromium-headless-shell`: the same Chromium without the desktop browser around it. */
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/**
 * The tests only ever run headless, and the headless shell (what Playwright itself runs for headless) does the same
 * work with less CPU: the whole suite took 365 s with it against 403–414 s with the full browser on 2 cores. The
 * bench passes `{ headlessShell: false }` so that its figures stay measured in the browser a person runs; the shell
 * is then its last resort.
 * @param {{ headlessShell?: boolean }} [options]
 * @returns {string | undefined}
 */
export function findChromium({ headlessShell = true } = {}) {
  const fullBrowsers = ['/usr/bin/chromium', '/usr/bin/chromium-browser', playwrightCached()];
  const candidates = [process.env.CHROME_PATH, ...(headlessShell ? [HEADLESS_SHELL, ...fullBrowsers] : [...fullBrowsers, HEADLESS_SHELL])];
  return candidates.find((path) => path && existsSync(path));
}

function playwrightCached() {
  try {
    return require('playwright').chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** Flags for a root user on a machine with no outside network: no sandbox, no background phoning home. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
