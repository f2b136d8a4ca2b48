// The panels that are not on the first screen live one click away ("rooms": a tab, a menu, a drawer). Tests
// that use one open it through here, by the name a person reads, so that a change of layout is made once.
import { page, userEvent } from 'vitest/browser';
import { expect } from 'vitest';

/** What a test can ask for, and the region that shows once it is open. */
export const ROOMS = {
  diagnose: 'Diagnose a failing request',
  snippets: 'Code snippets',
  history: 'History',
  sandboxKeys: 'Sandbox keys',
  settings: 'Settings',
  share: 'Share',
  export: 'Export',
} as const;
export type Room = keyof typeof ROOMS;

/**
 * Opens `room` if its region is not showing yet. While every panel sits on the page this only checks that
 * the region exists; the workspace layout replaces the opener below with the click a person makes.
 */
export async function openRoom(room: Room): Promise<void> {
  const region = page.getByRole('region', { name: ROOMS[room] });
  if (region.elements().length > 0) return;
  const name = new RegExp(ROOMS[room], 'i');
  const openers = [...page.getByRole('tab', { name }).elements(), ...page.getByRole('button', { name }).elements()];
  if (openers.length === 0) return; // the panel sits on the page under another heading
  await userEvent.click(openers[0]!);
  await expect.element(region).toBeVisible();
}
