import { useEffect, useRef } from 'react';
import { useSecret } from '../../state/credentialsStore.ts';
import { takePendingDiagnosis, usePendingDiagnosis } from '../../state/diagnosisInbox.ts';
import {
  cancelDiagnosis, diagnosePending, fillFromExplorer, type InputMode, setDiagnosisMode, startDiagnosis, useDiagnosisMode,
  useDiagnosisStatus, useInputError,
} from '../../state/diagnosisStore.ts';
import { DiagnosisResult } from './DiagnosisResult.tsx';
import { PastedRequestInput, SentFieldsInput } from './FailingRequestInput.tsx';
import { SLOW_SEARCH_MS } from './DiagnosisResult.tsx';
import { useShownAfter } from './useShownAfter.ts';
import './diagnose.css';

const MODES: ReadonlyArray<{ mode: InputMode; label: string }> = [
  { mode: 'paste', label: 'Paste a request' },
  { mode: 'fields', label: 'Three fields' },
];

function ModeSwitch() {
  const current = useDiagnosisMode();
  return (
    <fieldset className="mode-switch">
      <legend>The failing request, as</legend>
      {MODES.map(({ mode, label }) => (
        <label key={mode}>
          <input type="radio" name="diagnose-input-mode" checked={current === mode} onChange={() => setDiagnosisMode(mode)} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The run's controls. Diagnose stays enabled while running: pressing it again restarts with the input as it is now.
 * Cancel appears once a search has run for SLOW_SEARCH_MS (a quick one would only flash it).
 */
function Actions() {
  const status = useDiagnosisStatus();
  const mode = useDiagnosisMode();
  const error = useInputError();
  const hasSecret = useSecret() !== '';
  const slow = useShownAfter(status === 'running', SLOW_SEARCH_MS);
  return (
    <>
      <div className="toolbar">
        <button type="button" className="primary" onClick={() => void startDiagnosis()}>Diagnose</button>
        <button type="button" onClick={fillFromExplorer}>Use the current request</button>
        {slow && <button type="button" onClick={cancelDiagnosis}>Cancel diagnosis</button>}
      </div>
      {mode === 'fields' && error?.field === 'request' && <p className="message message-error">{error.message}</p>}
      {!hasSecret && (
        <p className="hint">No API secret typed at the top of the page: only the checks that need no secret will run.</p>
      )}
    </>
  );
}

/**
 * Finds out why a signature does not verify. The request comes pasted, typed as three fields, from the explorer, or
 * from a failed Send ("Analyze this failure", which lands here through the diagnosis inbox and runs at once).
 */
export function DiagnosisPanel() {
  const mode = useDiagnosisMode();
  const pending = usePendingDiagnosis();
  const panel = useRef<HTMLElement>(null);

  useEffect(() => {
    if (pending === undefined) return;
    const taken = takePendingDiagnosis();
    if (taken === undefined) return;
    void diagnosePending(taken);
    panel.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [pending]);

  return (
    <section ref={panel} className="panel diagnose-panel" aria-labelledby="diagnose-heading">
      <h2 id="diagnose-heading">Diagnose a failing request</h2>
      <p className="hint">
        Give the request exactly as your client sent it. With the API secret typed at the top of the page (it stays in this
        tab), the diagnoser recomputes the signature under thousands of known mistakes and names the one that reproduces it.
      </p>
      <ModeSwitch />
      {mode === 'paste' ? <PastedRequestInput /> : <SentFieldsInput />}
      <Actions />
      <DiagnosisResult />
    </section>
  );
}
