// An automated WCAG 2.2 A/AA audit (axe-core) of the workspace in both themes: with every room closed, with each room
// open, and on the Diagnose view. Not a substitute for trying it with a screen reader, but nothing it can find is left.
import axe from 'axe-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { setTheme } from '../../../src/state/settingsStore.ts';
import { bodyEditor, renderApp, unmountApp } from '../../support/renderApp.tsx';
import { openRoom, type Room } from '../../support/rooms.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const ROOMS: Room[] = ['sandboxKeys', 'history', 'snippets', 'share', 'settings'];

/** Every violation as "rule: target", so a failure names what to fix. */
async function violations(): Promise<string[]> {
  const result = await axe.run(document, { runOnly: { type: 'tag', values: TAGS }, resultTypes: ['violations'] });
  return result.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} — ${node.failureSummary?.split('\n')[1]?.trim() ?? ''}`),
  );
}

async function closeRooms(): Promise<void> {
  const close = page.getByRole('button', { name: /^Close / });
  if (close.elements().length > 0) await userEvent.click(close.first());
}

describe('the workspace under axe-core', () => {
  beforeAll(() => page.viewport(1366, 768));
  afterAll(() => unmountApp());

  it.each(['light', 'dark'] as const)('has no WCAG 2.2 A/AA violation in the %s theme, rooms closed, each room open, or diagnosing', async (theme) => {
    renderApp();
    setTheme(theme);
    await bodyEditor();
    await expect.poll(() => document.documentElement.dataset.theme).toBe(theme);
    const found: Record<string, string[]> = { 'rooms closed': await violations() };
    for (const room of ROOMS) {
      await closeRooms();
      await openRoom(room);
      if (room === 'snippets') await expect.element(page.getByRole('button', { name: 'Copy snippet' })).toBeVisible();
      if (room === 'sandboxKeys') await expect.element(page.getByRole('button', { name: /Use Development key/ })).toBeVisible();
      found[room] = await violations();
    }
    await closeRooms();
    await openRoom('diagnose');
    found.diagnose = await violations();
    expect(found).toEqual({ 'rooms closed': [], ...Object.fromEntries(ROOMS.map((room) => [room, []])), diagnose: [] });
  });
});
