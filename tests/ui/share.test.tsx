// Share links in real Chromium: made from the request as the user built it, free of every credential, and opened
// in a fresh page with everything but the credentials restored. Bad and oversized links get a message and change nothing.
import { decompressFromEncodedURIComponent } from 'lz-string';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { setBody, setPath, useRequestStore } from '../../src/state/requestStore.ts';
import { outputText, pasteBody, renderApp, unmountApp } from '../support/renderApp.tsx';
import { openRoom } from '../support/rooms.ts';
import { pinTimestamp, setBaseUrlField } from '../support/sendFlow.ts';

const API_KEY = 'ck_test_share_4f1c9a';
const SECRET = 'sk_test_share_s3cr3t_9d2e';
const BODY = '{"to":"+919876543210","message":"Grüße aus Köln ☕ 😀"}';
const TIMESTAMP = '1700000123';

const shareButton = () => page.getByRole('button', { name: 'Share', exact: true });
const linkField = () => page.getByRole('textbox', { name: 'Share link' });
// Monaco keeps empty role=alert live regions of its own, so each alert is read where the user sees it: what the Share
// button says is in the Share region (in the "Share & export" room); what became of a link the page was opened with is
// said on the first screen, where no room need be open, and names the share link.
const shareAlert = () => page.getByRole('region', { name: 'Share', exact: true }).getByRole('alert');
const linkAlert = () => page.getByRole('alert').filter({ hasText: /share link/i });

let copied: string[] = [];
let refuseClipboard = false;

/** Records what the page puts on the clipboard (headless Chromium gives tests no way to read it back). */
function watchClipboard(): void {
  copied = [];
  refuseClipboard = false;
  Object.defineProperty(navigator.clipboard, 'writeText', {
    configurable: true,
    value: async (text: string) => {
      if (refuseClipboard) throw new DOMException('Write permission denied.', 'NotAllowedError');
      copied.push(text);
    },
  });
}

