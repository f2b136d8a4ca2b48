// The in-memory history: newest first, bounded, and restoring puts the request back without the old timestamp.
import { beforeEach, describe, expect, it } from 'vitest';
import type { SentRequest } from '../../src/core/sentRequest.ts';
import { clearHistory, HISTORY_LIMIT, recordHistory, restoreFromHistory, useHistoryStore } from '../../src/state/historyStore.ts';
import { initialRequest, useRequestStore } from '../../src/state/requestStore.ts';
import { initialSettings, useSettingsStore } from '../../src/state/settingsStore.ts';

const sent = (id: string, extra: Partial<SentRequest> = {}): SentRequest => ({
  id, method: 'GET', path: '/templates', baseUrl: 'https://api.example.com/api/v1/external', authMode: 'key-only',
  apiKey: 'pk_live_abc', body: undefined, sentAtMs: 1000, ...extra,
});
const record = (request: SentRequest, status: number | null = 200) =>
  recordHistory({ id: request.id, method: request.method, path: request.path, status, sentAt: request.sentAtMs, durationMs: 3, request });

describe('history', () => {
  beforeEach(() => {
    clearHistory();
    useRequestStore.setState(initialRequest, true);
    useSettingsStore.setState(initialSettings, true);
  });

  it('keeps entries newest first, at most HISTORY_LIMIT', () => {
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) record(sent(`r${i}`));
    const { entries } = useHistoryStore.getState();
    expect(entries).toHaveLength(HISTORY_LIMIT);
    expect(entries[0]?.id).toBe(`r${HISTORY_LIMIT + 4}`);
    clearHistory();
    expect(useHistoryStore.getState().entries).toEqual([]);
  });

  it('restores method, path, body, authentication and base URL, with a live timestamp', () => {
    useRequestStore.setState({ timestampMode: 'pinned', pinnedTimestamp: '1703001234' });
    record(sent('r1', { method: 'POST', path: '/messages/text', body: '{"to":"+1"}', authMode: 'signed', timestamp: '1703001234' }));
    expect(restoreFromHistory('r1')).toBe(true);
    expect(useRequestStore.getState()).toMatchObject({ method: 'POST', path: '/messages/text', body: '{"to":"+1"}', authMode: 'signed', timestampMode: 'live' });
    expect(useSettingsStore.getState().baseUrl).toBe('https://api.example.com/api/v1/external');
  });

  it('restores a body-less request as an empty editor', () => {
    useRequestStore.setState({ body: 'something' });
    record(sent('r2'));
    restoreFromHistory('r2');
    expect(useRequestStore.getState().body).toBe('');
  });

  it('does nothing for an unknown id', () => {
    expect(restoreFromHistory('nope')).toBe(false);
    expect(useRequestStore.getState()).toEqual(initialRequest);
  });
});
