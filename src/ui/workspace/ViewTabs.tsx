import { type KeyboardEvent, useRef } from 'react';

export type View = 'request' | 'diagnose';

const VIEWS: ReadonlyArray<{ id: View; label: string }> = [
  { id: 'request', label: 'Request' },
  { id: 'diagnose', label: 'Diagnose' },
];

export const viewTabId = (view: View) => `view-tab-${view}`;
export const viewPanelId = (view: View) => `view-panel-${view}`;

/**
 * The two views, as a WAI-ARIA tab list: one tab in the Tab order (roving tabindex), arrow keys, Home and End move
 * between tabs and show the one reached (automatic activation: switching a view costs nothing).
 */
export function ViewTabs({ selected, onSelect }: { selected: View; onSelect: (view: View) => void }) {
  const tabs = useRef<Partial<Record<View, HTMLButtonElement | null>>>({});

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = VIEWS.findIndex((view) => view.id === selected);
    const last = VIEWS.length - 1;
    const target =
      event.key === 'ArrowRight' ? (index + 1) % VIEWS.length
      : event.key === 'ArrowLeft' ? (index + last) % VIEWS.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? last
      : undefined;
    if (target === undefined) return;
    event.preventDefault();
    const next = VIEWS[target]!.id;
    onSelect(next);
    tabs.current[next]?.focus();
  };

  return (
    <div role="tablist" aria-label="View" className="view-tabs" onKeyDown={onKeyDown}>
      {VIEWS.map(({ id, label }) => (
        <button
          key={id}
          ref={(element) => {
            tabs.current[id] = element;
          }}
          type="button"
          role="tab"
          id={viewTabId(id)}
          aria-selected={selected === id}
          aria-controls={viewPanelId(id)}
          tabIndex={selected === id ? 0 : -1}
          onClick={() => onSelect(id)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
