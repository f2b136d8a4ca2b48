import { createRoot, type Root } from 'react-dom/client';
import { page, userEvent } from 'vitest/browser';
import { expect } from 'vitest';
import { useAutoClearStore } from '../../src/state/autoClear.ts';
import { initialCredentials, useCredentialsStore } from '../../src/state/credentialsStore.ts';
import { initialDiagnosisInbox, useDiagnosisInbox } from '../../src/state/diagnosisInbox.ts';
import { initialDiagnosis, useDiagnosisStore } from '../../src/state/diagnosisStore.ts';
import { initialDraft, restoreDraft, useDraftStore } from '../../src/state/draftStore.ts';
import { initialHistory, useHistoryStore } from '../../src/state/historyStore.ts';
import { initialRequest, useRequestStore } from '../../src/state/requestStore.ts';
import { initialResponse, useResponseStore } from '../../src/state/responseStore.ts';
import { initialSandboxKeys, useSandboxKeysStore } from '../../src/state/sandboxKeysStore.ts';
import { initialSettings, restoreSettings, useSettingsStore } from '../../src/state/settingsStore.ts';
import { App } from '../../src/ui/App.tsx';
import '../../src/ui/styles.css';

let root: Root | undefined;
let container: HTMLElement | undefined;

/**
 * Mounts the whole app on a clean slate, as a first visit would see it; with `asReload`, as a reload would: memory
 * empty, then the settings and the request draft read back from storage the way `main.tsx` does before rendering.
 */
export function renderApp({ asReload = false }: { asReload?: boolean } = {}): void {
  unmountApp();
  // Every store, not only those a test changes: the browser test files share one page and its modules (vite.config.ts).
  useCredentialsStore.setState(initialCredentials, true);
  useResponseStore.setState(initialResponse, true);
  useDiagnosisStore.setState(initialDiagnosis, true);
  useDiagnosisInbox.setState(initialDiagnosisInbox, true);
  useHistoryStore.setState(initialHistory, true);
  useSandboxKeysStore.setState(initialSandboxKeys, true);
  useAutoClearStore.setState({ notice: null }, true);
  useRequestStore.setState(initialRequest, true);
  useSettingsStore.setState(asReload ? restoreSettings() : initialSettings, true);
  useDraftStore.setState(initialDraft, true);
  if (asReload) restoreDraft();
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  root.render(<App />);
}

export function unmountApp(): void {
  root?.unmount();
  container?.remove();
  root = undefined;
  container = undefined;
}

/** The body editor, once Monaco has replaced the stand-in textarea. */
export async function bodyEditor(): Promise<HTMLElement> {
  // Wait for Monaco's own textarea under its contract name, not the stand-in textarea it replaces.
  const monacoTextarea = () => document.querySelector('.monaco-editor textarea[aria-label="Request body"]');
  await expect.poll(monacoTextarea, { timeout: 50_000 }).toBeTruthy();
  // Then for the accessibility tree to name it: on a slow machine the role query once missed it for a moment after
  // the element was there (a CI run on a clean clone).
  const byRole = page.getByRole('textbox', { name: 'Request body' });
  await expect.poll(() => byRole.query(), { timeout: 10_000 }).toBe(monacoTextarea());
  return byRole.element() as HTMLElement;
}

/** Replaces the whole body by pasting `text`, as a person does with Ctrl+A, Ctrl+V. */
export async function pasteBody(text: string): Promise<void> {
  const editor = await bodyEditor();
  editor.focus();
  await userEvent.keyboard('{Control>}a{/Control}');
  if (text === '') {
    await userEvent.keyboard('{Delete}'); // pasting nothing changes nothing, in Monaco as anywhere
    return;
  }
  const data = new DataTransfer();
  data.setData('text/plain', text);
  editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
}

/** The text of an output named `name`, exactly. */
export function outputText(name: 'Secret hash' | 'Payload' | 'Signature'): string {
  return page.getByRole('status', { name, exact: true }).element().textContent ?? '';
}
