import { useEffect } from 'react';
import { setTheme, type Theme, useTheme } from '../../state/settingsStore.ts';
import { useResolvedTheme } from './useResolvedTheme.ts';

/** Light, dark or the system's; applied to the document so every panel (and Monaco) follows. */
export function ThemeToggle() {
  const theme = useTheme();
  const resolved = useResolvedTheme();
  useEffect(() => {
    document.documentElement.dataset.theme = resolved;
  }, [resolved]);
  return (
    <label className="theme-toggle">
      Theme
      <select value={theme} onChange={(event) => setTheme(event.target.value as Theme)}>
        <option value="system">System</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </label>
  );
}
