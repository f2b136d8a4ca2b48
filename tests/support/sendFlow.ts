// Driving Send and reading Response / Error explanation as a person would, by accessible names.
import { expect } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { initialResponse, useResponseStore } from '../../src/state/responseStore.ts';
import { openRoom } from './rooms.ts';

export const responseRegion = () => page.getByRole('region', { name: 'Response' });
export const explanationRegion = () => page.getByRole('region', { name: 'Error explanation' });
export const sendButton = () => page.getByRole('button', { name: 'Send', exact: true });

/** Forgets the previous test's answer, so no assertion can match it. */
export function resetResponse(): void {
  useResponseStore.setState(initialResponse, true);
}

/** Opens the Sandbox keys room and clicks "Use <name> key" in it. */
export async function useSandboxKey(name: string): Promise<void> {
  await expect.element(page.getByRole('button', { name: 'Sandbox keys', exact: true }), { timeout: 10_000 }).toBeVisible();
  await openRoom('sandboxKeys');
  const button = page.getByRole('button', { name: `Use ${name} key` });
  await expect.element(button, { timeout: 10_000 }).toBeVisible();
  await userEvent.click(button);
}

export async function send(): Promise<void> {
  await expect.element(sendButton(), { timeout: 10_000 }).toBeEnabled();
  await userEvent.click(sendButton());
}

/** Waits for the status line ("200 OK", "401 Unauthorized", …) of the answer. */
export async function expectStatus(status: number): Promise<void> {
  await expect.element(responseRegion().getByText(new RegExp(`^${status}\\b`)), { timeout: 20_000 }).toBeVisible();
}

/** Waits for the error code to be explained. */
export async function expectExplained(code: string): Promise<void> {
  await expect.element(explanationRegion().getByText(code, { exact: true }).first(), { timeout: 20_000 }).toBeVisible();
}

export async function pinTimestamp(value: string): Promise<void> {
  const pin = page.getByRole('switch', { name: 'Pin timestamp' });
  await expect.element(pin).toBeVisible();
  if (!(pin.element() as HTMLInputElement).checked) await userEvent.click(pin);
  await userEvent.fill(page.getByRole('textbox', { name: 'Timestamp', exact: true }), value);
}

export async function setBaseUrlField(value: string): Promise<void> {
  await userEvent.fill(page.getByRole('textbox', { name: 'Base URL' }), value);
}

/** The sandbox's demo keys, read the way the panel reads them. */
export async function sandboxKeys(): Promise<Array<{ name: string; apiKey: string; secret: string }>> {
  const response = await fetch('/__coext/sandbox-keys');
  return ((await response.json()) as { keys: Array<{ name: string; apiKey: string; secret: string }> }).keys;
}
