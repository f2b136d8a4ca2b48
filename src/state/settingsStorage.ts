/**
 * Settings on disk; the request draft is kept beside them by draftStorage, and nothing else touches persistent
 * storage. It takes a fixed list of keys, so a credential cannot end up on disk by a later change that spreads a whole
 * state object into it.
 */
const STORAGE_KEY = 'coext-explorer:settings:v1';

export interface PersistedSettings {
  theme?: string;
  baseUrl?: string;
  snippetLanguage?: string;
  idleClearMinutes?: number;
  clearOnPageHide?: boolean;
  keepDraft?: boolean;
}

const ALLOWED_KEYS: ReadonlyArray<keyof PersistedSettings> = [
  'theme',
  'baseUrl',
  'snippetLanguage',
  'idleClearMinutes',
  'clearOnPageHide',
  'keepDraft',
];

export function loadSettings(): PersistedSettings {
  try {
    const raw = globalThis.localStorage?.getItem(STORAGE_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return typeof parsed === 'object' && parsed !== null ? pick(parsed as Record<string, unknown>) : {};
  } catch {
    return {}; // Storage disabled or corrupt: start from defaults rather than fail.
  }
}

export function saveSettings(settings: PersistedSettings): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(pick(settings as Record<string, unknown>)));
  } catch {
    // Private mode or a full quota: settings simply do not persist.
  }
}

function pick(source: Record<string, unknown>): PersistedSettings {
  const out: Record<string, unknown> = {};
  for (const key of ALLOWED_KEYS) {
    const value = source[key];
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') out[key] = value;
  }
  return out as PersistedSettings;
}
