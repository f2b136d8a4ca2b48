/**
 * The wall clock, read in one place. The core never reads time; this store ticks once a second so a live timestamp
 * (and everything signed with it) follows the clock, and tests set `nowMs` directly instead of faking timers.
 */
import { create } from 'zustand';

export interface ClockState {
  nowMs: number;
}

export const useClockStore = create<ClockState>()(() => ({ nowMs: Date.now() }));

export const useNowSeconds = () => useClockStore((state) => Math.floor(state.nowMs / 1000));

/** Starts ticking; returns the function that stops it. Ticks on second boundaries so the shown time is never late. */
export function startClock(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tick = () => {
    const now = Date.now();
    useClockStore.setState({ nowMs: now });
    timer = setTimeout(tick, 1000 - (now % 1000) + 5);
  };
  tick();
  return () => clearTimeout(timer);
}
