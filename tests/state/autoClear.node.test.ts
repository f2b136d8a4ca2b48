// Idle auto-clear and clear-on-pagehide, with a clock the test moves by hand and events it dispatches itself.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startAutoClear, type AutoClear, useAutoClearStore } from '../../src/state/autoClear.ts';
import { initialCredentials, setCredentials, useCredentialsStore } from '../../src/state/credentialsStore.ts';
import { initialSettings, setClearOnPageHide, setIdleClearMinutes, useSettingsStore } from '../../src/state/settingsStore.ts';

const MINUTE = 60_000;
let nowMs = 0;
let target: EventTarget;
let autoClear: AutoClear;

const credentials = () => useCredentialsStore.getState();
const filled = { apiKey: 'pk_test_idle', secret: 'sk_test_idle' };

beforeEach(() => {
  nowMs = 1_764_300_000_000;
  target = new EventTarget();
  useSettingsStore.setState(initialSettings, true);
  useCredentialsStore.setState(initialCredentials, true);
  useAutoClearStore.setState({ notice: null }, true);
  autoClear = startAutoClear({ target, now: () => nowMs, checkEveryMs: 0 });
  setCredentials(filled.apiKey, filled.secret);
});
afterEach(() => autoClear.stop());

describe('idle auto-clear', () => {
  it('is off by default: a day without activity clears nothing', () => {
    nowMs += 24 * 60 * MINUTE;
    autoClear.check();
    expect(credentials()).toEqual(filled);
  });

  it('clears both credentials once the limit has passed without activity, and says why', () => {
    setIdleClearMinutes(15);
    nowMs += 15 * MINUTE - 1;
    autoClear.check();
    expect(credentials()).toEqual(filled);
    nowMs += 1;
    autoClear.check();
    expect(credentials()).toEqual(initialCredentials);
    expect(useAutoClearStore.getState().notice).toEqual({ reason: 'idle', minutes: 15 });
  });

  it.each(['keydown', 'pointerdown', 'input', 'paste', 'wheel'])('counts a %s as activity and restarts the wait', (type) => {
    setIdleClearMinutes(5);
    nowMs += 4 * MINUTE;
    target.dispatchEvent(new Event(type));
    nowMs += 4 * MINUTE;
    autoClear.check();
    expect(credentials()).toEqual(filled);
    nowMs += MINUTE;
    autoClear.check();
    expect(credentials()).toEqual(initialCredentials);
  });

  it('starts counting when the limit is chosen, not when the page opened', () => {
    nowMs += 60 * MINUTE;
    setIdleClearMinutes(10);
    autoClear.check();
    expect(credentials()).toEqual(filled);
  });

  it('dismisses the notice when a credential is typed again', () => {
    setIdleClearMinutes(1);
    nowMs += MINUTE;
    autoClear.check();
    expect(useAutoClearStore.getState().notice).not.toBeNull();
    setCredentials('pk_test_again', '');
    expect(useAutoClearStore.getState().notice).toBeNull();
  });

  it('leaves nothing listening after stop', () => {
    setIdleClearMinutes(1);
    setClearOnPageHide(true);
    autoClear.stop();
    target.dispatchEvent(new Event('pagehide'));
    expect(credentials()).toEqual(filled);
  });
});

describe('clear on pagehide', () => {
  it('does nothing unless opted in', () => {
    target.dispatchEvent(new Event('pagehide'));
    expect(credentials()).toEqual(filled);
  });

  it('clears both credentials when opted in', () => {
    setClearOnPageHide(true);
    target.dispatchEvent(new Event('pagehide'));
    expect(credentials()).toEqual(initialCredentials);
    expect(useAutoClearStore.getState().notice).toEqual({ reason: 'pagehide' });
  });
});
