// Issue 17 §3: a long search (a large body under a wrong secret) shows a progress bar and a Cancel button once it has
// run for 300 ms, the page stays usable meanwhile, and Cancel stops the worker's search and says so (the body:
// longDiagnosisBody).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import planted from '../fixtures/plantedMistakes.json';
import { initialDiagnosis, useDiagnosisStore } from '../../src/state/diagnosisStore.ts';
import { cancelRunningDiagnosis, clickDiagnose, diagnosisRegion, enterSecret, failingRequestBox, listedCauses, longDiagnosisBody, pasteInto } from '../support/diagnosisPage.ts';
import { curlCommand } from '../support/failingRequestText.ts';
import { renderApp, unmountApp } from '../support/renderApp.tsx';
import { openRoom } from '../support/rooms.ts';

const validCase = planted.find((c) => c.name === 'valid request')!;
const LONG_BODY = longDiagnosisBody();
const progressBar = () => page.getByRole('progressbar', { name: 'Diagnosis progress' });
const cancelButton = () => page.getByRole('button', { name: 'Cancel diagnosis' });

describe('progress and cancel of a long diagnosis', () => {
  beforeAll(() => renderApp());
  // The diagnoser lives behind the Diagnose tab of the workspace.
  beforeEach(() => openRoom('diagnose'));
  afterAll(() => unmountApp());
  beforeEach(() => useDiagnosisStore.setState(initialDiagnosis, true));

  it('shows a progress bar and Cancel from 300 ms on, stays usable, and cancels the search', async () => {
    await enterSecret('sk_live_not_the_signing_secret');
    await pasteInto(failingRequestBox().element() as HTMLElement, curlCommand({ ...validCase, body: LONG_BODY }));
    const clicked = performance.now();
    await clickDiagnose();
    await expect.element(progressBar()).toBeVisible();
    expect(performance.now() - clicked).toBeGreaterThanOrEqual(300);
    await expect.element(cancelButton()).toBeVisible();
    // The bar reads as a share of the planned search, and the page answers typing meanwhile.
    expect(Number(progressBar().element().getAttribute('value'))).toBeGreaterThanOrEqual(0);
    expect(progressBar().element().getAttribute('max')).toBe('100');
    const secretBox = page.getByRole('textbox', { name: 'API secret' });
    await userEvent.fill(secretBox, 'typed while searching');
    await expect.element(secretBox).toHaveValue('typed while searching');

    expect(useDiagnosisStore.getState().status).toBe('running');
    await cancelRunningDiagnosis();
    await expect.element(diagnosisRegion().getByText(/^Cancelled after [\d,]+ hypotheses/)).toBeVisible();
    expect(progressBar().elements()).toHaveLength(0);
    expect(cancelButton().elements()).toHaveLength(0);
    expect(diagnosisRegion().element().querySelector('[data-cause]')).toBeNull();
  });

  it('shows neither for a search that ends within 300 ms', async () => {
    await enterSecret(validCase.secret);
    await pasteInto(failingRequestBox().element() as HTMLElement, curlCommand(validCase));
    await clickDiagnose();
    expect(await listedCauses()).toEqual(['valid']);
    expect(progressBar().elements()).toHaveLength(0);
    expect(cancelButton().elements()).toHaveLength(0);
  });
});
