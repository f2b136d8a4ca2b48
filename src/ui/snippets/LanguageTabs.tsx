import { type KeyboardEvent, useRef } from 'react';
import type { CodeLanguage } from '../../state/settingsStore.ts';

export const SNIPPET_LANGUAGES: ReadonlyArray<{ id: CodeLanguage; name: string }> = [
  { id: 'curl', name: 'curl' },
  { id: 'javascript', name: 'JavaScript' },
  { id: 'python', name: 'Python' },
  { id: 'php', name: 'PHP' },
  { id: 'go', name: 'Go' },
  { id: 'java', name: 'Java' },
  { id: 'ruby', name: 'Ruby' },
];

interface LanguageTabsProps {
  selected: CodeLanguage;
  onSelect: (language: CodeLanguage) => void;
  panelId: string;
}

/**
 * The WAI-ARIA tabs pattern with automatic activation: one tab stop for the whole list, arrow keys (wrapping),
 * Home and End move between tabs and select the one they land on.
 */
export function LanguageTabs({ selected, onSelect, panelId }: LanguageTabsProps) {
  const tabs = useRef<Array<HTMLButtonElement | null>>([]);
  const current = Math.max(0, SNIPPET_LANGUAGES.findIndex((language) => language.id === selected));

  const onKeyDown = (event: KeyboardEvent) => {
    const last = SNIPPET_LANGUAGES.length - 1;
    const next = { ArrowRight: current === last ? 0 : current + 1, ArrowLeft: current === 0 ? last : current - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    onSelect(SNIPPET_LANGUAGES[next]!.id);
    tabs.current[next]?.focus();
  };

  return (
    <div role="tablist" aria-label="Snippet language" className="snippet-tabs" onKeyDown={onKeyDown}>
      {SNIPPET_LANGUAGES.map((language, index) => (
        <button
          key={language.id}
          ref={(element) => {
            tabs.current[index] = element;
          }}
          type="button"
          role="tab"
          id={`snippet-tab-${language.id}`}
          aria-selected={index === current}
          aria-controls={panelId}
          tabIndex={index === current ? 0 : -1}
          onClick={() => onSelect(language.id)}
        >
          {language.name}
        </button>
      ))}
    </div>
  );
}
