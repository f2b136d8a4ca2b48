// The first screen at the two commonest desktop sizes, checked with bounding boxes: everything needed to build, sign
// and send a request, and the answer, is in view without scrolling; long content scrolls inside its pane.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { initialDiagnosis, useDiagnosisStore } from '../../../src/state/diagnosisStore.ts';
import { setBody } from '../../../src/state/requestStore.ts';
import { useResponseStore } from '../../../src/state/responseStore.ts';
import { pageOverflow, visibleBox, whollyInView } from '../../support/inView.ts';
import { bodyEditor, outputText, renderApp, unmountApp } from '../../support/renderApp.tsx';
import { openRoom } from '../../support/rooms.ts';
import { explanationRegion, expectExplained, expectStatus, resetResponse, responseRegion, send, useSandboxKey } from '../../support/sendFlow.ts';

const SIZES = [
  [1366, 768],
  [1920, 1080],
] as const;

const firstScreen = () => ({
  Method: page.getByRole('combobox', { name: 'Method' }),
  Path: page.getByRole('textbox', { name: 'Path' }),
  'Secret hash': page.getByRole('status', { name: 'Secret hash', exact: true }),
  Signature: page.getByRole('status', { name: 'Signature', exact: true }),
  Send: page.getByRole('button', { name: 'Send', exact: true }),
});

/** Fails naming every element of the first-screen list that is not wholly in view. */
async function expectFirstScreen(): Promise<void> {
  await bodyEditor();
  const hidden = Object.entries(firstScreen()).filter(([, locator]) => !whollyInView(locator.element()));
  expect(hidden.map(([name]) => name), 'not wholly in view').toEqual([]);
  // The payload can be taller than its box: its first line is what must show.
  const payload = visibleBox(page.getByRole('status', { name: 'Payload', exact: true }).element());
  expect(payload.height, 'Payload in view').toBeGreaterThanOrEqual(16);
  const editor = visibleBox(document.querySelector('.monaco-frame')!);
  expect(editor.height, 'Request body editor height in view').toBeGreaterThanOrEqual(200);
  expect(pageOverflow(), 'the page itself scrolls').toBeLessThanOrEqual(0);
  // "Step through the code" shares step 1's title line at these sizes, so it must not cover the title or its operation.
  const stepThrough = page.getByRole('button', { name: 'Step through the code' }).element();
  expect(whollyInView(stepThrough), 'Step through the code in view').toBe(true);
  for (const text of [page.getByRole('heading', { name: '1. Secret hash' }), page.getByText(/^SHA-256\(.*\) → lowercase hex$/)]) {
    expect(overlaps(stepThrough, text.element()), `Step through the code covers "${text.element().textContent}"`).toBe(false);
  }
}

function overlaps(a: Element, b: Element): boolean {
  const [x, y] = [a.getBoundingClientRect(), b.getBoundingClientRect()];
  return x.left < y.right && y.left < x.right && x.top < y.bottom && y.top < x.bottom;
}

describe.each(SIZES)('the first screen at %i×%i', (width, height) => {
  beforeEach(async () => {
    await page.viewport(width, height);
    resetResponse();
    useDiagnosisStore.setState(initialDiagnosis, true);
    renderApp();
  });
  afterEach(() => unmountApp());

  it('shows method, path, the body editor, the three outputs and Send, and the page does not scroll', async () => {
    expect([window.innerWidth, window.innerHeight]).toEqual([width, height]);
    await expectFirstScreen();
  });

  it('keeps all of it in view with a 1 MB body', async () => {
    const body = JSON.stringify({ to: '+919876543210', message: 'x'.repeat(1 << 20) });
    await bodyEditor();
    setBody(body);
    await expect.poll(() => outputText('Payload').length, { timeout: 30_000 }).toBeGreaterThan(1 << 20);
    await expectFirstScreen();
  });

  it('after a failed send shows the status line and the first line of the explanation, then the diagnoser one click away', async () => {
    await useSandboxKey('Production');
    await userEvent.fill(page.getByRole('textbox', { name: 'API secret' }), 'sk_test_not_the_right_secret');
    await send();
    await expectStatus(401);
    await expectExplained('INVALID_SIGNATURE');
    await page.getByRole('button', { name: 'Close Sandbox keys' }).click();
    await expectFirstScreen();
    expect(whollyInView(responseRegion().getByText(/^401 Unauthorized$/).element()), 'status line').toBe(true);
    expect(whollyInView(explanationRegion().getByText('INVALID_SIGNATURE', { exact: true }).element()), 'explanation').toBe(true);
    // The answer itself, not only its status: the first lines of the response body show without scrolling.
    const bodyInView = visibleBox(responseRegion().getByLabelText('Response body', { exact: true }).element());
    expect(bodyInView.height, 'Response body in view').toBeGreaterThanOrEqual(48);

    // A long answer scrolls inside the response pane: the status line stays, the page does not grow.
    const result = useResponseStore.getState().result;
    if (!result?.ok) throw new Error('expected an answer');
    const long = Array.from({ length: 3000 }, (_, i) => `line ${i}`).join('\n');
    useResponseStore.setState({ result: { ok: true, response: { ...result.response, bodyText: long } } });
    await expect.element(responseRegion().getByText(/line 2999/)).toBeInTheDocument();
    expect(whollyInView(responseRegion().getByText(/^401 Unauthorized$/).element()), 'status line with a long body').toBe(true);
    expect(pageOverflow()).toBeLessThanOrEqual(0);
    useResponseStore.setState({ result });

    // "Analyze this failure" opens the diagnoser on this request; a long diagnosis scrolls inside its view.
    await userEvent.click(explanationRegion().getByRole('button', { name: 'Analyze this failure' }));
    const diagnosis = page.getByRole('region', { name: 'Diagnosis', exact: true });
    await expect.element(diagnosis).toBeVisible();
    await expect.poll(() => diagnosis.element().querySelector('[data-cause]') !== null, { timeout: 30_000 }).toBe(true);
    expect(pageOverflow()).toBeLessThanOrEqual(0);
  });

  it('shows Failing request and Diagnose without scrolling once the Diagnose tab is chosen', async () => {
    await openRoom('diagnose');
    expect(whollyInView(page.getByRole('textbox', { name: 'Failing request' }).element())).toBe(true);
    expect(whollyInView(page.getByRole('button', { name: 'Diagnose', exact: true }).element())).toBe(true);
    expect(pageOverflow()).toBeLessThanOrEqual(0);
  });
});
