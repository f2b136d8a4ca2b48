// Every bad input gets a clear message beside its field, and nothing typed is lost or silently changed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { outputText, pasteBody, renderApp, unmountApp } from '../support/renderApp.tsx';

const stepper = () => page.getByRole('region', { name: 'Signing steps' });
const timestampBox = () => page.getByRole('textbox', { name: 'Timestamp', exact: true });

async function pin(value: string) {
  await userEvent.click(page.getByRole('switch', { name: 'Pin timestamp' }));
  await userEvent.fill(timestampBox(), value);
}

describe('bad input in the explorer', () => {
  beforeEach(() => renderApp());
  afterEach(() => unmountApp());

  it('signs invalid JSON exactly as typed, with a warning that says where it breaks', async () => {
    await userEvent.fill(page.getByRole('textbox', { name: 'API secret' }), 'sk_test_json');
    await pin('1764300000');
    await pasteBody('{"to": "+14155550100", "message": }');
    await expect.element(page.getByText(/Not valid JSON \(line 1, column \d+/)).toBeVisible();
    const expected = await commands.nodeSign('sk_test_json', '1764300000', '{"to": "+14155550100", "message": }');
    await expect.poll(() => outputText('Signature')).toBe(expected.signature);
  });

  it('warns about an empty POST body and still signs "<ts>."', async () => {
    await pin('1764300000');
    await pasteBody('');
    await expect.element(page.getByText(/The body is empty/)).toBeVisible();
    await expect.poll(() => outputText('Payload')).toBe('1764300000.');
  });

  it('refuses a non-numeric timestamp without losing what was typed', async () => {
    await pin('17643abc');
    await expect.element(stepper().getByText('"17643abc" is not a whole number of seconds.')).toBeVisible();
    await expect.element(timestampBox()).toHaveValue('17643abc');
    expect(outputText('Signature')).toBe('');
  });

  it('names a millisecond timestamp and offers the seconds', async () => {
    await pin('1764300000123');
    await expect.element(stepper().getByText(/looks like milliseconds \(13 digits\).*1764300000\b/)).toBeVisible();
    await expect.element(timestampBox()).toHaveValue('1764300000123');
    expect(outputText('Signature')).toBe('');
  });

  it('warns that a pinned timestamp is outside the server window', async () => {
    await pin('1703001234');
    await expect.element(page.getByText(/outside the server's ±300 s window/)).toBeVisible();
  });

  it('reports lone surrogates, which are signed as U+FFFD', async () => {
    await userEvent.fill(page.getByRole('textbox', { name: 'API secret' }), 'sk_test_lone');
    await pin('1764300000');
    const body = '{"message":"\ud83d"}';
    await pasteBody(body);
    await expect.element(page.getByText(/Unpaired UTF-16 surrogate \(\\ud83d at 12\)/)).toBeVisible();
    // Node signs the same string the same way (both encode the lone surrogate as EF BF BD).
    const expected = await commands.nodeSign('sk_test_lone', '1764300000', body);
    await expect.poll(() => outputText('Signature')).toBe(expected.signature);
  });

  it('signs a 1 MB paste exactly and stays responsive', async () => {
    await userEvent.fill(page.getByRole('textbox', { name: 'API secret' }), 'sk_test_big');
    await pin('1764300000');
    const body = `{"message":"${'é☕x'.repeat(180_000)}"}`;
    await pasteBody(body);
    const expected = await commands.nodeSign('sk_test_big', '1764300000', body);
    await expect.poll(() => outputText('Signature'), { timeout: 20_000 }).toBe(expected.signature);
    await expect.poll(() => outputText('Payload'), { timeout: 1_000 }).toBe(expected.payload);
    // Still responsive: typing into another field updates the signature.
    await userEvent.fill(page.getByRole('textbox', { name: 'API secret' }), 'sk_test_big2');
    const next = await commands.nodeSign('sk_test_big2', '1764300000', body);
    await expect.poll(() => outputText('Signature'), { timeout: 20_000 }).toBe(next.signature);
  });

  it('keeps a 5 MB paste whole and says it is over the server limit', async () => {
    await pin('1764300000');
    const body = `{"message":"${'a'.repeat(5 * 1024 * 1024)}"}`;
    await pasteBody(body);
    await expect.element(page.getByText(/over the 1 MB limit: the server will answer 413/), { timeout: 30_000 }).toBeVisible();
    await expect.poll(() => outputText('Payload').length, { timeout: 30_000 }).toBe('1764300000.'.length + body.length);
  });

  it('warns about a secret in the key field, a key in the secret field, and stray whitespace, signing as typed', async () => {
    await userEvent.fill(page.getByRole('textbox', { name: 'API key' }), 'sk_live_oops');
    await expect.element(page.getByText(/looks like a secret \(sk_…\) in the API key field/)).toBeVisible();
    await userEvent.fill(page.getByRole('textbox', { name: 'API secret' }), 'pk_live_oops');
    await expect.element(page.getByText(/looks like an API key \(pk_…\) in the secret field/)).toBeVisible();
    await userEvent.fill(page.getByRole('textbox', { name: 'API secret' }), 'sk_live_abcd\n');
    await expect.element(page.getByText(/The API secret has trailing whitespace \(a newline/)).toBeVisible();
    const expected = await commands.nodeSign('sk_live_abcd\n', '1', '');
    await expect.poll(() => outputText('Secret hash')).toBe(expected.secretHash);
    await userEvent.fill(page.getByRole('textbox', { name: 'API secret' }), '"sk_live_abcd"');
    await expect.element(page.getByText(/wrapped in quotes/)).toBeVisible();
  });

  it('clears both credentials with one click', async () => {
    await userEvent.fill(page.getByRole('textbox', { name: 'API key' }), 'pk_test_abcdef');
    await userEvent.fill(page.getByRole('textbox', { name: 'API secret' }), 'sk_test_abcdef');
    await userEvent.click(page.getByRole('button', { name: 'Clear credentials' }));
    await expect.element(page.getByRole('textbox', { name: 'API key' })).toHaveValue('');
    await expect.element(page.getByRole('textbox', { name: 'API secret' })).toHaveValue('');
  });
});
