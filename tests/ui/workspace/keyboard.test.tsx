// The workspace by keyboard alone: the view tabs follow the WAI-ARIA tabs pattern, Ctrl+Enter sends from anywhere,
// and the controls of the first screen are all in the Tab order.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { initialDiagnosis, useDiagnosisStore } from '../../../src/state/diagnosisStore.ts';
import { initialHistory, useHistoryStore } from '../../../src/state/historyStore.ts';
import { useRequestStore } from '../../../src/state/requestStore.ts';
import { bodyEditor, renderApp, unmountApp } from '../../support/renderApp.tsx';
import { openRoom } from '../../support/rooms.ts';
import { expectStatus, resetResponse, useSandboxKey } from '../../support/sendFlow.ts';

const tab = (name: string) => page.getByRole('tab', { name, exact: true });

describe('the workspace by keyboard', () => {
  beforeEach(() => {
    resetResponse();
    useHistoryStore.setState(initialHistory, true);
    useDiagnosisStore.setState(initialDiagnosis, true);
    renderApp();
  });
  afterEach(() => unmountApp());

  it('moves between the Request and Diagnose tabs with the arrow keys, Home and End, one tab stop for the list', async () => {
    await expect.element(tab('Request')).toHaveAttribute('aria-selected', 'true');
    expect(tab('Request').element().getAttribute('tabindex')).toBe('0');
    expect(tab('Diagnose').element().getAttribute('tabindex')).toBe('-1');
    for (const name of ['Request', 'Diagnose']) {
      const panel = document.getElementById(tab(name).element().getAttribute('aria-controls') ?? '');
      expect(panel?.getAttribute('role'), `${name} controls its panel`).toBe('tabpanel');
      expect(panel?.getAttribute('aria-labelledby')).toBe(tab(name).element().id);
    }

    (tab('Request').element() as HTMLElement).focus();
    await userEvent.keyboard('{ArrowRight}');
    await expect.element(tab('Diagnose')).toHaveAttribute('aria-selected', 'true');
    expect(document.activeElement).toBe(tab('Diagnose').element());
    expect(tab('Request').element().getAttribute('tabindex')).toBe('-1');
    await expect.element(page.getByRole('textbox', { name: 'Failing request' })).toBeVisible();
    await expect.element(page.getByRole('button', { name: 'Send', exact: true })).not.toBeInTheDocument(); // hidden with its view

    await userEvent.keyboard('{ArrowRight}'); // wraps round
    await expect.element(tab('Request')).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{ArrowLeft}');
    await expect.element(tab('Diagnose')).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{Home}');
    await expect.element(tab('Request')).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{End}');
    await expect.element(tab('Diagnose')).toHaveAttribute('aria-selected', 'true');
    expect(document.activeElement).toBe(tab('Diagnose').element());

    // Tab leaves the list for the shown panel's controls, not for the other tab.
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(document.activeElement).not.toBe(tab('Request').element());
  });

  it('sends with Ctrl+Enter from the body editor, without adding a line to the body', async () => {
    await useSandboxKey('Production');
    const editor = await bodyEditor();
    const body = useRequestStore.getState().body;
    editor.focus();
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    await expectStatus(200);
    expect(useRequestStore.getState().body).toBe(body);
  });

  it('sends with Ctrl+Enter from the path field and from inside a room', async () => {
    await useSandboxKey('Production');
    await openRoom('history');
    (page.getByRole('textbox', { name: 'Path' }).element() as HTMLElement).focus();
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    await expectStatus(200);
    await expect.poll(() => useHistoryStore.getState().entries.length).toBe(1);

    resetResponse();
    (page.getByRole('button', { name: 'Close History' }).element() as HTMLElement).focus();
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    await expectStatus(200);
    await expect.poll(() => useHistoryStore.getState().entries.length).toBe(2);
  });

  it('reaches every control of the top bar, the tabs, the rooms and the request line with Tab', async () => {
    await bodyEditor();
    document.body.focus();
    const reached = new Set<Element>();
    for (let i = 0; i < 40 && !document.activeElement?.closest('.monaco-editor'); i += 1) {
      await userEvent.keyboard('{Tab}');
      if (document.activeElement) reached.add(document.activeElement);
    }
    const expected = [
      page.getByRole('textbox', { name: 'API key' }),
      page.getByRole('textbox', { name: 'API secret' }),
      page.getByRole('button', { name: 'Show secret' }),
      page.getByRole('combobox', { name: 'Theme' }),
      tab('Request'),
      ...['Sandbox keys', 'History', 'Code snippets', 'Share & export', 'Settings'].map((name) => page.getByRole('button', { name, exact: true })),
      page.getByRole('combobox', { name: 'Method' }),
      page.getByRole('textbox', { name: 'Base URL' }),
      page.getByRole('textbox', { name: 'Path' }),
      page.getByRole('button', { name: 'Send', exact: true }),
      page.getByRole('combobox', { name: 'Endpoint' }),
    ];
    const missed = expected.filter((locator) => !reached.has(locator.element())).map((locator) => locator.element().outerHTML.slice(0, 80));
    expect(missed).toEqual([]);
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Request body');
  });

  it('closes a room with Escape and gives focus back to its button', async () => {
    await openRoom('settings');
    (page.getByRole('switch', { name: 'Clear after inactivity' }).element() as HTMLElement).focus();
    await userEvent.keyboard('{Escape}');
    await expect.element(page.getByRole('region', { name: 'Settings' })).not.toBeInTheDocument();
    expect(document.activeElement).toBe(page.getByRole('button', { name: 'Settings', exact: true }).element());
    await expect.element(page.getByRole('button', { name: 'Settings', exact: true })).toHaveAttribute('aria-expanded', 'false');
  });
});
