// The live stepper, driven as a person would: by accessible names, in real Chromium. Expected values come from the
// shared vectors or from Node's crypto (a browser command), never from the app's own signer.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { vectors } from '../fixtures/signingVectors.json';
import { outputText, pasteBody, renderApp, unmountApp } from '../support/renderApp.tsx';

async function enterSecret(secret: string) {
  await userEvent.fill(page.getByRole('textbox', { name: 'API secret' }), secret);
}

async function pinTimestamp(value: string) {
  const pin = page.getByRole('switch', { name: 'Pin timestamp' });
  if (!(pin.element() as HTMLInputElement).checked) await userEvent.click(pin);
  await userEvent.fill(page.getByRole('textbox', { name: 'Timestamp', exact: true }), value);
}

async function expectSigned(secret: string, timestamp: string, body: string) {
  const expected = await commands.nodeSign(secret, timestamp, body);
  await expect.poll(() => outputText('Signature'), { timeout: 10_000 }).toBe(expected.signature);
  expect(outputText('Secret hash')).toBe(expected.secretHash);
  // The payload step renders just after the signature (a deferred render), never more than a moment later.
  await expect.poll(() => outputText('Payload'), { timeout: 1_000 }).toBe(expected.payload);
}

describe('the live signature stepper', () => {
  beforeEach(() => renderApp());
  afterEach(() => unmountApp());

  it('shows vector 1 exactly when the guide’s example is entered', async () => {
    const [seed] = vectors;
    await enterSecret(seed!.secret);
    await pinTimestamp(String(seed!.timestamp));
    await pasteBody(seed!.body);
    await expect.poll(() => outputText('Signature'), { timeout: 10_000 }).toBe(seed!.signature);
    expect(outputText('Secret hash')).toBe(seed!.secretHash);
    await expect.poll(() => outputText('Payload'), { timeout: 1_000 }).toBe(seed!.payload);
  });

  it.each(vectors.map((v) => [v.note, v] as const))('shows the values of the shared vector: %s', async (_note, vector) => {
    await enterSecret(vector.secret);
    await pinTimestamp(String(vector.timestamp));
    await pasteBody(vector.body);
    await expect.poll(() => outputText('Signature'), { timeout: 10_000 }).toBe(vector.signature);
    await expect.poll(() => outputText('Payload'), { timeout: 1_000 }).toBe(vector.payload);
    expect(outputText('Secret hash')).toBe(vector.secretHash);
  });

  it('updates on every keystroke typed into the editor', async () => {
    await enterSecret('sk_test_keystrokes');
    await pinTimestamp('1764300000');
    await pasteBody('{"message":"a"}');
    await expectSigned('sk_test_keystrokes', '1764300000', '{"message":"a"}');
    await userEvent.keyboard('{End}');
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}b');
    await expectSigned('sk_test_keystrokes', '1764300000', '{"message":"ab"}');
    // Typing a quote or a brace must not auto-insert a partner: the body is what was typed.
    await userEvent.keyboard('"{{');
    await expectSigned('sk_test_keystrokes', '1764300000', '{"message":"ab"{"}');
  });

  it('shows the payload\'s UTF-8 bytes, two for é and four for an emoji, and counts them', async () => {
    await enterSecret('sk_test_hex');
    await pinTimestamp('1764300000');
    const body = '{"m":"é😀"}';
    await pasteBody(body);
    await expectSigned('sk_test_hex', '1764300000', body);
    await userEvent.click(page.getByRole('button', { name: 'Show bytes (hex)' }));
    // "1764300000." then {"m":" — é is C3 A9, U+1F600 is F0 9F 98 80 — then "}: 25 bytes, written out by hand.
    const dump = page.getByLabelText('UTF-8 bytes (hex)').element().textContent ?? '';
    expect(dump.split('\n').map((line) => line.slice(10, 57).trim())).toEqual([
      '31 37 36 34 33 30 30 30 30 30 2e 7b 22 6d 22 3a',
      '22 c3 a9 f0 9f 98 80 22 7d',
    ]);
    await expect.element(page.getByText(/^25 bytes UTF-8/)).toBeVisible();
  });

  it('signs a large body right when typed into at its end and at its start (incremental signing)', async () => {
    await enterSecret('sk_test_large_typing');
    await pinTimestamp('1764300000');
    const filler = 'Café ☕ 😀 the quick brown fox '.repeat(6_000);
    await pasteBody(`{"message":"${filler}"}`);
    await expectSigned('sk_test_large_typing', '1764300000', `{"message":"${filler}"}`);
    await userEvent.keyboard('{Control>}{End}{/Control}{ArrowLeft}{ArrowLeft}x');
    await expectSigned('sk_test_large_typing', '1764300000', `{"message":"${filler}x"}`);
    await userEvent.keyboard('{Control>}{Home}{/Control}{ArrowRight}y');
    await expectSigned('sk_test_large_typing', '1764300000', `{y"message":"${filler}x"}`);
  });

  it('warns of an unpaired surrogate, which is signed as U+FFFD', async () => {
    await enterSecret('sk_test_lone');
    await pinTimestamp('1764300000');
    const body = '{"m":"half an emoji: \uD83D"}';
    await pasteBody(body);
    await expectSigned('sk_test_lone', '1764300000', body);
    await expect.element(page.getByText(/unpaired surrogates: they are signed and sent as U\+FFFD/)).toBeVisible();
    await pasteBody('{"m":"a whole one: 😀"}');
    await expectSigned('sk_test_lone', '1764300000', '{"m":"a whole one: 😀"}');
    expect(page.getByText(/unpaired surrogates/).elements()).toHaveLength(0);
  });

  it('offers no way to copy the secret hash, which is the HMAC key itself', async () => {
    await enterSecret('sk_test_copy');
    await expect.element(page.getByRole('button', { name: 'Copy step 4 output' })).toBeVisible();
    expect(page.getByRole('button', { name: 'Copy step 1 output' }).elements()).toHaveLength(0);
  });

  it('follows the clock while live, and stops following when pinned', async () => {
    const before = Math.floor(Date.now() / 1000);
    await expect.poll(() => Number(outputText('Payload').split('.')[0])).toBeGreaterThanOrEqual(before);
    await pinTimestamp('1703001234');
    await expect.poll(() => outputText('Payload').startsWith('1703001234.')).toBe(true);
  });

  it('keeps a CR LF body byte for byte, read-only, and can convert it on request', async () => {
    await enterSecret('sk_test_crlf');
    await pinTimestamp('1764300000');
    const body = '{\r\n  "message": "line one"\r\n}\r\n';
    await pasteBody(body);
    await expectSigned('sk_test_crlf', '1764300000', body);
    await expect.element(page.getByText(/kept exactly as pasted/)).toBeVisible();
    await userEvent.click(page.getByRole('button', { name: 'Convert to LF and edit' }));
    await expectSigned('sk_test_crlf', '1764300000', body.replace(/\r\n/g, '\n'));
  });
});
