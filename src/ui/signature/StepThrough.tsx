import { useState } from 'react';
import { type CodeLanguage, setCodeLanguage, useCodeLanguage } from '../../state/settingsStore.ts';
import { STEP_CODE, STEP_EXPLANATIONS, STEP_ORDER, stepCaveat } from './stepCode.ts';

const LANGUAGE_NAMES: Record<CodeLanguage, string> = {
  javascript: 'JavaScript', python: 'Python', php: 'PHP', curl: 'Shell', go: 'Go', java: 'Java', ruby: 'Ruby',
};

/** Walks the four steps one at a time, each explained beside the line of code that performs it. */
export function StepThrough() {
  const [open, setOpen] = useState(false);
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
          {code.lines.map((line, i) => (
            <div key={i} className={code.stepLines[step].includes(i) ? 'code-line current' : 'code-line'} aria-current={code.stepLines[step].includes(i) ? 'step' : undefined}>
              {line}
            </div>
          ))}
        </pre>
        <div className="step-explanation">
          <h3>{explanation.title}</h3>
          <p>{explanation.text}</p>
          {caveat && <p className="message message-warning">{caveat}</p>}
        </div>
      </div>
    </section>
  );
}
