// More bad input, each pasted or typed as people do: binary garbage as the body, a secret in quotes, a base URL
// without a scheme, a base URL the browser refuses to call (port 9), and a key with a trailing newline. Each gets a
// clear sentence beside its field or in Response, and every field keeps exactly what was typed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { outputText, pasteBody, renderApp, unmountApp } from '../support/renderApp.tsx';
import { expectExplained, expectStatus, pinTimestamp, resetResponse, responseRegion, sandboxKeys, send, setBaseUrlField, useSandboxKey } from '../support/sendFlow.ts';

const keyBox = () => page.getByRole('textbox', { name: 'API key' });
const secretBox = () => page.getByRole('textbox', { name: 'API secret' });
const baseUrlBox = () => page.getByRole('textbox', { name: 'Base URL' });
const value = (locator: ReturnType<typeof keyBox>) => (locator.element() as HTMLInputElement | HTMLTextAreaElement).value;

describe('bad input, pasted', () => {
  beforeEach(() => {
    resetResponse();
    renderApp();
  });
  afterEach(() => unmountApp());

  it('signs binary garbage pasted as the body byte for byte, says it is not JSON, and keeps all of it', async () => {
    await userEvent.fill(secretBox(), 'sk_test_garbage');
    await pinTimestamp('1764300000');
    // Control characters, DEL, C1 controls, Latin-1 high bytes, a replacement character and an inner BOM.
    const garbage = 'PK\u0003\u0004\u0000\u0001\u0002\u001b[31m\u007f\u0080\u009f\u00ff\u00fe\ufffd\ufeff%PDF-1.7\u0000\u0008';
    await pasteBody(garbage);
    await expect.element(page.getByText(/Not valid JSON \(line 1, column 1/)).toBeVisible();
    const expected = await commands.nodeSign('sk_test_garbage', '1764300000', garbage);
    await expect.poll(() => outputText('Signature')).toBe(expected.signature);
    await expect.poll(() => outputText('Payload'), { timeout: 1_000 }).toBe(expected.payload);
  });

  it('warns about a secret pasted with its quotes, signs it with the quotes, and the server says the signature is wrong', async () => {
    const production = (await sandboxKeys()).find((key) => key.name === 'Production')!;
    await useSandboxKey('Production');
    await userEvent.fill(secretBox(), `"${production.secret}"`);
    await expect.element(page.getByText('The API secret is wrapped in quotes; remove them unless they are really part of it.')).toBeVisible();
    const expected = await commands.nodeSign(`"${production.secret}"`, '1', '');
    await expect.poll(() => outputText('Secret hash')).toBe(expected.secretHash);
    await send();
    await expectStatus(401);
    await expectExplained('INVALID_SIGNATURE');
    expect(value(secretBox())).toBe(`"${production.secret}"`);
  });

  it('says a base URL without a scheme needs one, and refuses to send it anywhere, keeping the text', async () => {
    await useSandboxKey('Production');
    await setBaseUrlField('localhost:8787/api/v1/external');
    await expect.element(page.getByText('"localhost:8787/api/v1/external" has no scheme. Start it with https:// (or http:// for a local server).').first()).toBeVisible();
    await send();
    await expect.element(responseRegion().getByText(/no scheme/), { timeout: 10_000 }).toBeVisible();
    expect(value(baseUrlBox())).toBe('localhost:8787/api/v1/external');
    expect(responseRegion().element().textContent).not.toMatch(/TypeError|Error:|undefined/);
  });

  it('explains a base URL on a port browsers and Node refuse to call (9), keeping everything typed', async () => {
    await useSandboxKey('Production');
    await setBaseUrlField('http://127.0.0.1:9/api/v1/external');
    await send();
    // Port 9 is on the fetch standard's list of "bad ports": the proxy's fetch refuses it before connecting.
    await expect.element(responseRegion().getByText('The request to http://127.0.0.1:9 failed before any answer arrived.'), { timeout: 20_000 }).toBeVisible();
    await expect.element(responseRegion().getByText(/Everything you entered is unchanged/)).toBeVisible();
    expect(responseRegion().element().textContent).not.toMatch(/TypeError|Error:|undefined/);
    expect(value(baseUrlBox())).toBe('http://127.0.0.1:9/api/v1/external');
    expect(value(keyBox())).toMatch(/^pk_test_\w+$/);
  });

  it('warns about a key with a trailing newline, keeps it in the field, and sends (the browser trims header values)', async () => {
    const production = (await sandboxKeys()).find((key) => key.name === 'Production')!;
    await useSandboxKey('Production');
    await userEvent.fill(keyBox(), `${production.apiKey}\n`);
    await expect.element(page.getByText('The API key has trailing whitespace (a newline, as `echo` or a copied line adds); HTTP strips it from the header, but a client that hashes or compares the key as typed will not.')).toBeVisible();
    await send();
    // Fetch strips leading and trailing whitespace from header values, so the sandbox sees the bare key.
    await expectStatus(200);
    expect(value(keyBox())).toBe(`${production.apiKey}\n`);
  });
});
