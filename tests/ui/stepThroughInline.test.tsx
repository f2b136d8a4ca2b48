// The step-through's inline values — what each line of JavaScript, Python and PHP holds for the current request — for a
// non-ASCII body and a pinned timestamp, against values this test computes itself with Web Crypto (not the app's signer).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { setBody } from '../../src/state/requestStore.ts';
import { outputText, pasteBody, renderApp, unmountApp } from '../support/renderApp.tsx';

const SECRET = 'sk_test_inline_values';
const TIMESTAMP = '1764300000';
const BODY = '{"to":"+4915112345678","message":"Grüße 🚀 <b>"}';

const encoder = new TextEncoder();
const hex = (bytes: ArrayBuffer | Uint8Array) => Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');

async function expected(body: string) {
  const secretHash = hex(await crypto.subtle.digest('SHA-256', encoder.encode(SECRET)));
  const key = await crypto.subtle.importKey('raw', encoder.encode(secretHash), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const payload = `${TIMESTAMP}.${body}`;
  const payloadBytes = encoder.encode(payload);
  const signature = hex(await crypto.subtle.sign('HMAC', key, payloadBytes));
  return { secretHash, payload, payloadBytes, signature, bodyBytes: encoder.encode(body).length };
}

/** The value shown beside line `line` of the listing, whole: a cut value is opened first, as a reader would. */
async function inlineValue(line: number): Promise<string> {
  const stepThrough = page.getByRole('region', { name: 'Step-through' });
  const more = stepThrough.getByRole('button', { name: `Show all of the value of line ${line}`, exact: true });
  if (more.elements().length > 0) {
    await userEvent.click(more);
    await expect.element(stepThrough.getByRole('button', { name: `Show less of the value of line ${line}`, exact: true })).toBeVisible();
  }
  return stepThrough.getByRole('status', { name: `value of line ${line}`, exact: true }).element().textContent ?? '';
}

async function openStepThrough(language: 'javascript' | 'python' | 'php') {
  await userEvent.click(page.getByRole('button', { name: 'Step through the code' }));
  const stepThrough = page.getByRole('region', { name: 'Step-through' });
  await userEvent.selectOptions(stepThrough.getByRole('combobox', { name: 'Code language' }), language);
}

/**
 * The request a test starts from. The body goes in through the store's own action (what the editor calls on a change):
 * these tests are about the step-through, and a cold Monaco takes most of a minute to load on a busy machine. The
 * last test types through Monaco, loaded by then.
 */
async function enterRequest(body: string) {
  await userEvent.fill(page.getByRole('textbox', { name: 'API secret' }), SECRET);
  await userEvent.click(page.getByRole('switch', { name: 'Pin timestamp' }));
  await userEvent.fill(page.getByRole('textbox', { name: 'Timestamp', exact: true }), TIMESTAMP);
  setBody(body);
  const { signature } = await expected(body);
  await expect.poll(() => outputText('Signature'), { timeout: 10_000 }).toBe(signature);
}

describe('the step-through’s inline values', () => {
  beforeEach(() => renderApp());
  afterEach(() => unmountApp());

  it('in JavaScript: strings as JSON, the payload’s bytes as Node prints a Buffer', async () => {
    const e = await expected(BODY);
    await enterRequest(BODY);
    await openStepThrough('javascript');
    await expect.poll(() => inlineValue(2)).toBe(`"${e.secretHash}"`);
    expect(await inlineValue(3)).toBe(TIMESTAMP);
    expect(await inlineValue(4)).toBe(JSON.stringify(BODY));
    expect(await inlineValue(5)).toBe(JSON.stringify(e.payload));
    expect(await inlineValue(6)).toBe(`<Buffer ${hex(e.payloadBytes).replace(/(..)(?!$)/g, '$1 ')}>`);
    expect(await inlineValue(7)).toBe(`"${e.signature}"`);
  });

  it('in Python: repr of each str, and the payload’s UTF-8 bytes as b\'…\' with \\x escapes', async () => {
    const e = await expected(BODY);
    await enterRequest(BODY);
    await openStepThrough('python');
    await expect.poll(() => inlineValue(2)).toBe(`'${e.secretHash}'`);
    expect(await inlineValue(3)).toBe(TIMESTAMP);
    // The body has double quotes and no single one: repr wraps it in single quotes and prints ü, ß and 🚀 as they are.
    expect(await inlineValue(4)).toBe(`'${BODY}'`);
    expect(await inlineValue(5)).toBe(`'${e.payload}'`);
    const pythonBytes = Array.from(e.payloadBytes, (b) => (b < 0x80 ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`)).join('');
    expect(pythonBytes).toContain('Gr\\xc3\\xbc\\xc3\\x9fe \\xf0\\x9f\\x9a\\x80');
    expect(await inlineValue(6)).toBe(`b'${pythonBytes}'`);
    expect(await inlineValue(7)).toBe(`'${e.signature}'`);
  });

  it('in PHP: var_dump, whose string lengths count bytes', async () => {
    const e = await expected(BODY);
    await enterRequest(BODY);
    await openStepThrough('php');
    await expect.poll(() => inlineValue(1)).toBe(`string(64) "${e.secretHash}"`);
    expect(await inlineValue(2)).toBe(`int(${TIMESTAMP})`);
    expect(await inlineValue(3)).toBe(`string(${e.bodyBytes}) "${BODY}"`);
    // 48 UTF-16 units of body, 52 bytes: ü and ß take two bytes for one unit, the rocket four for two.
    expect(e.bodyBytes).toBe(52);
    expect(await inlineValue(4)).toBe(`string(${e.payloadBytes.length}) "${e.payload}"`);
    expect(await inlineValue(5)).toBe(`string(64) "${e.signature}"`);
  });

  it('cuts a long value visibly, and follows every keystroke', async () => {
    const long = `{"to":"+4915112345678","message":"Grüße 🚀 <b> ${'und so weiter, '.repeat(8)}"}`;
    await enterRequest(long);
    await openStepThrough('javascript');
    const stepThrough = page.getByRole('region', { name: 'Step-through' });
    const payloadValue = stepThrough.getByRole('status', { name: 'value of line 5', exact: true });
    const whole = JSON.stringify(`${TIMESTAMP}.${long}`);
    // Cut: the start of the payload, no closing quote, an ellipsis, and a way to see all of it; all of it in the tooltip.
    await expect.element(stepThrough.getByRole('button', { name: 'Show all of the value of line 5', exact: true })).toBeVisible();
    const cut = payloadValue.element().textContent ?? '';
    expect(whole.startsWith(cut)).toBe(true);
    expect(cut.length).toBeLessThan(whole.length - 20);
    expect(payloadValue.element().parentElement?.textContent).toContain(`${cut}…`);
    expect(payloadValue.element().getAttribute('title')).toBe(whole);
    expect(await inlineValue(5)).toBe(whole);

    const edited = long.replace('Grüße', 'Grüße!');
    await pasteBody(edited);
    const e = await expected(edited);
    await expect.poll(() => inlineValue(7), { timeout: 10_000 }).toBe(`"${e.signature}"`);
    expect(await inlineValue(4)).toBe(JSON.stringify(edited));
    expect(await inlineValue(5)).toBe(JSON.stringify(e.payload));
  });
});
