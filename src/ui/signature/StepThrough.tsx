import { useState } from 'react';
import type { StepValueId, StepValues } from '../../core/inlineValues.ts';
import { type CodeLanguage, setCodeLanguage, useCodeLanguage } from '../../state/settingsStore.ts';
import { useSignatureSteps, useSignedTimestamp } from '../../state/signatureStore.ts';
import { InlineValue } from './InlineValue.tsx';
import { PartLegend } from './PartLegend.tsx';
import { lineCode, lineShows, STEP_CODE, STEP_EXPLANATIONS, STEP_ORDER, stepCaveat } from './stepCode.ts';

const LANGUAGE_NAMES: Record<CodeLanguage, string> = {
  javascript: 'JavaScript', python: 'Python', php: 'PHP', curl: 'Shell', go: 'Go', java: 'Java', ruby: 'Ruby',
};

/**
 * Walks the four steps one at a time, each explained beside the lines of code that perform it; every line shows the
 * value it holds for the current request, live, as a debugger's inline values do.
 */
export function StepThrough() {
  const [open, setOpen] = useState(false);
  // Deferred, as the stepper's payload is: the inline values follow the signature, they never hold it back.
  const steps = useSignatureSteps();
  const timestamp = useSignedTimestamp();
  const values: StepValues | undefined = steps && {
    secretHash: steps.secretHash.output,
    timestamp: steps.timestamp.output,
    body: steps.payload.input.body,
    payload: steps.payload.output,
    payloadByteLength: steps.payload.byteLength,
    signature: steps.signature.output,
  };
  // Without a valid timestamp only the secret hash is the current request's; the rest would be a stale run's.
  const available = (id: StepValueId) => values !== undefined && (timestamp.ok || id === 'secretHash');
  const [index, setIndex] = useState(0);
  const language = useCodeLanguage();
  const step = STEP_ORDER[index] ?? 'secretHash';
  const code = STEP_CODE[language];
  const explanation = STEP_EXPLANATIONS[step];
  const caveat = stepCaveat(language, step);

  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)}>
        Step through the code
      </button>
    );
  }
  return (
    <section className="step-through" aria-label="Step-through">
      <div className="toolbar">
        <label>
          Code language{' '}
          <select value={language} onChange={(event) => setCodeLanguage(event.target.value as CodeLanguage)}>
            {Object.entries(LANGUAGE_NAMES).map(([value, name]) => (
              <option key={value} value={value}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => setIndex(index - 1)} disabled={index === 0}>
          Previous step
        </button>
        <span aria-live="polite">
          Step {index + 1} of {STEP_ORDER.length}
        </span>
        <button type="button" onClick={() => setIndex(index + 1)} disabled={index === STEP_ORDER.length - 1}>
          Next step
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          Close
        </button>
      </div>
      <div className="step-through-body">
        <pre className="code" aria-label={`${LANGUAGE_NAMES[language]} signing code`}>
          {code.lines.map((line, i) => {
            const shows = lineShows(line);
            const current = code.stepLines[step].includes(i);
            return (
              <div key={i} className={current ? 'code-line current' : 'code-line'} aria-current={current ? 'step' : undefined}>
                {lineCode(line)}
                {shows && values && available(shows) && <InlineValue values={values} id={shows} style={code.valueStyle ?? 'plain'} line={i + 1} />}
              </div>
            );
          })}
        </pre>
        <div className="step-explanation">
          <h3>{explanation.title}</h3>
          <p>{explanation.text}</p>
          {caveat && <p className="message message-warning">{caveat}</p>}
          <PartLegend />
        </div>
      </div>
    </section>
  );
}
