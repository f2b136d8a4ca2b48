// Each documented error provoked from the UI against the sandbox on this origin, and explained in its region.
// The Development key (10/min) is used only by the last test: rate-limit state is shared by the whole test server.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { type PendingDiagnosis, useDiagnosisInbox } from '../../src/state/diagnosisInbox.ts';
import { pasteBody, renderApp, unmountApp } from '../support/renderApp.tsx';
import {
  expectExplained,
  expectStatus,
  explanationRegion,
  pinTimestamp,
  resetResponse,
  sandboxKeys,
  send,
  useSandboxKey,
} from '../support/sendFlow.ts';

const fill = (name: string, value: string) => userEvent.fill(page.getByRole('textbox', { name, exact: true }), value);

describe('Error explanation', () => {
  beforeEach(() => {
    resetResponse();
    renderApp();
  });
  afterEach(() => unmountApp());

  it('does not appear for a 2xx answer', async () => {
    await useSandboxKey('Production');
    await send();
    await expectStatus(200);
    await expect.element(explanationRegion()).not.toBeInTheDocument();
  });

  it('INVALID_API_KEY: a well-formed key unknown to this server', async () => {
    await fill('API key', 'pk_test_Unknown12345');
    await fill('API secret', 'sk_test_whatever');
    await send();
    await expectStatus(401);
    await expectExplained('INVALID_API_KEY');
    await expect.element(explanationRegion().getByText(/well-formed \(a test key\) but unknown to this server/)).toBeVisible();
  });

  it('INVALID_API_KEY: a secret pasted into the key field', async () => {
    await fill('API key', 'sk_test_Oops12345');
    await send();
    await expectExplained('INVALID_API_KEY');
    await expect.element(explanationRegion().getByText(/holds a secret \(it starts with sk_\)/)).toBeVisible();
  });

  it('EXPIRED_API_KEY from the Expired sandbox key', async () => {
    await useSandboxKey('Expired');
    await send();
    await expectStatus(401);
    await expectExplained('EXPIRED_API_KEY');
    await expect.element(explanationRegion().getByText(/^The key pk_test_\w+ expired on .+\(\d{4}-\d\d-\d\dT/)).toBeVisible();
  });

  it('IP_NOT_ALLOWED from the IP restricted sandbox key, naming the address the server saw', async () => {
    await useSandboxKey('IP restricted');
    await send();
    await expectStatus(403);
    await expectExplained('IP_NOT_ALLOWED');
    await expect.element(explanationRegion().getByText(/^(127\.0\.0\.1|::1|::ffff:127\.0\.0\.1)$/)).toBeVisible();
  });

  it('SIGNATURE_REQUIRED with key-only authentication, fixed with one click', async () => {
    await useSandboxKey('Signature required');
    await userEvent.selectOptions(page.getByRole('combobox', { name: 'Authentication' }), 'key-only');
    await send();
    await expectExplained('SIGNATURE_REQUIRED');
    await expect.element(explanationRegion().getByText(/Authentication is set to “API key only”/)).toBeVisible();
    await userEvent.click(explanationRegion().getByRole('button', { name: 'Switch to API key + signature' }));
    await expect.element(page.getByRole('combobox', { name: 'Authentication' })).toHaveValue('signed');
    await send();
    await expectStatus(200);
  });

  it('TIMESTAMP_EXPIRED with a pinned old timestamp: the skew measured against the server’s Date', async () => {
    await useSandboxKey('Staging');
    const sent = Math.floor(Date.now() / 1000) - 1000;
    await pinTimestamp(String(sent));
    await send();
    await expectExplained('TIMESTAMP_EXPIRED');
    const facts = explanationRegion().getByRole('definition');
    await expect.element(facts.nth(0)).toHaveTextContent(String(sent));
    const skew = Number(facts.nth(2).element().textContent?.replace(/ s$/, ''));
    expect(skew).toBeGreaterThanOrEqual(-1005); // the server's second, read from Date, is a few seconds later at most
    expect(skew).toBeLessThanOrEqual(-999);
    await expect.element(explanationRegion().getByText(/16 min \d+ s behind the server’s clock.*The timestamp is pinned/)).toBeVisible();
    await userEvent.click(explanationRegion().getByRole('button', { name: 'Follow the clock' }));
    await expect.element(page.getByRole('switch', { name: 'Pin timestamp' })).not.toBeChecked();
  });

  it('INVALID_SIGNATURE from a secret with a trailing space: same payload, so the key is at fault', async () => {
    await useSandboxKey('Staging');
    const staging = (await sandboxKeys()).find((key) => key.name === 'Staging')!;
    await fill('API secret', `${staging.secret} `);
    await send();
    await expectStatus(401);
    await expectExplained('INVALID_SIGNATURE');
    await expect.element(explanationRegion().getByText(/The server built exactly the payload that was signed/)).toBeVisible();
    await expect.element(explanationRegion().getByText(/The API secret has trailing whitespace/)).toBeVisible();
    // The diagnoser's panel takes the hand-off at once, so watch the inbox rather than read it afterwards.
    const handedOver: PendingDiagnosis[] = [];
    const stop = useDiagnosisInbox.subscribe((state) => state.pending && handedOver.push(state.pending));
    await userEvent.click(explanationRegion().getByRole('button', { name: 'Analyze this failure' }));
    stop();
    const pending = handedOver[0];
    expect(pending?.request.apiKey).toBe(staging.apiKey);
    expect(pending?.serverDetails).toMatchObject({ reason: 'mismatch', verification: 'raw' });
    expect(JSON.stringify(pending)).not.toContain(staging.secret);
    // …and the diagnoser comes into view with it, running.
    await expect.element(page.getByRole('tab', { name: 'Diagnose' })).toHaveAttribute('aria-selected', 'true');
    await expect.element(page.getByRole('region', { name: 'Diagnosis', exact: true })).toBeVisible();
  });

  it('INVALID_JSON, with the parser’s complaint', async () => {
    await useSandboxKey('Staging');
    await pasteBody('{"to": "+14155550100", "message": }');
    await send();
    await expectStatus(400);
    await expectExplained('INVALID_JSON');
    await expect.element(explanationRegion().getByRole('list', { name: 'Field problems' })).toHaveTextContent(/^JSON parser: .+/);
  });

  it('VALIDATION_ERROR, field by field', async () => {
    await useSandboxKey('Staging');
    await pasteBody('{"to":"12345"}');
    await send();
    await expectExplained('VALIDATION_ERROR');
    const list = explanationRegion().getByRole('list', { name: 'Field problems' });
    await expect.element(list).toHaveTextContent(/to: must be an E\.164 number/);
    await expect.element(list).toHaveTextContent(/message: is required/);
  });

  it('PAYLOAD_TOO_LARGE for a 1.5 MB body, with both sizes', async () => {
    await useSandboxKey('Staging');
    const body = `{"to":"+14155550100","message":"${'a'.repeat(1_500_000)}"}`;
    await pasteBody(body);
    await send();
    await expectStatus(413);
    await expectExplained('PAYLOAD_TOO_LARGE');
    await expect
      .element(explanationRegion().getByText(`The body sent was 1.43 MB (${body.length.toLocaleString()} bytes); this server accepts at most 1.00 MB (1,048,576 bytes).`))
      .toBeVisible();
  });

  it('RATE_LIMIT_EXCEEDED with the Development key (10/min), counting down from Retry-After', async () => {
    const development = (await sandboxKeys()).find((key) => key.name === 'Development')!;
    // Stay clear of the minute boundary, where the sandbox's fixed window resets.
    const intoMinute = Date.now() % 60_000;
    if (intoMinute > 50_000) await new Promise((resolve) => setTimeout(resolve, 61_000 - intoMinute));
    for (let i = 0; i < 12; i++) {
      const answer = await fetch('/api/v1/external/templates', { headers: { 'X-API-Key': development.apiKey } });
      if (answer.status === 429) break;
    }
    await useSandboxKey('Development');
    await send();
    await expectStatus(429);
    await expectExplained('RATE_LIMIT_EXCEEDED');
    await expect.element(explanationRegion().getByText(/This key allows 10 requests a minute/)).toBeVisible();
    const timer = explanationRegion().getByRole('timer', { name: 'Retry countdown' });
    const seconds = () => Number(/retry in (\d+) s/.exec(timer.element().textContent ?? '')?.[1] ?? 0);
    await expect.element(timer).toHaveTextContent(/^You can retry in \d+ s\.$/);
    const first = seconds();
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThanOrEqual(60);
    await expect.poll(seconds, { timeout: 5000 }).toBeLessThan(first);
  });
});