/** Opens the app as a fresh page would with `fragment` in its URL: stores back to defaults, nothing mounted before. */
function openFresh(fragment: string): void {
  unmountApp();
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}${fragment}`);
  renderApp();
}

async function typeCredentials(): Promise<void> {
  await userEvent.fill(page.getByRole('textbox', { name: 'API key' }), API_KEY);
  await userEvent.fill(page.getByRole('textbox', { name: 'API secret' }), SECRET);
}

describe('Share', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
    watchClipboard();
    renderApp();
  });
  afterEach(() => unmountApp());

  it('copies a link without any credential that reopens the whole request in a fresh page', async () => {
    await typeCredentials();
    await userEvent.selectOptions(page.getByRole('combobox', { name: 'Method' }), 'PUT');
    await userEvent.fill(page.getByRole('textbox', { name: 'Path' }), '/messages/text?draft=1');
    // Monaco names its textarea a moment after creating it; wait for the name before pasting.
    await expect.poll(() => document.querySelector('.monaco-editor textarea[aria-label="Request body"]'), { timeout: 50_000 }).toBeTruthy();
    await pasteBody(BODY);
    await setBaseUrlField('https://api.example.test/api/v1/external');
    await userEvent.selectOptions(page.getByRole('combobox', { name: 'Authentication' }), 'key-only');
    await pinTimestamp(TIMESTAMP);
    await expect.poll(() => outputText('Payload')).toBe(`${TIMESTAMP}.${BODY}`);

    await openRoom('share');
    await userEvent.click(shareButton());
    await expect.element(linkField()).toBeVisible();
    const link = (linkField().element() as HTMLInputElement).value;
    expect(copied).toEqual([link]);
    await expect.element(page.getByText('Link copied to the clipboard.')).toBeVisible();
    expect(link.startsWith(`${window.location.origin}${window.location.pathname}#share=`)).toBe(true);

    const { secretHash } = await commands.nodeSign(SECRET, TIMESTAMP, BODY);
    const decoded = decompressFromEncodedURIComponent(link.slice(link.indexOf('#share=') + 7)) ?? '';
    expect(decoded).toContain('Grüße aus Köln'); // read back independently of the app's own reader
    for (const text of [link, decodeURIComponent(link), decoded]) {
      expect(text).not.toContain(API_KEY);
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(secretHash);
    }

    openFresh(link.slice(link.indexOf('#')));
    await expect.element(page.getByRole('status').filter({ hasText: 'Request opened from a share link' })).toBeVisible();
    await expect.element(page.getByRole('combobox', { name: 'Method' })).toHaveValue('PUT');
    await expect.element(page.getByRole('textbox', { name: 'Path' })).toHaveValue('/messages/text?draft=1');
    await expect.element(page.getByRole('textbox', { name: 'Base URL' })).toHaveValue('https://api.example.test/api/v1/external');
    await expect.element(page.getByRole('combobox', { name: 'Authentication' })).toHaveValue('key-only');
    await expect.element(page.getByRole('switch', { name: 'Pin timestamp' })).toBeChecked();
    await expect.element(page.getByRole('textbox', { name: 'Timestamp', exact: true })).toHaveValue(TIMESTAMP);
    await expect.poll(() => outputText('Payload')).toBe(`${TIMESTAMP}.${BODY}`);
    await expect.element(page.getByRole('textbox', { name: 'API key' })).toHaveValue('');
    await expect.element(page.getByRole('textbox', { name: 'API secret' })).toHaveValue('');
    expect(window.location.hash).toBe(''); // a reload will not apply the link again over later edits
  });

  it('still shows the link when the browser refuses the clipboard', async () => {
    refuseClipboard = true;
    await openRoom('share');
    await userEvent.click(shareButton());
    await expect.element(page.getByText(/refused the clipboard: select the link above/)).toBeVisible();
    await expect.element(linkField()).toHaveValue(expect.stringContaining('#share='));
  });

  it('refuses to share a body too large for a link, and offers it as curl instead', async () => {
    const big = JSON.stringify({ to: '+919876543210', message: Array.from({ length: 9000 }, (_, i) => String.fromCodePoint(0x4e00 + ((i * 7919) % 20000))).join('') });
    setBody(big);
    await typeCredentials();
    await openRoom('share');
    await userEvent.click(shareButton());
    await expect.element(shareAlert()).toHaveTextContent(/body is too large to share by link/);
    expect(copied).toEqual([]);
    await userEvent.click(page.getByRole('button', { name: 'Copy as curl' }));
    const curl = page.getByRole('textbox', { name: 'Request as curl' });
    await expect.element(curl).toHaveValue(expect.stringMatching(/^curl -X POST '.*\/api\/v1\/external\/messages\/text'/));
    const command = (curl.element() as HTMLTextAreaElement).value;
    expect(command).toContain(big.slice(0, 200));
    expect(copied).toEqual([command]);
    expect(command).not.toContain(API_KEY);
    expect(command).not.toContain(SECRET);
  });

  it('refuses a link when a credential was typed into the request itself', async () => {
    await typeCredentials();
    setBody(`{"to":"+919876543210","message":"my secret is ${SECRET}"}`);
    await openRoom('share');
    await userEvent.click(shareButton());
    await expect.element(shareAlert()).toHaveTextContent(/contains your API secret/);
    expect(copied).toEqual([]);
    await expect.element(linkField()).not.toBeInTheDocument();
  });

  it('says a damaged link cannot be read, and leaves the request as it was', async () => {
    openFresh('#share=N4IgdghgtgpiBcIDGAnA9gWwJYBcCmAdAA5wA0I');
    await expect.element(linkAlert()).toHaveTextContent(/damaged|does not hold a valid request/);
    await expect.element(page.getByRole('textbox', { name: 'Path' })).toHaveValue('/messages/text');
    expect(window.location.hash).toBe('');
    await userEvent.click(page.getByRole('button', { name: 'Dismiss' }));
    await expect.element(linkAlert()).not.toBeInTheDocument();
  });

  it('keeps what the user typed when a bad link is pasted into the address bar of an open tab', async () => {
    setPath('/my/own/path');
    window.location.hash = '#share=garbage%%';
    await expect.element(linkAlert()).toHaveTextContent(/damaged/);
    expect(useRequestStore.getState().path).toBe('/my/own/path');
    await expect.element(page.getByRole('textbox', { name: 'Path' })).toHaveValue('/my/own/path');
  });

  it('says an oversized link is too long, and changes nothing', async () => {
    openFresh(`#share=${'Ag'.repeat(4100)}`);
    await expect.element(linkAlert()).toHaveTextContent(/more than the 8,000 a share link can have/);
    await expect.element(page.getByRole('textbox', { name: 'Path' })).toHaveValue('/messages/text');
  });
});
