/** Preferences that may outlive the tab: theme, base URL, code language. Never a credential (see settingsStorage). */
import { create } from 'zustand';
import { loadSettings, saveSettings } from './settingsStorage.ts';

export type Theme = 'system' | 'light' | 'dark';
export type CodeLanguage = 'javascript' | 'python' | 'php' | 'curl';

export interface SettingsState {
  theme: Theme;
  /** Where requests go; empty means the sandbox built into the dev and preview servers. */
  baseUrl: string;
  codeLanguage: CodeLanguage;
}

export const initialSettings: SettingsState = { theme: 'system', baseUrl: '', codeLanguage: 'javascript' };

const THEMES: readonly Theme[] = ['system', 'light', 'dark'];
const LANGUAGES: readonly CodeLanguage[] = ['javascript', 'python', 'php', 'curl'];

function restore(): SettingsState {
  const saved = loadSettings();
  return {
    theme: THEMES.find((t) => t === saved.theme) ?? initialSettings.theme,
    baseUrl: typeof saved.baseUrl === 'string' ? saved.baseUrl : initialSettings.baseUrl,
    codeLanguage: LANGUAGES.find((l) => l === saved.snippetLanguage) ?? initialSettings.codeLanguage,
  };
}

export const useSettingsStore = create<SettingsState>()(() => restore());

useSettingsStore.subscribe((state) =>
  saveSettings({ theme: state.theme, baseUrl: state.baseUrl, snippetLanguage: state.codeLanguage }),
);

export const useTheme = () => useSettingsStore((s) => s.theme);
export const useBaseUrl = () => useSettingsStore((s) => s.baseUrl);
export const useCodeLanguage = () => useSettingsStore((s) => s.codeLanguage);

export const setTheme = (theme: Theme) => useSettingsStore.setState({ theme });
export const setBaseUrl = (baseUrl: string) => useSettingsStore.setState({ baseUrl });
export const setCodeLanguage = (codeLanguage: CodeLanguage) => useSettingsStore.setState({ codeLanguage });

/** The base URL requests actually use: the typed one, or the built-in sandbox on this origin. */
export function effectiveBaseUrl(baseUrl: string, origin: string): string {
  return baseUrl.trim() === '' ? `${origin}/api/v1/external` : baseUrl.trim();
}
