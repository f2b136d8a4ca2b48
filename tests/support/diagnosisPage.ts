// Driving the diagnoser as a person does: by accessible names, pasting into `Failing request`.
import { expect } from 'vitest';
import { page, userEvent } from 'vitest/browser';

export const failingRequestBox = () => page.getByRole('textbox', { name: 'Failing request' });
export const diagnosisRegion = () => page.getByRole('region', { name: 'Diagnosis', exact: true });

export async function enterSecret(secret: string): Promise<void> {
  await userEvent.fill(page.getByRole('textbox', { name: 'API secret' }), secret);
}

/** Pastes `text` over whatever `box` holds, as Ctrl+A, Ctrl+V does (a synthetic paste carries the text exactly). */
export async function pasteInto(box: HTMLElement, text: string): Promise<void> {
  box.focus();
  (box as HTMLTextAreaElement).select();
  const data = new DataTransfer();
  data.setData('text/plain', text);
  box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  await expect.poll(() => (box as HTMLTextAreaElement).value).toBe(text.replace(/\r\n?/g, '\n'));
}

export async function clickDiagnose(): Promise<void> {
  await userEvent.click(page.getByRole('button', { name: 'Diagnose' }));
}

/** The data-cause attribute of every cause listed, most likely first, once a run has finished. */
export async function listedCauses(timeout = 30_000): Promise<string[]> {
  const region = diagnosisRegion().element();
  await expect.poll(() => region.querySelector('[data-cause]') !== null && region.getAttribute('aria-busy') !== 'true', { timeout }).toBe(true);
  return [...region.querySelectorAll('[data-cause]')].map((element) => element.getAttribute('data-cause') ?? '');
}
