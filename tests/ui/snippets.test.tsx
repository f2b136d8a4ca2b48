// The Code snippets panel in real Chromium: one language setting shared with the step-through, keyboard tabs,
// programs for the current request that hold no credential, copying, and the precomputed curl variant.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { setBody, setPath } from '../../src/state/requestStore.ts';
import { renderApp, unmountApp } from '../support/renderApp.tsx';
import { openRoom } from '../support/rooms.ts';
import { pinTimestamp } from '../support/sendFlow.ts';

const API_KEY = 'ck_test_snippet_71be0c';
const SECRET = 'sk_test_snippet_s3cr3t_a9f4';
const TIMESTAMP = '1700000456';

const panel = () => page.getByRole('region', { name: 'Code snippets' });
const tab = (name: string) => panel().getByRole('tab', { name, exact: true });
const snippetText = () => panel().getByRole('tabpanel').element().textContent ?? '';

async function selectTab(name: string): Promise<void> {
  await userEvent.click(tab(name));
  await expect.element(tab(name)).toHaveAttribute('aria-selected', 'true');
}

async function typeCredentials(): Promise<void> {
  await userEvent.fill(page.getByRole('textbox', { name: 'API key' }), API_KEY);
  await userEvent.fill(page.getByRole('textbox', { name: 'API secret' }), SECRET);
}

