// Where the tests' Chromium lives, in the documented order: $CHROME_PATH, Debian's /usr/bin/chromium, then a
// browser already in Playwright's own cache. Never downloads anything.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** @returns {string | undefined} */
export function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', playwrightCached()];
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
