// The diagnoser as a user meets it: the combinations, the honest "unreproduced", the valid case, what happens
// without a secret, inputs it cannot read, cancelling, the three-field mode and the explorer's own request.
// Signatures come from the independent planter's fixture or from Node's crypto (a browser command).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import planted from '../fixtures/plantedMistakes.json';
import { initialCredentials, useCredentialsStore } from '../../src/state/credentialsStore.ts';
import { setPendingDiagnosis } from '../../src/state/diagnosisInbox.ts';
import { initialDiagnosis, useDiagnosisStore } from '../../src/state/diagnosisStore.ts';
import { initialRequest, useRequestStore } from '../../src/state/requestStore.ts';
import {
  cancelRunningDiagnosis, clickDiagnose, diagnosisRegion, enterSecret, failingRequestBox, listedCauses, longDiagnosisBody, pasteInto,
} from '../support/diagnosisPage.ts';
import { curlCommand, rawHttpRequest } from '../support/failingRequestText.ts';
import { outputText, renderApp, unmountApp } from '../support/renderApp.tsx';
import { openRoom } from '../support/rooms.ts';

const byName = (name: string) => planted.find((c) => c.name === name)!;
const validCase = byName('valid request');
const region = () => diagnosisRegion().element();

async function diagnosePasted(text: string): Promise<string[]> {
  await pasteInto(failingRequestBox().element() as HTMLElement, text);
  await clickDiagnose();
  return listedCauses();
}

