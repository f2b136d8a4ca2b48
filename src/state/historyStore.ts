/**
 * Sent requests, in memory only, newest first. Each entry keeps the request as sent (its snapshot carries the API
 * key header but never the secret or its hash), so a History view can list and restore them.
 */
import { create } from 'zustand';
import type { SentRequest } from '../core/sentRequest.ts';
import type { HttpMethod } from '../core/requestModel.ts';
import { useRequestStore } from './requestStore.ts';
import { effectiveBaseUrl, setBaseUrl } from './settingsStore.ts';

export interface HistoryEntry {
  id: string;
  method: HttpMethod;
  path: string;
  /** The HTTP status, or null when no answer arrived (network failure, cancel, proxy refusal). */
  status: number | null;
  /** Why no answer arrived, when status is null. */
  failure?: string;
  sentAt: number;
  durationMs: number | null;
  request: SentRequest;
}

export interface HistoryState {
  entries: HistoryEntry[];
}

export const HISTORY_LIMIT = 100;
export const initialHistory: HistoryState = { entries: [] };

export const useHistoryStore = create<HistoryState>()(() => initialHistory);

/** The entries, newest first. */
export const useHistory = () => useHistoryStore((s) => s.entries);

export function recordHistory(entry: HistoryEntry): void {
  useHistoryStore.setState((state) => ({ entries: [entry, ...state.entries].slice(0, HISTORY_LIMIT) }));
}

export function clearHistory(): void {
  useHistoryStore.setState(initialHistory, true);
}

/**
 * Puts a past request back into the editor: method, path, body, authentication and base URL. The timestamp follows
 * the clock again (a restored old timestamp would only earn TIMESTAMP_EXPIRED). Credentials are left as they are.
 * Returns false for an unknown id.
 */
export function restoreFromHistory(id: string): boolean {
  const entry = useHistoryStore.getState().entries.find((candidate) => candidate.id === id);
  if (!entry) return false;
  const { request } = entry;
  useRequestStore.setState({
    method: request.method,
    path: request.path,
    body: request.body ?? '',
    authMode: request.authMode,
    timestampMode: 'live',
  });
  const builtIn = effectiveBaseUrl('', globalThis.location?.origin ?? '');
  setBaseUrl(request.baseUrl === builtIn ? '' : request.baseUrl);
  return true;
}
