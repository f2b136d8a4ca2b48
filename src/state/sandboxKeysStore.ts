/**
 * The built-in sandbox's demo keys, fetched once from the dev or preview server. Their secrets come from this
 * page's own server over same-origin HTTP and are kept here in memory, like the credentials they fill in.
 */
import { create } from 'zustand';
import { setCredentials } from './credentialsStore.ts';
import { fetchSandboxKeys, type SandboxKeyInfo } from './httpClient.ts';

export interface SandboxKeysState {
  status: 'idle' | 'loading' | 'ready' | 'absent' | 'failed';
  keys: SandboxKeyInfo[];
  message: string | undefined;
}

export const initialSandboxKeys: SandboxKeysState = { status: 'idle', keys: [], message: undefined };

export const useSandboxKeysStore = create<SandboxKeysState>()(() => initialSandboxKeys);

export const useSandboxKeysStatus = () => useSandboxKeysStore((s) => s.status);
export const useSandboxKeys = () => useSandboxKeysStore((s) => s.keys);
export const useSandboxKeysMessage = () => useSandboxKeysStore((s) => s.message);

/** Loads the keys once per page (again only after a failure, or a reset to `initialSandboxKeys`). */
export async function loadSandboxKeys(): Promise<void> {
  const { status } = useSandboxKeysStore.getState();
  if (status !== 'idle' && status !== 'failed') return;
  useSandboxKeysStore.setState({ status: 'loading' });
  const result = await fetchSandboxKeys();
  useSandboxKeysStore.setState(
    result.ok
      ? { status: 'ready', keys: result.keys, message: undefined }
      : { status: result.reason, keys: [], message: result.message },
  );
}

/** Fills the API key and secret fields with the demo key called `name`. */
export function applySandboxKey(name: string): boolean {
  const key = useSandboxKeysStore.getState().keys.find((candidate) => candidate.name === name);
  if (!key) return false;
  setCredentials(key.apiKey, key.secret);
  return true;
}
