// What happens while a request is in flight. The page's fetch is held at the network edge (the real fetch runs
// once released), so the test decides when the answer may come; the sandbox still verifies the real bytes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { useHistoryStore } from '../../src/state/historyStore.ts';
import { pasteBody, renderApp, unmountApp } from '../support/renderApp.tsx';
import { expectStatus, resetResponse, responseRegion, send, sendButton, useSandboxKey } from '../support/sendFlow.ts';

const realFetch = globalThis.fetch;
let release: () => void = () => {};

function holdSandboxRequests(): void {
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    if (String(input).includes('/api/v1/external')) {
      await new Promise<void>((resolve, reject) => {
        void held.then(resolve);
        init?.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
      });
    }
    return realFetch(input, init);
  };
}

describe('a request in flight', () => {
  beforeEach(() => {
    resetResponse();
    holdSandboxRequests();
    renderApp();
  });
  afterEach(() => {
    release();
    globalThis.fetch = realFetch;
    unmountApp();
  });

  it('shows a spinner and Cancel, and Cancel ends it with a sentence', async () => {
    await useSandboxKey('Production');
    await send();
    await expect.element(page.getByText('Waiting for the answer…', { exact: true })).toBeVisible();
    await expect.element(sendButton()).toBeDisabled();
    await userEvent.click(page.getByRole('button', { name: 'Cancel' }));
    await expect.element(responseRegion().getByText('The request was cancelled before an answer arrived.')).toBeVisible();
    await expect.element(page.getByRole('button', { name: 'Cancel' })).not.toBeInTheDocument();
    await expect.element(sendButton()).toBeEnabled();
    expect(useHistoryStore.getState().entries[0]).toMatchObject({ status: null, failure: 'The request was cancelled before an answer arrived.' });
  });

  it('is not changed by editing the body meanwhile: the bytes signed at Send are the bytes sent', async () => {
    await useSandboxKey('Production');
    await pasteBody('{"to":"+14155550100","message":"first"}');
    await send();
    await expect.element(page.getByRole('button', { name: 'Cancel' })).toBeVisible();
    await pasteBody('{"to":"+14155550199","message":"edited meanwhile"}');
    await expect.element(page.getByRole('status', { name: 'Payload', exact: true })).toHaveTextContent(/edited meanwhile/);
    release();
    // 200 means the sandbox verified the signature over the bytes it received: the first body, as signed.
    await expectStatus(200);
    await expect.element(responseRegion().getByLabelText('Response body', { exact: true })).toHaveTextContent(/"to": "\+14155550100"/);
    expect(useHistoryStore.getState().entries[0]?.request.body).toBe('{"to":"+14155550100","message":"first"}');
  });
});
