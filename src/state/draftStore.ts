/**
 * Keeping the request between visits: put back before the first render, written a short pause after the last edit
 * (never on the keystroke path: a 1 MB body is not serialized per key) and when the page is hidden or left. What
 * happened to it, when the user must know, is one notice. A request that holds the API key, the secret or its hash
 * (pasted into the body, say) is not kept at all: the draft is the one thing here that reaches the disk.
 */
import { create } from 'zustand';
import { useCredentialsStore } from './credentialsStore.ts';
import {
  browserStorage, type Draft, type DraftStorage, type DropReason, forgetDraft, loadDraft, saveDraft,
} from './draftStorage.ts';
import { useRequestStore } from './requestStore.ts';
import { setBaseUrl, useSettingsStore } from './settingsStore.ts';
import { useSignatureStore } from './signatureStore.ts';

export type DraftNotice =
  | { kind: 'dropped'; reason: DropReason }
  | { kind: 'restored-without-body'; bodyChars: number }
  | { kind: 'saved-without-body'; reason: 'too-large' | 'quota'; bodyChars: number }
  | { kind: 'not-kept'; cause: 'storage' | 'API key' | 'API secret' | "API secret's hash" };

export interface DraftState {
  notice: DraftNotice | undefined;
}

export const initialDraft: DraftState = { notice: undefined };

export const useDraftStore = create<DraftState>()(() => initialDraft);

export const useDraftNotice = () => useDraftStore((s) => s.notice);
export const dismissDraftNotice = () => useDraftStore.setState({ notice: undefined });

/** Puts the kept request back into the editor; call before the first render so the editor mounts with it. */
export function restoreDraft(storage: DraftStorage | undefined = browserStorage()): void {
  if (!useSettingsStore.getState().keepDraft) {
    forgetDraft(storage);
    return;
  }
  const loaded = loadDraft(storage);
  if (loaded.kind === 'dropped') useDraftStore.setState({ notice: { kind: 'dropped', reason: loaded.reason } });
  if (loaded.kind !== 'restored') return;
  const { baseUrl, body, ...request } = loaded.draft;
  useRequestStore.setState({ ...request, body: body ?? '' });
  setBaseUrl(baseUrl);
  if (body === undefined) {
    useDraftStore.setState({ notice: { kind: 'restored-without-body', bodyChars: loaded.droppedBodyChars ?? 0 } });
  }
}

export interface DraftSyncOptions {
  /** Quiet time after the last edit before the draft is written. */
  delayMs?: number;
  storage?: DraftStorage | undefined;
}

/** Writes the draft as the request changes, until the returned function stops it (writing what is pending). */
export function startDraftSync({ delayMs = 400, storage = browserStorage() }: DraftSyncOptions = {}): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(flush, delayMs);
  };
  const flush = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    if (useSettingsStore.getState().keepDraft) keep(storage);
  };
  const onHidden = () => {
    if (document.visibilityState === 'hidden') flush();
  };

  const unsubscribers = [
    useRequestStore.subscribe(schedule),
    useCredentialsStore.subscribe(schedule),
    useSignatureStore.subscribe((state, previous) => {
      if (state.steps?.secretHash.output !== previous.steps?.secretHash.output) schedule();
    }),
    useSettingsStore.subscribe((state, previous) => {
      if (state.keepDraft !== previous.keepDraft) {
        if (state.keepDraft) {
          schedule();
        } else {
          if (timer !== undefined) clearTimeout(timer);
          timer = undefined;
          forgetDraft(storage); // turning it off forgets at once, not at the next edit
          dismissDraftNotice();
        }
      } else if (state.baseUrl !== previous.baseUrl) {
        schedule();
      }
    }),
  ];
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', onHidden);
  return () => {
    flush();
    window.removeEventListener('pagehide', flush);
    document.removeEventListener('visibilitychange', onHidden);
    for (const unsubscribe of unsubscribers) unsubscribe();
  };
}

function keep(storage: DraftStorage | undefined): void {
  const request = useRequestStore.getState();
  const draft: Draft = {
    method: request.method,
    path: request.path,
    body: request.body,
    baseUrl: useSettingsStore.getState().baseUrl,
    authMode: request.authMode,
    timestampMode: request.timestampMode,
    pinnedTimestamp: request.pinnedTimestamp,
    emptyBody: request.emptyBody,
  };
  const credential = credentialIn(draft);
  if (credential) {
    forgetDraft(storage);
    return setSaveNotice({ kind: 'not-kept', cause: credential });
  }
  const saved = saveDraft(draft, storage);
  if (saved.kind === 'kept') setSaveNotice(undefined);
  else if (saved.kind === 'kept-without-body') setSaveNotice({ kind: 'saved-without-body', reason: saved.reason, bodyChars: saved.bodyChars });
  else setSaveNotice({ kind: 'not-kept', cause: 'storage' });
}

/** A notice about saving replaces the previous one of its kind; one from the restore stays until dismissed. */
function setSaveNotice(notice: DraftNotice | undefined): void {
  const current = useDraftStore.getState().notice;
  const fromRestore = current?.kind === 'dropped' || current?.kind === 'restored-without-body';
  if (notice === undefined && fromRestore) return;
  useDraftStore.setState({ notice });
}

/** Which credential, if any, was typed into a field the draft would keep. */
function credentialIn(draft: Draft): Extract<DraftNotice, { kind: 'not-kept' }>['cause'] | undefined {
  const { apiKey, secret } = useCredentialsStore.getState();
  const secretHash = useSignatureStore.getState().steps?.secretHash.output;
  const kept = [draft.path, draft.body, draft.baseUrl, draft.pinnedTimestamp];
  const found = (value: string | undefined) => value !== undefined && value.trim().length >= 4
    && kept.some((field) => field.includes(value.trim()));
  if (found(secret)) return 'API secret';
  if (found(secretHash)) return "API secret's hash";
  if (found(apiKey)) return 'API key';
  return undefined;
}