describe('the diagnoser', () => {
  beforeAll(() => renderApp());
  afterAll(() => unmountApp());
  beforeEach(async () => {
    useDiagnosisStore.setState(initialDiagnosis, true);
    useCredentialsStore.setState(initialCredentials, true);
    useRequestStore.setState(initialRequest, true);
    // Here, not in beforeAll: openRoom waits with expect.poll, which Vitest allows only inside a test's hooks. Once
    // the Diagnose view is chosen it stays, and openRoom returns at once.
    await openRoom('diagnose');
  });

  it('has exactly one button whose name mentions diagnose', async () => {
    await expect.element(page.getByRole('button', { name: 'Diagnose', exact: true })).toBeVisible();
    expect(page.getByRole('button', { name: /diagnose/i }).elements()).toHaveLength(1);
  });

  it('lists a combination as one cause carrying every id', async () => {
    const combo = byName('echo secret + echo body + base64');
    await enterSecret(combo.secret);
    const causes = await diagnosePasted(curlCommand(combo));
    expect(causes[0]?.split(' ').sort()).toEqual([...combo.ids].sort());
    const card = region().querySelector('[data-cause~="body.trailing-newline"]')!;
    expect(card.getAttribute('data-cause')).toBe(causes[0]);
    // The evidence shows the newline that was signed but not sent.
    expect([...card.querySelectorAll('ins')].map((ins) => ins.textContent).join('')).toContain('\n');
    await expect.element(page.getByRole('button', { name: `Copy the fix for ${combo.ids.join(' + ')}` })).toBeVisible();
  });

  it('shows a character diff of sent against signed for a body mistake', async () => {
    const reserialized = byName('signed compact, requests.post(json=) sent');
    await enterSecret(reserialized.secret);
    const causes = await diagnosePasted(rawHttpRequest(reserialized));
    expect(causes[0]).toBe('body.reserialized');
    const diff = region().querySelector('[data-cause="body.reserialized"] .evidence-diff')!;
    const without = (tag: string) => {
      const copy = diff.cloneNode(true) as HTMLElement;
      copy.querySelectorAll(tag).forEach((element) => element.remove());
      return copy.textContent;
    };
    expect(without('ins')).toBe(`${reserialized.timestamp}.${reserialized.body}`);
    // What was signed is the compact JSON.stringify form of the sent body (computed here by the browser's own JSON).
    expect(without('del')).toBe(`${reserialized.timestamp}.${JSON.stringify(JSON.parse(reserialized.body))}`);
  });

  it('says honestly that nothing reproduces a signature made with another secret', async () => {
    await enterSecret('sk_live_some_other_secret_entirely');
    expect(await diagnosePasted(curlCommand(validCase))).toEqual(['unreproduced']);
    await expect.element(diagnosisRegion().getByText(/different secret/)).toBeVisible();
    await expect.element(diagnosisRegion().getByText(/does not guess/)).toBeVisible();
  });

  it('confirms a valid request, under both kinds of server', async () => {
    await enterSecret(validCase.secret);
    expect(await diagnosePasted(rawHttpRequest(validCase))).toEqual(['valid']);
    await expect.element(diagnosisRegion().getByRole('heading', { name: 'The signature is valid' })).toBeVisible();
    await expect.element(diagnosisRegion().getByText('Verifying the raw bytes received')).toBeVisible();
    expect(region().querySelectorAll('.verdict-pass')).toHaveLength(2);
  });

  it('shows a request that passes a raw-bytes server and fails an express.json() one', async () => {
    const body = '{"to": "+14155550100", "message": "spaced"}';
    const signed = await commands.nodeSign('sk_test_split', '1764300000', body);
    await enterSecret('sk_test_split');
    const causes = await diagnosePasted(curlCommand({ ...validCase, body, signature: signed.signature }));
    expect(causes).toEqual(['valid']);
    await expect.element(diagnosisRegion().getByText(/passes one kind of server and fails the other/)).toBeVisible();
    expect(region().querySelector('.verdict-fail')?.textContent).toMatch(/express\.json\(\).*rejects the signature/);
  });

  it('runs only the secretless checks without a secret, and says what the secret would add', async () => {
    const milliseconds = byName('header in ms, signed seconds');
    await pasteInto(failingRequestBox().element() as HTMLElement, curlCommand(milliseconds));
    await clickDiagnose();
    await expect.element(diagnosisRegion().getByText(/has 13 digits: it is in milliseconds/)).toBeVisible();
    await expect.element(diagnosisRegion().getByText('No API secret entered, so only these checks ran.')).toBeVisible();
    await expect.element(diagnosisRegion().getByText(/With the API secret, the diagnoser recomputes the signature/)).toBeVisible();
    expect(region().querySelector('[data-cause]')).toBeNull();
  });

  it('shows the parser’s message beside the field and keeps what was pasted', async () => {
    await enterSecret(validCase.secret);
    const box = failingRequestBox();
    await pasteInto(box.element() as HTMLElement, 'please fix my signature');
    await clickDiagnose();
    await expect.element(box).toHaveAccessibleDescription(/curl|HTTP/i);
    await expect.element(box).toHaveValue('please fix my signature');
    expect(region().querySelector('[data-cause]')).toBeNull();
    // Editing the text clears the message.
    await userEvent.type(box, '!');
    await expect.element(box).not.toHaveAccessibleDescription(/curl|HTTP/i);
  });

  it('asks for the file’s content when curl reads the body from a file', async () => {
    const box = failingRequestBox();
    const command = "curl -X POST 'https://api.example.test/api/v1/external/messages/text' -H 'X-Timestamp: 1764300000' "
      + `-H 'X-API-Signature: ${validCase.signature}' -d @body.json`;
    await pasteInto(box.element() as HTMLElement, command);
    await clickDiagnose();
    await expect.element(box).toHaveAccessibleDescription(/paste the file.s content/i);
    await expect.element(box).toHaveValue(command);
  });

  it('shows the parser’s warnings beside the field and still diagnoses what it can', async () => {
    const box = failingRequestBox();
    await pasteInto(box.element() as HTMLElement, "curl -X POST 'https://api.example.test/api/v1/external/messages/text' "
      + `-H 'Content-Type: application/json' -H 'X-Timestamp: 1764300000' -H "X-API-Signature: $SIGNATURE" --data-binary '{}'`);
    await clickDiagnose();
    await expect.element(box).toHaveAccessibleDescription(/\$SIGNATURE was not expanded/);
    // Without a secret the secretless checks still read the literal text: it is no signature encoding at all.
    await expect.element(diagnosisRegion().getByText(/matches no known MAC encoding/)).toBeVisible();
  });

  it('says when the pasted request carries no signature header', async () => {
    const box = failingRequestBox();
    await pasteInto(box.element() as HTMLElement, "curl -X POST 'https://api.example.test/x' -H 'X-Timestamp: 1764300000' --data-binary '{}'");
    await clickDiagnose();
    await expect.element(box).toHaveAccessibleDescription(/no X-API-Signature header/);
  });

  it('keeps the carriage returns of a raw HTTP paste, read-only, until cleared', async () => {
    const box = failingRequestBox();
    await pasteInto(box.element() as HTMLElement, rawHttpRequest(validCase));
    await expect.element(box).toHaveAttribute('readonly');
    expect(useDiagnosisStore.getState().pasteText).toBe(rawHttpRequest(validCase));
    await userEvent.click(page.getByRole('button', { name: 'Clear failing request' }));
    await expect.element(box).toHaveValue('');
    await expect.element(box).not.toHaveAttribute('readonly');
  });

  it('cancels a running diagnosis, and diagnoses again afterwards', async () => {
    // A large body under a wrong secret: the whole search runs, long enough to be cancelled mid-way.
    await enterSecret('sk_live_not_the_signing_secret');
    await pasteInto(failingRequestBox().element() as HTMLElement, curlCommand({ ...validCase, body: longDiagnosisBody() }));
    await clickDiagnose();
    await expect.element(diagnosisRegion().getByText(/^Searching:/)).toBeVisible();
    await cancelRunningDiagnosis();
    await expect.element(diagnosisRegion().getByText(/^Cancelled after [\d,]+ hypotheses/)).toBeVisible();
    expect(page.getByRole('button', { name: 'Cancel diagnosis' }).elements()).toHaveLength(0);
    expect(region().querySelector('[data-cause]')).toBeNull();
    expect(diagnosisRegion().getByRole('alert').elements()).toHaveLength(0); // a cancelled run is not a failure

    await enterSecret(validCase.secret);
    expect(await diagnosePasted(curlCommand(validCase))).toEqual(['valid']);
  });

  it('keeps only the newest run when Diagnose is pressed again mid-run', async () => {
    await enterSecret('sk_live_not_the_signing_secret');
    await pasteInto(failingRequestBox().element() as HTMLElement, curlCommand(validCase));
    await clickDiagnose();
    await enterSecret(validCase.secret);
    await clickDiagnose();
    expect(await listedCauses()).toEqual(['valid']);
  });

  it('keeps neither the secret nor its hash in the diagnosis state or on the page', async () => {
    const rawSecret = byName('raw secret as key');
    const { secretHash } = await commands.nodeSign(rawSecret.secret, rawSecret.timestamp, rawSecret.body);
    await enterSecret(rawSecret.secret);
    expect(await diagnosePasted(curlCommand(rawSecret))).toEqual(['key.raw-secret']);
    const state = JSON.stringify(useDiagnosisStore.getState());
    const panel = diagnosisRegion().element().closest('section.panel')!.textContent ?? '';
    for (const text of [state, panel]) {
      expect(text).not.toContain(rawSecret.secret);
      expect(text).not.toContain(secretHash);
    }
  });

  it('diagnoses three fields typed by hand', async () => {
    const swapped = byName('key and message swapped');
    await enterSecret(swapped.secret);
    await userEvent.click(page.getByRole('radio', { name: 'Three fields' }));
    await userEvent.fill(page.getByRole('textbox', { name: 'Sent timestamp' }), swapped.timestamp);
    await pasteInto(page.getByRole('textbox', { name: 'Sent body' }).element() as HTMLElement, swapped.body);
    await userEvent.fill(page.getByRole('textbox', { name: 'Sent signature' }), swapped.signature);
    await clickDiagnose();
    expect(await listedCauses()).toEqual(['key.swapped']);
  });

  it('names the empty field when a field is missing', async () => {
    await userEvent.click(page.getByRole('radio', { name: 'Three fields' }));
    await userEvent.fill(page.getByRole('textbox', { name: 'Sent timestamp' }), '1764300000');
    await clickDiagnose();
    await expect.element(page.getByRole('textbox', { name: 'Sent signature' })).toHaveAccessibleDescription(/X-API-Signature/);
    await expect.element(page.getByRole('textbox', { name: 'Sent timestamp' })).toHaveValue('1764300000');
  });

  it('takes the explorer’s current request and finds it valid', async () => {
    const body = '{"to":"+14155550100","message":"from the editor ✓"}';
    await enterSecret('sk_test_explorer');
    useRequestStore.setState({ ...initialRequest, body, timestampMode: 'pinned', pinnedTimestamp: '1764300000' }, true);
    const expected = await commands.nodeSign('sk_test_explorer', '1764300000', body);
    // The Signature output is in the Request view, hidden while Diagnose is chosen: look at it there, then come back.
    await userEvent.click(page.getByRole('tab', { name: 'Request' }));
    await expect.poll(() => outputText('Signature'), { timeout: 10_000 }).toBe(expected.signature);
    await openRoom('diagnose');
    await userEvent.click(page.getByRole('button', { name: 'Use the current request' }));
    await expect.element(page.getByRole('textbox', { name: 'Sent timestamp' })).toHaveValue('1764300000');
    await expect.element(page.getByRole('textbox', { name: 'Sent body' })).toHaveValue(body);
    await expect.element(page.getByRole('textbox', { name: 'Sent signature' })).toHaveValue(expected.signature);
    await clickDiagnose();
    expect(await listedCauses()).toEqual(['valid']);
  });

  it('runs at once on a failed Send handed over by "Analyze this failure"', async () => {
    const rawSecret = byName('raw secret as key');
    await enterSecret(rawSecret.secret);
    setPendingDiagnosis({
      id: 'send-1', method: 'POST', path: '/messages/text', baseUrl: 'http://127.0.0.1:8787/api/v1/external',
      authMode: 'signed', apiKey: rawSecret.apiKey, timestamp: rawSecret.timestamp, signature: rawSecret.signature,
      payload: `${rawSecret.timestamp}.${rawSecret.body}`, body: rawSecret.body, sentAtMs: 1764300000000,
    }, { verification: 'raw' });
    expect(await listedCauses()).toEqual(['key.raw-secret']);
    await expect.element(page.getByRole('textbox', { name: 'Sent signature' })).toHaveValue(rawSecret.signature);
    await expect.element(diagnosisRegion().getByText('What the server said it verified')).toBeVisible();
  });
});
