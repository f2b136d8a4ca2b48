// A diagnosis card's fix, in the language the mistake points to first and in any snippet language on request;
// the copy button copies the fix shown. Mistakes come from the independent planter's fixture.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import planted from '../fixtures/plantedMistakes.json';
import { clickDiagnose, diagnosisRegion, enterSecret, failingRequestBox, listedCauses, pasteInto } from '../support/diagnosisPage.ts';
import { rawHttpRequest } from '../support/failingRequestText.ts';
import { renderApp, unmountApp } from '../support/renderApp.tsx';
import { openRoom } from '../support/rooms.ts';
import { setCodeLanguage } from '../../src/state/settingsStore.ts';

const byName = (name: string) => planted.find((c) => c.name === name)!;

async function diagnoseCase(name: string): Promise<HTMLElement> {
  const planted = byName(name);
  await enterSecret(planted.secret);
  await pasteInto(failingRequestBox().element() as HTMLElement, rawHttpRequest(planted));
  await clickDiagnose();
  const causes = await listedCauses();
  expect(causes[0]).toBe(planted.ids.join(' '));
  return diagnosisRegion().element().querySelector(`[data-cause="${causes[0]}"]`) as HTMLElement;
}

describe('Fix in', () => {
  beforeAll(() => renderApp());
  // The diagnoser lives behind the Diagnose tab of the workspace.
  beforeEach(() => openRoom('diagnose'));
  afterAll(() => unmountApp());

  it('shows a Python mistake\'s fix in Python, and the same fix in Go, Java or Ruby on request', async () => {
    const copied: string[] = [];
    Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: async (text: string) => void copied.push(text) });
    const card = page.elementLocator(await diagnoseCase('signed compact, requests.post(json=) sent'));
    const language = card.getByRole('combobox', { name: 'Fix in' });
    await expect.element(language).toHaveValue('python');
    expect(language.element().textContent).toMatch(/JavaScript.*Python.*PHP.*Go.*Java.*Ruby.*Shell/);
    await expect.element(card.getByText(/data=body\.encode\('utf-8'\)/)).toBeVisible();
    for (const [value, code] of [['go', /http\.NewRequest\("POST", url, bytes\.NewReader\(body\)\)/], ['java', /BodyPublishers\.ofString\(body, StandardCharsets\.UTF_8\)/],
      ['ruby', /send_request\('POST', uri\.request_uri, body, headers\)/]] as const) {
      await userEvent.selectOptions(language, value);
      await expect.element(card.getByText(code)).toBeVisible();
      await userEvent.click(card.getByRole('button', { name: 'Copy the fix for body.reserialized' }));
      expect(copied.at(-1)).toMatch(code);
    }
  });

  it('shows a fix that points to no language in the language chosen for the snippets', async () => {
    setCodeLanguage('java');
    const card = page.elementLocator(await diagnoseCase('no separator'));
    await expect.element(card.getByRole('combobox', { name: 'Fix in' })).toHaveValue('java');
    await expect.element(card.getByText('String payload = timestamp + "." + body;', { exact: false })).toBeVisible();
  });
});
