// The "Forget credentials automatically" controls in the explorer: off by default, opt-in clear on pagehide, an idle
// limit that keystrokes in the page reset, bad minutes kept as typed with a message, and only settings on disk.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { type AutoClear, startAutoClear } from '../../src/state/autoClear.ts';
import { renderApp, unmountApp } from '../support/renderApp.tsx';
import { openRoom } from '../support/rooms.ts';

const keyBox = () => page.getByRole('textbox', { name: 'API key' });
const secretBox = () => page.getByRole('textbox', { name: 'API secret' });
const minutesBox = () => page.getByRole('textbox', { name: 'Minutes without activity' });
const idleSwitch = () => page.getByRole('switch', { name: 'Clear after inactivity' });
const pageHideSwitch = () => page.getByRole('switch', { name: 'Clear when leaving the page' });

async function typeCredentials() {
  await userEvent.fill(keyBox(), 'pk_test_autoclear');
  await userEvent.fill(secretBox(), 'sk_test_autoclear');
}

describe('forgetting credentials automatically', () => {
  beforeEach(async () => {
    localStorage.clear();
    renderApp();
    await openRoom('settings');
  });
  afterEach(() => unmountApp());

  it('is off by default: leaving the page keeps the credentials', async () => {
    await expect.element(idleSwitch()).not.toBeChecked();
    await expect.element(pageHideSwitch()).not.toBeChecked();
    await typeCredentials();
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    await expect.element(secretBox()).toHaveValue('sk_test_autoclear');
  });

  it('clears both fields on pagehide when opted in, and stores the choice but no credential', async () => {
    await userEvent.click(pageHideSwitch());
    await typeCredentials();
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    await expect.element(keyBox()).toHaveValue('');
    await expect.element(secretBox()).toHaveValue('');
    await expect.element(page.getByText('The credentials were cleared when the page was left.')).toBeVisible();
    expect(JSON.parse(localStorage.getItem('coext-explorer:settings:v1') ?? '{}')).toMatchObject({ clearOnPageHide: true, idleClearMinutes: 0 });
    const everything = Object.keys(localStorage).map((key) => `${key}=${localStorage.getItem(key)}`).join('\n');
    expect(everything).not.toContain('autoclear');
  });

  it('clears after the chosen idle minutes; typing in the page restarts the wait', async () => {
    let nowMs = Date.now();
    let watch: AutoClear | undefined;
    try {
      // A second watcher on this window with a clock the test moves: the App's own uses the real one.
      watch = startAutoClear({ now: () => nowMs, checkEveryMs: 0 });
      await userEvent.fill(minutesBox(), '2');
      await userEvent.click(idleSwitch());
      await typeCredentials();
      nowMs += 90_000;
      await userEvent.type(secretBox(), 'x');
      nowMs += 90_000;
      watch.check();
      await expect.element(secretBox()).toHaveValue('sk_test_autoclearx');
      nowMs += 30_000;
      watch.check();
      await expect.element(keyBox()).toHaveValue('');
      await expect.element(secretBox()).toHaveValue('');
      await expect.element(page.getByText('The credentials were cleared after 2 minutes without activity.')).toBeVisible();
      await userEvent.fill(keyBox(), 'pk_test_back');
      await expect.element(page.getByText(/were cleared after/)).not.toBeInTheDocument();
    } finally {
      watch?.stop();
    }
  });

  it('keeps bad minutes as typed, says why, and does not switch on with them', async () => {
    await userEvent.fill(minutesBox(), '1.5');
    await expect.element(page.getByText('"1.5" is not a whole number of minutes.')).toBeVisible();
    await expect.element(minutesBox()).toHaveValue('1.5');
    await expect.element(idleSwitch()).toBeDisabled();
    await userEvent.fill(minutesBox(), '0');
    await expect.element(page.getByText('At least 1 minute; to never clear, switch this off.')).toBeVisible();
    await userEvent.fill(minutesBox(), '30');
    await userEvent.click(idleSwitch());
    await expect.element(idleSwitch()).toBeChecked();
    await userEvent.fill(minutesBox(), 'abc');
    await expect.element(minutesBox()).toHaveValue('abc');
    // The last valid limit stays in force while the field holds something unreadable.
    expect(JSON.parse(localStorage.getItem('coext-explorer:settings:v1') ?? '{}')).toMatchObject({ idleClearMinutes: 30 });
  });
});
