/**
 * Preferences that may outlive the tab: theme, base URL, code language, when to forget the credentials. Never a
 * credential (see settingsStorage).
 */
import { create } from 'zustand';
import { loadSettings, saveSettings } from './settingsStorage.ts';

export type Theme = 'system' | 'light' | 'dark';
export type CodeLanguage = 'javascript' | 'python' | 'php' | 'curl' | 'go' | 'java' | 'ruby';

export interface SettingsState {
  theme: Theme;
  /** Where requests go; empty means the sandbox built into the dev and preview servers. */
  baseUrl: string;
  codeLanguage: CodeLanguage;
  /** Clear the credentials after this many minutes without keyboard or pointer activity; 0 is off (the default). */
  idleClearMinutes: number;
  /** Clear the credentials when the page is hidden for good (closed, reloaded, navigated away). Off by default. */
  clearOnPageHide: boolean;
  /** Keep the request being edited (never a credential) in this browser between visits. On by default. */
  keepDraft: boolean;
}

export const initialSettings: SettingsState = {
  theme: 'system',
  baseUrl: '',
  codeLanguage: 'javascript',
  idleClearMinutes: 0,
  clearOnPageHide: false,
  keepDraft: true,
};

const THEMES: readonly Theme[] = ['system', 'light', 'dark'];
const LANGUAGES: readonly CodeLanguage[] = ['javascript', 'python', 'php', 'curl', 'go', 'java', 'ruby'];

/** The settings as a fresh page load finds them on disk. */
export function restoreSettings(): SettingsState {
  const saved = loadSettings();
  return {
    theme: THEMES.find((t) => t === saved.theme) ?? initialSettings.theme,
    baseUrl: typeof saved.baseUrl === 'string' ? saved.baseUrl : initialSettings.baseUrl,
    codeLanguage: LANGUAGES.find((l) => l === saved.snippetLanguage) ?? initialSettings.codeLanguage,
    idleClearMinutes: isIdleMinutes(saved.idleClearMinutes) ? saved.idleClearMinutes : initialSettings.idleClearMinutes,
    clearOnPageHide: saved.clearOnPageHide === true,
    keepDraft: saved.keepDraft !== false,
  };
}

export const useSettingsStore = create<SettingsState>()(() => restoreSettings());

useSettingsStore.subscribe((state) =>
  saveSettings({
    theme: state.theme,
    baseUrl: state.baseUrl,
    snippetLanguage: state.codeLanguage,
    idleClearMinutes: state.idleClearMinutes,
    clearOnPageHide: state.clearOnPageHide,
    keepDraft: state.keepDraft,
  }),
);

export const useTheme = () => useSettingsStore((s) => s.theme);
export const useBaseUrl = () => useSettingsStore((s) => s.baseUrl);
export const useCodeLanguage = () => useSettingsStore((s) => s.codeLanguage);

export const setTheme = (theme: Theme) => useSettingsStore.setState({ theme });
export const setBaseUrl = (baseUrl: string) => useSettingsStore.setState({ baseUrl });
export const setCodeLanguage = (codeLanguage: CodeLanguage) => useSettingsStore.setState({ codeLanguage });
export const useIdleClearMinutes = () => useSettingsStore((s) => s.idleClearMinutes);
export const useClearOnPageHide = () => useSettingsStore((s) => s.clearOnPageHide);
export const setIdleClearMinutes = (idleClearMinutes: number) => useSettingsStore.setState({ idleClearMinutes });
export const setClearOnPageHide = (clearOnPageHide: boolean) => useSettingsStore.setState({ clearOnPageHide });
export const useKeepDraft = () => useSettingsStore((s) => s.keepDraft);
export const setKeepDraft = (keepDraft: boolean) => useSettingsStore.setState({ keepDraft });

/** A stored idle limit is usable when it is a whole number of minutes from 0 (off) to a day. */
function isIdleMinutes(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 1440;
}

/** The base URL requests actually use: the typed one, or the built-in sandbox on this origin. */
export function effectiveBaseUrl(baseUrl: string, origin: string): string {
  return baseUrl.trim() === '' ? `${origin}/api/v1/external` : baseUrl.trim();
}
