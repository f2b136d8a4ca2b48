// The Sandbox keys panel: filled from the test server's own /__coext/sandbox-keys, one click fills the credentials,
// and the panel disappears where the server has no sandbox (a static deployment answers 404 or its HTML fallback).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { initialSandboxKeys, useSandboxKeysStore } from '../../src/state/sandboxKeysStore.ts';
import { renderApp, unmountApp } from '../support/renderApp.tsx';
import { openRoom } from '../support/rooms.ts';
import { sandboxKeys, useSandboxKey } from '../support/sendFlow.ts';

const realFetch = globalThis.fetch;
const region = () => page.getByRole('region', { name: 'Sandbox keys' });
const roomButton = () => page.getByRole('button', { name: 'Sandbox keys', exact: true });

function serveKeysAs(response: () => Response): void {
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) =>
    String(input).includes('/__coext/sandbox-keys') ? response() : realFetch(input, init);
}

describe('Sandbox keys', () => {
  beforeEach(() => useSandboxKeysStore.setState(initialSandboxKeys, true));
  afterEach(() => {
    globalThis.fetch = realFetch;
    unmountApp();
  });

  it('lists every demo key with its limits and fills API key and API secret in one click', async () => {
    renderApp();
    await openRoom('sandboxKeys');
    await expect.element(region().getByText('Development', { exact: true })).toBeVisible();
    for (const name of ['Staging', 'Production', 'Expired', 'IP restricted', 'Signature required']) {
      await expect.element(region().getByRole('button', { name: `Use ${name} key` })).toBeVisible();
    }
    await expect.element(region().getByText(/10 requests\/min/)).toBeVisible();
    await expect.element(region().getByText(/only from 203\.0\.113\.7/)).toBeVisible();
    await expect.element(region().getByText(/signature required/)).toBeVisible();
    await useSandboxKey('Staging');
    const staging = (await sandboxKeys()).find((key) => key.name === 'Staging')!;
    await expect.element(page.getByRole('textbox', { name: 'API key' })).toHaveValue(staging.apiKey);
    await expect.element(page.getByRole('textbox', { name: 'API secret' })).toHaveValue(staging.secret);
  });

  it('is hidden when the server answers 404', async () => {
    serveKeysAs(() => new Response('Not found', { status: 404 }));
    renderApp();
    await expect.poll(() => useSandboxKeysStore.getState().status).toBe('absent');
    await expect.element(region()).not.toBeInTheDocument();
    await expect.element(roomButton()).not.toBeInTheDocument(); // no room for keys that do not exist
  });

  it('is hidden when a static host answers with its HTML page instead', async () => {
    serveKeysAs(() => new Response('<!doctype html><html></html>', { status: 200, headers: { 'Content-Type': 'text/html' } }));
    renderApp();
    await expect.poll(() => useSandboxKeysStore.getState().status).toBe('absent');
    await expect.element(region()).not.toBeInTheDocument();
    await expect.element(roomButton()).not.toBeInTheDocument(); // no room for keys that do not exist
  });

  it('says so when the keys cannot be read', async () => {
    serveKeysAs(() => Response.json({ keys: 'nope' }, { status: 500 }));
    renderApp();
    await openRoom('sandboxKeys');
    await expect.element(region().getByText('The sandbox keys could not be read (HTTP 500).')).toBeVisible();
  });
});
