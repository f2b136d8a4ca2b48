/**
 * Forgets the credentials on the user's terms (both off by default, see settingsStore): after `idleClearMinutes`
 * without keyboard, pointer or input activity, and on `pagehide` when `clearOnPageHide` is on — so a closed, reloaded
 * or back-forward-cached page keeps no secret in memory. Time is a parameter: tests pass their own clock and call
 * `check()` instead of waiting. The last automatic clear is kept (without any credential) so the page can say why
 * the fields emptied; typing a credential again dismisses it.
 */
import { create } from 'zustand';
import { clearCredentials, useCredentialsStore } from './credentialsStore.ts';
import { useSettingsStore } from './settingsStore.ts';

/** What counts as the user being there. Listened to in the capture phase, so Monaco's own handlers cannot hide it. */
export const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'input', 'paste', 'wheel'] as const;
export const CHECK_EVERY_MS = 10_000;

export type AutoClearNotice = { reason: 'idle'; minutes: number } | { reason: 'pagehide' };

export const useAutoClearStore = create<{ notice: AutoClearNotice | null }>()(() => ({ notice: null }));
export const useAutoClearNotice = () => useAutoClearStore((state) => state.notice);

export interface AutoClearOptions {
  /** Where activity and `pagehide` are heard; the window in the app. */
  target?: EventTarget;
  /** Milliseconds since the epoch; `Date.now` in the app. */
  now?: () => number;
  /** How often the idle check runs on its own; 0 disables the interval (tests call `check()`). */
  checkEveryMs?: number;
}

export interface AutoClear {
  /** Clears now if the idle limit has passed since the last activity. */
  check(): void;
  stop(): void;
}

export function startAutoClear(options: AutoClearOptions = {}): AutoClear {
  const target = options.target ?? globalThis;
  const now = options.now ?? Date.now;
  const checkEveryMs = options.checkEveryMs ?? CHECK_EVERY_MS;
  let lastActivity = now();

  const clear = (notice: AutoClearNotice) => {
    const { apiKey, secret } = useCredentialsStore.getState();
    if (apiKey === '' && secret === '') return;
    clearCredentials();
    useAutoClearStore.setState({ notice });
  };
  const onActivity = () => {
    lastActivity = now();
  };
  const check = () => {
    const minutes = useSettingsStore.getState().idleClearMinutes;
    if (minutes > 0 && now() - lastActivity >= minutes * 60_000) clear({ reason: 'idle', minutes });
  };
  const onPageHide = () => {
    if (useSettingsStore.getState().clearOnPageHide) clear({ reason: 'pagehide' });
  };
  // A background tab's timers are throttled: check the moment it becomes visible again, too.
  const onVisibility = () => check();
  // Turning the limit on counts as activity: the clock starts from the moment it was chosen.
  const stopSettings = useSettingsStore.subscribe((state, previous) => {
    if (state.idleClearMinutes !== previous.idleClearMinutes) onActivity();
  });
  const stopNotice = useCredentialsStore.subscribe((state) => {
    if ((state.apiKey !== '' || state.secret !== '') && useAutoClearStore.getState().notice) useAutoClearStore.setState({ notice: null });
  });

  for (const type of ACTIVITY_EVENTS) target.addEventListener(type, onActivity, { capture: true, passive: true });
  target.addEventListener('pagehide', onPageHide);
  target.addEventListener('visibilitychange', onVisibility);
  const interval = checkEveryMs > 0 ? setInterval(check, checkEveryMs) : undefined;

  return {
    check,
    stop() {
      for (const type of ACTIVITY_EVENTS) target.removeEventListener(type, onActivity, { capture: true });
      target.removeEventListener('pagehide', onPageHide);
      target.removeEventListener('visibilitychange', onVisibility);
      clearInterval(interval);
      stopSettings();
      stopNotice();
    },
  };
}
