import { useState } from 'react';
import type { Cause, FixLanguage } from '../../core/diagnose.ts';
import { useCodeLanguage } from '../../state/settingsStore.ts';
import { CopyButton } from '../common/CopyButton.tsx';
import { EvidenceDiff } from './EvidenceDiff.tsx';

const LANGUAGE_NAMES: Record<FixLanguage, string> = {
  javascript: 'JavaScript', python: 'Python', php: 'PHP', go: 'Go', java: 'Java', ruby: 'Ruby', shell: 'Shell', csharp: 'C#', any: 'Any language',
};
const LANGUAGE_ORDER = Object.keys(LANGUAGE_NAMES) as FixLanguage[];

function title(cause: Cause, rank: number, count: number): string {
  if (cause.ids[0] === 'valid') return 'The signature is valid';
  if (cause.ids[0] === 'unreproduced') return 'No known mistake reproduces this signature';
  if (count === 1) return cause.ids.length > 1 ? `Found: ${cause.ids.length} mistakes together` : 'Found the mistake';
  return rank === 0 ? 'Most likely' : `Also reproduces it (${rank + 1} of ${count})`;
}

/**
 * The fix, first in the language the mistake points to — or, when it points to none, in the language chosen for the
 * snippets — and in any other language on request.
 */
function Fix({ cause, ids }: { cause: Cause; ids: string }) {
  const codeLanguage = useCodeLanguage();
  const fixes: Partial<Record<FixLanguage, string>> = { ...cause.fixes, [cause.fix.language]: cause.fix.code };
  const languages = LANGUAGE_ORDER.filter((language) => fixes[language] !== undefined);
  const preferred = codeLanguage === 'curl' ? 'shell' : codeLanguage;
  const initial = cause.fix.language === 'any' && fixes[preferred] !== undefined ? preferred : cause.fix.language;
  const [chosen, setChosen] = useState<FixLanguage>(initial);
  const language = fixes[chosen] === undefined ? cause.fix.language : chosen;
  const code = fixes[language] ?? cause.fix.code;
  return (
    <figure className="fix">
      <figcaption>
        {languages.length > 1 ? (
          <label>
            Fix in{' '}
            <select value={language} onChange={(event) => setChosen(event.target.value as FixLanguage)}>
              {languages.map((option) => <option key={option} value={option}>{LANGUAGE_NAMES[option]}</option>)}
            </select>
          </label>
        ) : `Fix (${LANGUAGE_NAMES[language]})`}{' '}
        <CopyButton text={code} label={`Copy the fix for ${ids}`} />
      </figcaption>
      <pre className="code"><code>{code}</code></pre>
    </figure>
  );
}

/** One ranked cause: its ids, a sentence, the evidence (a diff of sent against signed, or a note) and the fix. */
export function CauseCard({ cause, rank, count }: { cause: Cause; rank: number; count: number }) {
  const kind = cause.ids[0] === 'valid' ? 'valid' : cause.ids[0] === 'unreproduced' ? 'unreproduced' : 'found';
  const ids = cause.ids.join(' + ');
  return (
    <article className={`cause cause-${kind}`} data-cause={cause.ids.join(' ')} aria-label={`${title(cause, rank, count)}: ${ids}`}>
      <h4>{title(cause, rank, count)}</h4>
      <p className="cause-ids">
        {cause.ids.map((id) => <code key={id}>{id}</code>)}
      </p>
      <p className="cause-sentence">{cause.sentence}</p>
      {rank === 0 && cause.runnerUp !== undefined && (
        <p className="cause-runner-up" role="note" aria-label="Why the runner-up is second">{cause.runnerUp}</p>
      )}
      {cause.evidence !== undefined && ('parts' in cause.evidence
        ? <EvidenceDiff parts={cause.evidence.parts} />
        : cause.evidence.note !== '' && <p className="evidence-note">{cause.evidence.note}</p>)}
      {kind !== 'valid' && <Fix cause={cause} ids={ids} />}
    </article>
  );
}
