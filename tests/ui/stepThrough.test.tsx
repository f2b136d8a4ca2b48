// Step-through mode, themes and keyboard access.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { renderApp, unmountApp } from '../support/renderApp.tsx';

describe('step-through, theme and keyboard', () => {
  beforeEach(() => renderApp());
  afterEach(() => unmountApp());

  it('walks the four steps, each beside the line of code that performs it', async () => {
    await userEvent.click(page.getByRole('button', { name: 'Step through the code' }));
    const stepThrough = page.getByRole('region', { name: 'Step-through' });
    await expect.element(stepThrough.getByRole('heading', { name: '1. Hash the secret' })).toBeVisible();
    const current = () => document.querySelector('[aria-current="step"]')?.textContent;
    expect(current()).toContain("createHash('sha256')");
    await userEvent.click(stepThrough.getByRole('button', { name: 'Next step' }));
    await expect.element(stepThrough.getByRole('heading', { name: '2. Take the timestamp' })).toBeVisible();
    expect(current()).toContain('Math.floor(Date.now() / 1000)');
    await userEvent.click(stepThrough.getByRole('button', { name: 'Next step' }));
    await userEvent.click(stepThrough.getByRole('button', { name: 'Next step' }));
    await expect.element(stepThrough.getByRole('heading', { name: '4. Compute the HMAC' })).toBeVisible();
    expect(current()).toContain("createHmac('sha256', secretHash)");
    await expect.element(stepThrough.getByRole('button', { name: 'Next step' })).toBeDisabled();
    await userEvent.click(stepThrough.getByRole('button', { name: 'Previous step' }));
    await expect.element(stepThrough.getByRole('heading', { name: '3. Build the payload' })).toBeVisible();
  });

  it('points out that the guide’s Python example escapes non-ASCII text', async () => {
    await userEvent.click(page.getByRole('button', { name: 'Step through the code' }));
    const stepThrough = page.getByRole('region', { name: 'Step-through' });
    await userEvent.selectOptions(stepThrough.getByRole('combobox', { name: 'Code language' }), 'python');
    await userEvent.click(stepThrough.getByRole('button', { name: 'Next step' }));
    await userEvent.click(stepThrough.getByRole('button', { name: 'Next step' }));
    await expect.element(stepThrough.getByText(/ensure_ascii=True.*Caf\\u00e9/)).toBeVisible();
    expect(document.querySelector('[aria-current="step"]')?.textContent).toContain("separators=(',', ':')");
  });

  it('switches between light and dark themes', async () => {
    const theme = page.getByRole('combobox', { name: 'Theme' });
    await userEvent.selectOptions(theme, 'dark');
    await expect.poll(() => document.documentElement.dataset.theme).toBe('dark');
    await userEvent.selectOptions(theme, 'light');
    await expect.poll(() => document.documentElement.dataset.theme).toBe('light');
  });

  it('reaches the credentials and the timestamp controls with the keyboard alone', async () => {
    await expect.element(page.getByRole('textbox', { name: 'API key' })).toBeVisible();
    (page.getByRole('textbox', { name: 'API key' }).element() as HTMLElement).focus();
    await userEvent.keyboard('pk_test_keyboard');
    await userEvent.tab();
    await userEvent.keyboard('sk_test_keyboard');
    await expect.element(page.getByRole('textbox', { name: 'API secret' })).toHaveValue('sk_test_keyboard');
    await expect.element(page.getByRole('textbox', { name: 'API key' })).toHaveValue('pk_test_keyboard');
    (page.getByRole('switch', { name: 'Pin timestamp' }).element() as HTMLElement).focus();
    await userEvent.keyboard(' ');
    await expect.element(page.getByRole('switch', { name: 'Pin timestamp' })).toBeChecked();
  });
});
