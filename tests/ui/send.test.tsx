// Sending from the explorer to the sandbox mounted on the test server's own origin, in real Chromium.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { useHistoryStore } from '../../src/state/historyStore.ts';
import { renderApp, unmountApp } from '../support/renderApp.tsx';
import {
  expectStatus,
  pinTimestamp,
  resetResponse,
  responseRegion,
  send,
  sendButton,
  setBaseUrlField,
  useSandboxKey,
} from '../support/sendFlow.ts';

describe('Send', () => {
  beforeEach(() => {
    resetResponse();
    renderApp();
  });
  afterEach(() => unmountApp());

  it('sends a signed request and shows the 200 answer with time, size, headers and body', async () => {
    await useSandboxKey('Production');
    await send();
    await expectStatus(200);
    const region = responseRegion();
    await expect.element(region.getByText(/\d+ ms/)).toBeVisible();
    const body = region.getByLabelText('Response body', { exact: true });
    await expect.element(body).toHaveTextContent(/"message_id": "msg_[0-9a-f]+"/);
    await expect.element(body).toHaveTextContent(/"to": "\+919876543210"/);
    // Raw shows the text exactly as received: compact, as the sandbox sends it.
    await userEvent.click(region.getByRole('button', { name: 'Raw' }));
    await expect.element(body).toHaveTextContent(/^\{"success":true,"data":\{"message_id":"msg_/);
    await userEvent.click(region.getByText(/^Headers \(\d+\)$/));
    await expect.element(region.getByText('x-ratelimit-limit', { exact: true })).toBeVisible();
    expect(useHistoryStore.getState().entries[0]).toMatchObject({ method: 'POST', path: '/messages/text', status: 200 });
  });

  it('is disabled, with the reason, while the timestamp is invalid', async () => {
    await pinTimestamp('17643abc');
    await expect.element(sendButton()).toBeDisabled();
    await expect.element(sendButton()).toHaveAccessibleDescription(/Cannot sign without a valid timestamp: "17643abc" is not a whole number of seconds/);
    await pinTimestamp(String(Math.floor(Date.now() / 1000)));
    await expect.element(sendButton()).toBeEnabled();
  });

  it('is the only button whose name mentions sending', async () => {
    await expect.element(sendButton()).toBeVisible();
    const names = [...document.querySelectorAll('button')].map((button) => button.textContent + (button.getAttribute('aria-label') ?? ''));
    expect(names.filter((name) => /send/i.test(name))).toEqual(['Send']);
  });

  it('sends with Ctrl+Enter', async () => {
    await useSandboxKey('Production');
    await expect.element(sendButton()).toBeEnabled();
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    await expectStatus(200);
  });

  it('sends to another origin through the local forwarding proxy, bytes and signature intact', async () => {
    // The same test server under its other loopback name is another origin, so the request goes via /__coext/proxy.
    const other = new URL(location.origin);
    other.hostname = other.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    await useSandboxKey('Production');
    await setBaseUrlField(`${other.origin}/api/v1/external`);
    const realFetch = globalThis.fetch;
    const fetched: string[] = [];
    globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      fetched.push(String(input));
      return realFetch(input, init);
    };
    try {
      await send();
      await expectStatus(200);
    } finally {
      globalThis.fetch = realFetch;
    }
    expect(fetched).toContain('/__coext/proxy');
    expect(fetched.some((url) => url.startsWith(other.origin))).toBe(false);
    expect(useHistoryStore.getState().entries[0]?.request.baseUrl).toBe(`${other.origin}/api/v1/external`);
  });

  // Not port 9: fetch refuses the "bad ports" list before connecting. A high closed port is refused by the OS.
  it('says in a plain sentence when nothing listens at the base URL, and loses nothing typed', async () => {
    await useSandboxKey('Production');
    await setBaseUrlField('http://127.0.0.1:61999/api/v1/external');
    await send();
    await expect
      .element(responseRegion().getByText('http://127.0.0.1:61999 refused the connection: nothing is listening there.'), { timeout: 20_000 })
      .toBeVisible();
    await expect.element(responseRegion().getByText(/Everything you entered is unchanged/)).toBeVisible();
    await expect.element(page.getByRole('textbox', { name: 'Base URL' })).toHaveValue('http://127.0.0.1:61999/api/v1/external');
    expect((page.getByRole('textbox', { name: 'API key' }).element() as HTMLTextAreaElement).value).toMatch(/^pk_test_\w+$/);
    await expect.element(page.getByRole('textbox', { name: 'Request body' })).toHaveValue('{"to":"+919876543210","message":"Hello"}');
    expect(responseRegion().element().textContent).not.toMatch(/at \w+ \(|TypeError|Error:/);
  });
});
