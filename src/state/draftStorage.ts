/**
 * The request draft on disk: the request being edited, kept in this browser's localStorage so a reload, a crash or a
 * closed tab loses nothing typed. Settings live beside it in settingsStorage; no credential goes to either. The schema
 * below is the whole of what is written and has no field a key, a secret or a hash could go into; a stored entry that
 * does not match it exactly (damaged, another version, too large, an unknown field) is removed, never half-used.
 */
import * as z from 'zod/mini';
import { HTTP_METHODS } from '../core/requestModel.ts';
import type { RequestState } from './requestStore.ts';

export const DRAFT_STORAGE_KEY = 'coext-explorer:draft';
export const DRAFT_VERSION = 1;
/** A body past this many UTF-16 units (about 4 MB as Chromium counts storage) is kept out: quotas are 5–10 MB. */
export const MAX_DRAFT_BODY_CHARS = 2_000_000;
/** Room for every field but the body; a stored entry longer than body limit plus this was not written by us. */
const MAX_ENTRY_CHARS = MAX_DRAFT_BODY_CHARS + 100_000;

/** The storage calls used; a parameter so tests can hand in a full or broken one. */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The request as kept: every field of the editor that says what is sent and how it is signed. */
export interface Draft {
  method: RequestState['method'];
  path: string;
  body: string;
  baseUrl: string;
  authMode: RequestState['authMode'];
  timestampMode: RequestState['timestampMode'];
  pinnedTimestamp: string;
  emptyBody: RequestState['emptyBody'];
}

const storedDraftSchema = z.strictObject({
  v: z.literal(DRAFT_VERSION),
  method: z.enum(HTTP_METHODS),
  path: z.string(),
  body: z.optional(z.string()),
  /** Length of the body that was left out, so the notice after a reload can say how large it was. */
  droppedBodyChars: z.optional(z.number()),
  baseUrl: z.string(),
  authMode: z.enum(['signed', 'key-only']),
  timestampMode: z.enum(['live', 'pinned']),
  pinnedTimestamp: z.string(),
  emptyBody: z.enum(['empty', 'object']),
});
type StoredDraft = z.infer<typeof storedDraftSchema>;

export type DropReason = 'damaged' | 'version' | 'too-large';
export type LoadedDraft =
  | { kind: 'none' }
  /** `draft.body` is undefined when the body was left out; `droppedBodyChars` then says how long it was. */
  | { kind: 'restored'; draft: Omit<Draft, 'body'> & { body: string | undefined }; droppedBodyChars: number | undefined }
  | { kind: 'dropped'; reason: DropReason };

export type SavedDraft =
  | { kind: 'kept' }
  | { kind: 'kept-without-body'; reason: 'too-large' | 'quota'; bodyChars: number }
  | { kind: 'not-kept' };

/** localStorage, or undefined where touching it throws (storage disabled, sandboxed frames). */
export function browserStorage(): DraftStorage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** Reads the kept draft; one that cannot be used is removed so it is reported once, not on every visit. */
export function loadDraft(storage: DraftStorage | undefined = browserStorage()): LoadedDraft {
  let raw: string | null;
  try {
    raw = storage?.getItem(DRAFT_STORAGE_KEY) ?? null;
  } catch {
    return { kind: 'none' }; // storage refuses reads: nothing was kept that could be lost
  }
  if (raw === null) return { kind: 'none' };
  const reason = raw.length > MAX_ENTRY_CHARS ? 'too-large' : undefined;
  const parsed = reason ? undefined : parseJson(raw);
  const checked = parsed === undefined ? undefined : storedDraftSchema.safeParse(parsed);
  if (checked?.success) {
    const { v: _v, droppedBodyChars, ...fields } = checked.data;
    return { kind: 'restored', draft: { ...fields, body: fields.body }, droppedBodyChars };
  }
  forgetDraft(storage);
  const version = (parsed as { v?: unknown } | undefined)?.v;
  return { kind: 'dropped', reason: reason ?? (version !== undefined && version !== DRAFT_VERSION ? 'version' : 'damaged') };
}

/**
 * Keeps `draft`, leaving the body out when it is over {@link MAX_DRAFT_BODY_CHARS} or the storage is full. Only the
 * fields named here are written, so whatever else the caller's object holds stays in memory.
 */
export function saveDraft(draft: Draft, storage: DraftStorage | undefined = browserStorage()): SavedDraft {
  const fields: StoredDraft = {
    v: DRAFT_VERSION,
    method: draft.method,
    path: draft.path,
    baseUrl: draft.baseUrl,
    authMode: draft.authMode,
    timestampMode: draft.timestampMode,
    pinnedTimestamp: draft.pinnedTimestamp,
    emptyBody: draft.emptyBody,
  };
  const bodyChars = draft.body.length;
  if (bodyChars <= MAX_DRAFT_BODY_CHARS && write(storage, { ...fields, body: draft.body })) {
    return { kind: 'kept' };
  }
  if (write(storage, { ...fields, droppedBodyChars: bodyChars })) {
    return { kind: 'kept-without-body', reason: bodyChars > MAX_DRAFT_BODY_CHARS ? 'too-large' : 'quota', bodyChars };
  }
  forgetDraft(storage); // an older draft must not come back in place of the request that could not be kept
  return { kind: 'not-kept' };
}

export function forgetDraft(storage: DraftStorage | undefined = browserStorage()): void {
  try {
    storage?.removeItem(DRAFT_STORAGE_KEY);
  } catch {
    // Storage that refuses removal refused the write too: nothing is kept.
  }
}

function write(storage: DraftStorage | undefined, stored: StoredDraft): boolean {
  if (!storage) return false;
  try {
    storage.setItem(DRAFT_STORAGE_KEY, JSON.stringify(stored));
    return true;
  } catch {
    return false; // QuotaExceededError, or storage disabled
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
