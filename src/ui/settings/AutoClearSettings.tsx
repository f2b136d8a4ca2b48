import { useState } from 'react';
import { parseIdleMinutes } from '../../core/idleMinutes.ts';
import { useAutoClearNotice } from '../../state/autoClear.ts';
import {
  setClearOnPageHide, setIdleClearMinutes, useClearOnPageHide, useIdleClearMinutes,
} from '../../state/settingsStore.ts';
import { describedBy, Field } from '../common/Field.tsx';

const DEFAULT_MINUTES = '15';

/**
 * When to forget the credentials on their own: after some minutes without activity, and when leaving the page. Both
 * are off by default. The minutes field keeps whatever is typed; only a valid number changes the setting.
 */
export function AutoClearSettings() {
  const minutes = useIdleClearMinutes();
  const onPageHide = useClearOnPageHide();
  const notice = useAutoClearNotice();
  const [text, setText] = useState(minutes > 0 ? String(minutes) : DEFAULT_MINUTES);
  const parsed = parseIdleMinutes(text);
  const idleOn = minutes > 0;
  const messages = parsed.ok ? [] : [{ text: parsed.error.message, tone: 'error' as const }];

  const changeMinutes = (value: string) => {
    setText(value);
    const next = parseIdleMinutes(value);
    if (idleOn && next.ok) setIdleClearMinutes(next.minutes);
  };
  const toggleIdle = (on: boolean) => {
    if (!on) setIdleClearMinutes(0);
    else if (parsed.ok) setIdleClearMinutes(parsed.minutes);
  };

  return (
    <section className="panel" aria-labelledby="auto-clear-heading">
      <h2 id="auto-clear-heading">Forget credentials automatically</h2>
      <label className="switch">
        <input type="checkbox" role="switch" checked={idleOn} disabled={!idleOn && !parsed.ok} onChange={(event) => toggleIdle(event.target.checked)} />
        Clear after inactivity
      </label>
      <Field id="idle-minutes" label="Minutes without activity" messages={messages}>
        <input
          id="idle-minutes"
          type="text"
          inputMode="numeric"
          value={text}
          aria-describedby={describedBy('idle-minutes', messages.length)}
          onChange={(event) => changeMinutes(event.target.value)}
        />
      </Field>
      <label className="switch">
        <input type="checkbox" role="switch" checked={onPageHide} onChange={(event) => setClearOnPageHide(event.target.checked)} />
        Clear when leaving the page
      </label>
      {notice && (
        <p role="status" className="message message-info">
          {notice.reason === 'idle'
            ? `The credentials were cleared after ${notice.minutes} ${notice.minutes === 1 ? 'minute' : 'minutes'} without activity.`
            : 'The credentials were cleared when the page was left.'}
        </p>
      )}
    </section>
  );
}
