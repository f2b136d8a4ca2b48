/** The full Chromium a person runs (never downloaded; see findChromium), launched headless for measuring. */
import { type Browser, chromium } from 'playwright';
import { chromiumArgs, findChromium } from '../tests/setup/chromiumPath.mjs';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium({ headlessShell: false }), args: chromiumArgs });
}
