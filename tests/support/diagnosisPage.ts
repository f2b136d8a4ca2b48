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
  // Compared here, not by toBe on the two texts: each poll that fails before React has rendered builds a diff of them,
  // which took 17 s for a 500 kB paste.
  const shown = text.replace(/\r\n?/g, '\n');
  await expect.poll(() => (box as HTMLTextAreaElement).value === shown, { message: 'the box shows the pasted text' }).toBe(true);
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

/**
 * A 500 kB JSON body whose search under a wrong secret runs for seconds (a 100 kB one ends in well under a second),
 * long enough to show the progress bar and to be cancelled.
 */
export function longDiagnosisBody(): string {
  const items: Array<{ id: number; name: string }> = [];
  // Each item's own length counted as it is added: re-serializing the growing list each time took 15 s.
  for (let length = 0; length < 500_000; length += JSON.stringify(items.at(-1)).length + 1) {
    items.push({ id: items.length, name: `Café crème n°${items.length}` });
  }
  return JSON.stringify({ to: '+14155550100', items });
}

/**
 * Presses Cancel diagnosis the moment it shows, in the same step that finds it. A separate find-then-click goes
 * through the test runner and Playwright and, on a busy machine, can land after the search has ended and the button
 * has gone, and then waits for it until the test's timeout.
 */
export async function cancelRunningDiagnosis(): Promise<void> {
  const cancel = page.getByRole('button', { name: 'Cancel diagnosis' });
  await expect.poll(() => {
    const button = cancel.query() as HTMLButtonElement | null;
    button?.click();
    return button !== null;
  }, { timeout: 30_000 }).toBe(true);
}
