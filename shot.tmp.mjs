import { chromium } from 'playwright';
const url = process.argv[2] ?? 'http://localhost:4198/';
const out = process.argv[3] ?? '/tmp/layout-shots';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [w, h] of (process.env.ONLY ? [[1366, 768]] : [[1366, 768], [1920, 1080]])) {
  for (const theme of (process.env.ONLY ? [process.env.ONLY] : ['light', 'dark'])) {
    const page = await browser.newPage({ viewport: { width: w, height: h }, colorScheme: theme });
    await page.goto(url);
    await page.locator('.monaco-editor textarea').first().waitFor({ state: 'attached', timeout: 90_000 });
    if (process.env.SEND) {
      await page.getByRole('button', { name: 'Sandbox keys' }).click();
      await page.getByRole('button', { name: /Use Development key/ }).click();
      if (process.env.BAD) await page.getByRole('textbox', { name: 'API secret' }).fill('wrong');
      await page.getByRole('button', { name: 'Close Sandbox keys' }).click();
      await page.getByRole('button', { name: 'Send', exact: true }).click();
      await page.getByRole('region', { name: 'Response' }).locator('.http-status').waitFor();
    }
    if (process.env.ROOM) await page.getByRole('button', { name: process.env.ROOM, exact: true }).click();
    if (process.env.DIAG) await page.getByRole('tab', { name: 'Diagnose' }).click();
    await page.waitForTimeout(800);
    const scroll = await page.evaluate(() => [document.scrollingElement.scrollHeight, innerHeight]);
    console.log(w, h, theme, 'scroll', scroll);
    await page.screenshot({ path: `${out}/${w}x${h}-${theme}${process.env.TAG ?? ''}.png` });
    await page.close();
  }
}
await browser.close();
