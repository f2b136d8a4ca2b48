// The History panel: requests sent from this tab to the sandbox on the test server's origin, newest first, one click
// to restore, one to clear.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { initialHistory, useHistoryStore } from '../../src/state/historyStore.ts';
import { outputText, renderApp, unmountApp } from '../support/renderApp.tsx';
import { openRoom } from '../support/rooms.ts';
import { expectStatus, resetResponse, send, useSandboxKey } from '../support/sendFlow.ts';

const history = () => page.getByRole('region', { name: 'History' });
const entries = () => history().getByRole('listitem');

describe('History', () => {
  beforeEach(() => {
    useHistoryStore.setState(initialHistory, true);
    resetResponse();
    renderApp();
  });
  afterEach(() => unmountApp());

  it('lists two sent requests newest first, restores the older one and clears', async () => {
    await openRoom('history');
    await expect.element(history().getByText('No requests sent yet.')).toBeVisible();
    await expect.element(history().getByRole('button', { name: 'Clear history' })).toBeDisabled();
    await useSandboxKey('Production');
    await openRoom('history'); // the demo keys took the drawer's place

    await send(); // POST /messages/text, the default request
    await expectStatus(200);
    await expect.poll(() => entries().all().length).toBe(1);
    resetResponse();
    await userEvent.selectOptions(page.getByRole('combobox', { name: 'Endpoint' }), 'templates');
    await expect.element(page.getByRole('combobox', { name: 'Method' })).toHaveValue('GET');
    await send();
    await expectStatus(200);
    await expect.poll(() => entries().all().length).toBe(2);

    const [newest, older] = entries().all();
    await expect.element(newest!).toHaveTextContent(/GET\s*\/templates\s*200\s*\d{1,2}:\d{2}:\d{2}.*\d+ ms/);
    await expect.element(older!).toHaveTextContent(/POST\s*\/messages\/text\s*200\s*\d{1,2}:\d{2}:\d{2}.*\d+ ms/);

    await userEvent.click(older!.getByRole('button', { name: 'Restore' }));
    await expect.element(page.getByRole('combobox', { name: 'Method' })).toHaveValue('POST');
    await expect.element(page.getByRole('textbox', { name: 'Path' })).toHaveValue('/messages/text');
    await expect.poll(() => outputText('Payload')).toMatch(/^\d+\.\{"to":"\+919876543210","message":"Hello"\}$/); // its body too
    await expect.element(history().getByText(/^Restored POST \/messages\/text sent at/)).toBeVisible();
    await expect.poll(() => entries().all().length).toBe(2); // restoring sends nothing and removes nothing

    await userEvent.click(history().getByRole('button', { name: 'Clear history' }));
    await expect.element(history().getByText('No requests sent yet.')).toBeVisible();
    expect(entries().all()).toHaveLength(0);
  });

  it('shows a request that got no answer, with why', async () => {
    await useSandboxKey('Production');
    await openRoom('history');
    await userEvent.fill(page.getByRole('textbox', { name: 'Base URL' }), 'http://127.0.0.1:9/api/v1/external');
    await send();
    await expect.poll(() => entries().all().length, { timeout: 20_000 }).toBe(1);
    await expect.element(entries().first()).toHaveTextContent(/POST\s*\/messages\/text\s*No answer/);
  });
});
