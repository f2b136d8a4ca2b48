// End to end: the production build served by `vite preview` (with the sandbox plugin), driven in Chromium by
// Playwright as a person would. Expected signatures come from Node's crypto, never from the app. Every request the
// page makes is recorded: none may leave the page's origin or carry the secret or its SHA-256.
import { createHash, createHmac } from 'node:crypto';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuiltApp, startBuiltApp } from '../support/builtApp.ts';

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const hmacHex = (secret: string, payload: string) => createHmac('sha256', sha256Hex(secret)).update(payload, 'utf8').digest('hex');

let app: BuiltApp;
let page: Page;
let origin: string;

beforeAll(async () => {
  // The test run's one build under `vite preview`, in a browser whose every request is recorded.
  app = await startBuiltApp('preview');
  ({ page, origin } = app);
  await page.goto(origin);
}, 240_000);

afterAll(() => app?.close());

const region = (name: string) => page.getByRole('region', { name, exact: true });
const output = (name: string) => page.getByRole('status', { name, exact: true });

async function sendAndWaitFor(status: RegExp): Promise<void> {
  const send = page.getByRole('button', { name: 'Send', exact: true });
  await send.click();
  await region('Response').getByText(status).first().waitFor({ timeout: 20_000 });
}

describe('the built explorer, served by vite preview', () => {
  let secret = '';

  it('fills credentials from Sandbox keys, sends, and sees 200', async () => {
    await page.getByRole('button', { name: 'Sandbox keys', exact: true }).click(); // the room of the demo keys
    await page.getByRole('button', { name: 'Use Production key' }).click();
    secret = await page.getByRole('textbox', { name: 'API secret' }).inputValue();
    expect(secret).toMatch(/^sk_test_\w{32}$/);
    await sendAndWaitFor(/^200\b/);
    await expect(region('Response').getByLabel('Response body', { exact: true }).textContent()).resolves.toMatch(/"message_id": "msg_/);
  }, 60_000);

  it('re-signs a body edited after signing, and the server accepts the new signature', async () => {
    const before = await output('Signature').textContent();
    await page.locator('.monaco-editor textarea').first().waitFor({ state: 'attached', timeout: 30_000 });
    const editor = page.getByRole('textbox', { name: 'Request body' });
    await editor.focus();
    await page.keyboard.press('Control+A');
    const body = '{"to":"+14155550100","message":"edited after signing"}';
    await page.keyboard.insertText(body);
    // Read together on each try: the timestamp is live, and a new second between two separate reads would pair a
    // payload with the next second's signature.
    const shown = async () => {
      const payload = (await output('Payload').textContent()) ?? '';
      const signature = await output('Signature').textContent();
      return { edited: /\.\{"to":"\+14155550100","message":"edited after signing"\}$/.test(payload), signsPayload: signature === hmacHex(secret, payload) };
    };
    await expect.poll(shown, { timeout: 10_000 }).toEqual({ edited: true, signsPayload: true });
    expect(await output('Signature').textContent()).not.toBe(before);

    const sentBefore = (await app.requests()).length;
    await sendAndWaitFor(/^200\b/);
    const sent = (await app.requests()).slice(sentBefore).find((request) => request.url.endsWith('/api/v1/external/messages/text'))!;
    expect(sent.body?.toString('utf8')).toBe(body);
    const timestamp = sent.headers['x-timestamp']!;
    expect(sent.headers['x-api-signature']).toBe(hmacHex(secret, `${timestamp}.${body}`));
    await expect(region('Response').getByLabel('Response body', { exact: true }).textContent()).resolves.toMatch(/"to": "\+14155550100"/);
  }, 60_000);

  it('explains INVALID_SIGNATURE for a secret with a trailing space', async () => {
    await page.getByRole('textbox', { name: 'API secret' }).fill(`${secret} `);
    await sendAndWaitFor(/^401\b/);
    const explanation = region('Error explanation');
    await explanation.getByText('INVALID_SIGNATURE', { exact: true }).waitFor();
    await explanation.getByText(/The server built exactly the payload that was signed/).waitFor();
    await explanation.getByRole('button', { name: 'Analyze this failure' }).waitFor();
    await page.getByRole('textbox', { name: 'API secret' }).fill(secret);
  }, 60_000);

  it('explains TIMESTAMP_EXPIRED for a pinned old timestamp, with the skew', async () => {
    await page.getByRole('switch', { name: 'Pin timestamp' }).check();
    const sent = Math.floor(Date.now() / 1000) - 1000;
    await page.getByRole('textbox', { name: 'Timestamp', exact: true }).fill(String(sent));
    await sendAndWaitFor(/^401\b/);
    const explanation = region('Error explanation');
    await explanation.getByText('TIMESTAMP_EXPIRED', { exact: true }).waitFor();
    await explanation.getByText(/16 min \d+ s behind the server’s clock/).waitFor();
    expect(await explanation.getByRole('definition').first().textContent()).toBe(String(sent));
  }, 60_000);

  it('made no request to another origin, and none carried the secret or its SHA-256', async () => {
    const requests = await app.requests();
    expect(requests.length).toBeGreaterThan(5);
    const forbidden = [secret, sha256Hex(secret)];
    for (const request of requests) {
      if (/^https?:/.test(request.url)) expect(new URL(request.url).origin, request.url).toBe(origin);
      else expect(request.url, request.url).toMatch(/^(data|blob):/);
      const text = `${request.url}\n${JSON.stringify(request.headers)}\n${request.body?.toString('latin1') ?? ''}`;
      for (const value of forbidden) expect(text.includes(value), `${request.url} carries a secret`).toBe(false);
    }
  });

  it('brings the request back after a reload, and not the credentials', async () => {
    const path = page.getByRole('textbox', { name: 'Path', exact: true });
    await path.fill('/messages/text?kept=1');
    const pinned = await page.getByRole('textbox', { name: 'Timestamp', exact: true }).inputValue();
    await page.reload(); // right after the last keystroke: the draft is written as the page is left
    await path.waitFor();
    expect(await path.inputValue()).toBe('/messages/text?kept=1');
    expect(await page.getByRole('switch', { name: 'Pin timestamp' }).isChecked()).toBe(true);
    await expect.poll(() => output('Payload').textContent()).toBe(`${pinned}.{"to":"+14155550100","message":"edited after signing"}`);
    // The editor itself mounts with the kept body (Monaco draws a space as U+00A0, or as "·" and U+200C when it marks it).
    await expect.poll(() => page.locator('.monaco-editor .view-lines').textContent().then((text) => text?.replace(/\u00a0|·\u200c/g, ' ')), { timeout: 30_000 })
      .toBe('{"to":"+14155550100","message":"edited after signing"}');
    expect(await page.getByRole('textbox', { name: 'API key' }).inputValue()).toBe('');
    expect(await page.getByRole('textbox', { name: 'API secret' }).inputValue()).toBe('');
    const stored = await page.evaluate(() => Object.keys(localStorage).map((key) => `${key}=${localStorage.getItem(key)}`).join('\n'));
    expect(stored).toContain('kept=1');
    for (const value of [secret, sha256Hex(secret)]) expect(stored.includes(value)).toBe(false);
  }, 60_000);
});