describe('Code snippets', () => {
  beforeEach(async () => {
    renderApp();
    await openRoom('snippets');
  });
  afterEach(() => unmountApp());

  it('shares one remembered language with the step-through', async () => {
    await expect.element(tab('JavaScript'), { timeout: 20_000 }).toHaveAttribute('aria-selected', 'true');
    await selectTab('Python');
    expect(JSON.parse(localStorage.getItem('coext-explorer:settings:v1') ?? '{}')).toMatchObject({ snippetLanguage: 'python' });
    await userEvent.click(page.getByRole('button', { name: 'Step through the code' }));
    const language = page.getByRole('region', { name: 'Step-through' }).getByRole('combobox', { name: 'Code language' });
    await expect.element(language).toHaveValue('python');
    await userEvent.selectOptions(language, 'php');
    await expect.element(tab('PHP')).toHaveAttribute('aria-selected', 'true');
    expect(snippetText().startsWith('<?php')).toBe(true);
    await userEvent.selectOptions(language, 'ruby');
    await expect.element(tab('Ruby')).toHaveAttribute('aria-selected', 'true');
    await expect.poll(snippetText).toMatch(/^#!\/usr\/bin\/env ruby/);
    await selectTab('Go');
    await expect.element(language).toHaveValue('go');
    await expect.element(page.getByRole('region', { name: 'Step-through' }).getByLabelText('Go signing code')).toHaveTextContent(/hmac\.New\(sha256\.New/);
  });

  it('moves between tabs with the arrow keys, Home and End, one tab stop for the list', async () => {
    await selectTab('PHP');
    expect(panel().getByRole('tab').all().map((t) => t.element().textContent)).toEqual(['curl', 'JavaScript', 'Python', 'PHP', 'Go', 'Java', 'Ruby']);
    expect(panel().getByRole('tab').all().map((t) => t.element().getAttribute('tabindex'))).toEqual(['-1', '-1', '-1', '0', '-1', '-1', '-1']);
    await userEvent.keyboard('{ArrowRight}');
    await expect.element(tab('Go')).toHaveAttribute('aria-selected', 'true');
    await expect.element(tab('Go')).toHaveFocus();
    await expect.poll(snippetText).toMatch(/^\/\/ POST .*\n\/\/ Go 1\.16\+/);
    await userEvent.keyboard('{ArrowRight}');
    await expect.poll(snippetText).toMatch(/^\/\/ POST .*\n\/\/ Java 17\+/);
    await userEvent.keyboard('{End}');
    await expect.element(tab('Ruby')).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{ArrowRight}');
    await expect.element(tab('curl')).toHaveAttribute('aria-selected', 'true');
    await expect.element(tab('curl')).toHaveFocus();
    await expect.poll(snippetText).toMatch(/^#!\/usr\/bin\/env bash/);
    await userEvent.keyboard('{ArrowLeft}');
    await expect.element(tab('Ruby')).toHaveFocus();
    await userEvent.keyboard('{Home}');
    await expect.element(tab('curl')).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{End}');
    await userEvent.keyboard('{ArrowLeft}');
    await expect.element(tab('Java')).toHaveFocus();
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}{ArrowLeft}');
    await expect.element(tab('Python')).toHaveFocus();
    await expect.poll(snippetText).toMatch(/^#!\/usr\/bin\/env python3/);
  });

  it('writes the current request into every program, and never the key, the secret or its hash', async () => {
    await typeCredentials();
    await pinTimestamp(TIMESTAMP);
    const body = '{"to":"+919876543210","message":"Grüße ☕"}';
    setBody(body);
    setPath('/messages/text');
    const { secretHash } = await commands.nodeSign(SECRET, TIMESTAMP, body);
    const bodyLiterals: Record<string, string> = {
      curl: `'${body}'`,
      JavaScript: JSON.stringify(body),
      Python: `'${body}'`,
      PHP: `'${body}'`,
      Go: JSON.stringify(body),
      // ASCII only, so javac reads it the same under any platform charset.
      Java: '"{\\"to\\":\\"+919876543210\\",\\"message\\":\\"Gr\\u00fc\\u00dfe \\u2615\\"}"',
      Ruby: JSON.stringify(body),
    };
    for (const [name, literal] of Object.entries(bodyLiterals)) {
      await selectTab(name);
      await expect.poll(snippetText).toContain(literal);
      const text = snippetText();
      expect(text).toContain(`${window.location.origin}/api/v1/external/messages/text`);
      expect(text).toContain('COEXT_API_KEY');
      expect(text).toContain('COEXT_API_SECRET');
      expect(text).toContain(TIMESTAMP);
      expect(text).not.toContain(API_KEY);
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(secretHash);
    }
    await expect.element(panel().getByText(/credentials from the COEXT_API_KEY and COEXT_API_SECRET/)).toBeVisible();
    await expect.element(panel().getByText(/pinned timestamp 1700000456.*within 300 s/)).toBeVisible();
  });

  it('draws only the ends of a very long body line, yet its text and copy hold the whole program', async () => {
    const copied: string[] = [];
    Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: async (text: string) => void copied.push(text) });
    const message = `start-${'lorem ipsum '.repeat(20_000)}-end`; // 240 k characters on one line
    setBody(JSON.stringify({ to: '+14155550100', message }));
    await selectTab('JavaScript');
    await expect.poll(snippetText, { timeout: 10_000 }).toContain(message);
    const code = panel().getByRole('tabpanel').element().querySelector('pre')!;
    // The marker is drawn, not text; the line the reader sees is a few thousand characters wide, not 240 000.
    const marker = getComputedStyle(code.querySelector('.elided')!, '::before').content;
    expect(marker).toMatch(/characters not drawn/);
    expect(code.scrollWidth).toBeLessThan(60_000);
    expect(code.innerText).toContain('start-lorem ipsum');
    expect(code.innerText).toContain('-end');
    expect(code.innerText).not.toContain(message);
    await userEvent.click(panel().getByRole('button', { name: 'Copy snippet' }));
    expect(copied).toHaveLength(1);
    expect(copied[0]).toBe(snippetText());
  });

  it('copies the program shown', async () => {
    const copied: string[] = [];
    Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: async (text: string) => void copied.push(text) });
    await selectTab('JavaScript');
    const button = panel().getByRole('button', { name: 'Copy snippet' });
    await userEvent.click(button);
    await expect.element(button).toHaveTextContent('Copied');
    expect(copied).toEqual([snippetText()]);
    expect(copied[0]).toMatch(/^\/\/ POST .*\/messages\/text, signed/);
  });

  it('offers a curl script with the signature computed here for a pinned timestamp, valid ±300 s', async () => {
    await typeCredentials();
    await pinTimestamp(TIMESTAMP);
    await selectTab('curl');
    const precomputed = panel().getByRole('checkbox', { name: /Use the signature computed here/ });
    await userEvent.click(precomputed);
    const body = '{"to":"+919876543210","message":"Hello"}';
    const { signature, secretHash } = await commands.nodeSign(SECRET, TIMESTAMP, body);
    await expect.poll(snippetText).toContain(`'X-API-Signature: ${signature}'`);
    const text = snippetText();
    expect(text).toContain(`'X-Timestamp: ${TIMESTAMP}'`);
    expect(text).not.toContain('COEXT_API_SECRET');
    expect(text).not.toContain(secretHash);
    expect(text).not.toContain(SECRET);
    await expect.element(panel().getByText(/needs no secret.*until 2023-11-14T22:25:56Z/)).toBeVisible(); // 1700000456 + 300 s, per date -u -d @1700000756
    await selectTab('Python'); // the other languages always sign at run time
    expect(snippetText()).not.toContain(signature);
    expect(panel().getByRole('checkbox').all()).toHaveLength(0);
  });

  it('offers no precomputed signature without a secret, and says when the pinned timestamp is invalid', async () => {
    await pinTimestamp('17000abc');
    await selectTab('curl');
    await expect.element(panel().getByText(/pinned timestamp is not valid.*takes the time when it runs/)).toBeVisible();
    expect(snippetText()).toContain('timestamp=$(date +%s)');
    expect(panel().getByRole('checkbox').all()).toHaveLength(0);
  });
});
