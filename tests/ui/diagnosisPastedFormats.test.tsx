// Pasting what DevTools give: `Failing request` says which formats it reads; a HAR file with several signed requests
// shows the select "Request in the HAR file", Diagnose asks for a choice until one is made, and the diagnosis is of
// the chosen request. The fixtures are Chromium 156's own output (tests/fixtures/pasted/SOURCES.md).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import har from '../fixtures/pasted/chrome156-har.txt?raw';
import powershell from '../fixtures/pasted/chrome156-powershell-pretty.txt?raw';
import { initialCredentials, useCredentialsStore } from '../../src/state/credentialsStore.ts';
import { initialDiagnosis, useDiagnosisStore } from '../../src/state/diagnosisStore.ts';
import { clickDiagnose, enterSecret, failingRequestBox, listedCauses, pasteInto } from '../support/diagnosisPage.ts';
import { renderApp, unmountApp } from '../support/renderApp.tsx';
import { openRoom } from '../support/rooms.ts';

const SECRET = 'sk_test_PastedFixturesSecret0123456789AB';
const harSelect = () => page.getByRole('combobox', { name: 'Request in the HAR file' });

describe('pasted formats in the diagnoser', () => {
  beforeAll(() => renderApp());
  // The diagnoser lives behind the Diagnose tab of the workspace.
  beforeEach(() => openRoom('diagnose'));
  afterAll(() => unmountApp());
  beforeEach(() => {
    useDiagnosisStore.setState(initialDiagnosis, true);
    useCredentialsStore.setState(initialCredentials, true);
  });

  it('lists the formats it reads in the help of Failing request', async () => {
    await expect.element(page.getByText(/^Paste a HAR file .*fetch.*PowerShell.*Windows cmd.*bash.*curl -v.*raw HTTP request.*server log\. It is read as text, never run\.$/))
      .toBeVisible();
    expect(failingRequestBox().element().getAttribute('placeholder')).toMatch(/PowerShell, fetch, a HAR file, curl -v output/);
  });

  async function pasteHar(): Promise<void> {
    await enterSecret(SECRET);
    expect(harSelect().elements()).toHaveLength(0);
    await pasteInto(failingRequestBox().element() as HTMLElement, har);
    await expect.element(harSelect()).toBeVisible();
  }

  it('lists the signed requests of a HAR file, and asks for one before diagnosing', async () => {
    await pasteHar();
    const options = [...(harSelect().element() as HTMLSelectElement).options].map((option) => option.text.replace(/ at .*/, ''));
    expect(options).toEqual([
      'Choose one of 3 signed requests…',
      '1. POST /api/v1/external/messages/text', '2. POST /api/v1/external/messages/text', '3. GET /api/v1/external/templates',
    ]);
    await clickDiagnose();
    await expect.element(page.getByText('This looks like a HAR file, but 3 of its requests carry an X-API-Signature header, and none is chosen. '
      + 'Choose one in "Request in the HAR file".')).toBeVisible();
  });

  it('diagnoses the chosen request: the second one was signed over other bytes than it sent', async () => {
    await pasteHar();
    await userEvent.selectOptions(harSelect(), '1'); // the value of the second signed request
    await clickDiagnose();
    expect((await listedCauses())[0]).toBe('body.reserialized');
  });

  it('diagnoses the chosen request: the first one verifies', async () => {
    await pasteHar();
    await userEvent.selectOptions(harSelect(), '0');
    await clickDiagnose();
    expect(await listedCauses()).toEqual(['valid']);
  });

  it('drops the select when the paste is no longer a HAR file, and reads a PowerShell command', async () => {
    await enterSecret(SECRET);
    await pasteInto(failingRequestBox().element() as HTMLElement, har);
    await expect.element(harSelect()).toBeVisible();
    await pasteInto(failingRequestBox().element() as HTMLElement, powershell);
    await expect.poll(() => harSelect().elements().length).toBe(0);
    await clickDiagnose();
    expect((await listedCauses())[0]).toBe('body.reserialized');
  });
});

