import { useSyncExternalStore } from 'react';
import { useTheme } from '../../state/settingsStore.ts';

const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');

function subscribe(onChange: () => void) {
  const query = darkQuery();
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** The theme actually shown: the chosen one, or the system's when the choice is "system". */
export function useResolvedTheme(): 'light' | 'dark' {
  const theme = useTheme();
  const systemDark = useSyncExternalStore(subscribe, () => darkQuery().matches);
  if (theme === 'system') return systemDark ? 'dark' : 'light';
  return theme;
}
