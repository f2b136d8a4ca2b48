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

/** The name of the tab or button that opens each room, where it is not the region's own name. */
const OPENERS: Partial<Record<Room, RegExp>> = {
  diagnose: /diagnos/i, // the view tab "Diagnose"
  share: /^share/i, // "Share & export"
  export: /export/i,
};

/** Opens `room` if its region is not showing yet, with the click a person makes on its tab or button. */
export async function openRoom(room: Room): Promise<void> {
  const region = page.getByRole('region', { name: ROOMS[room] });
  const name = OPENERS[room] ?? new RegExp(ROOMS[room], 'i');
  const openers = () => [...page.getByRole('tab', { name }).elements(), ...page.getByRole('button', { name }).elements()];
  // A page rendered a moment ago may not be drawn yet: wait for the region or a way to it.
  await expect
    .poll(() => region.elements().length > 0 || openers().length > 0, { message: `nothing opens the ${ROOMS[room]} room` })
    .toBe(true);
  if (region.elements().length > 0) return;
  await userEvent.click(openers()[0]!);
  await expect.element(region).toBeVisible();
}
