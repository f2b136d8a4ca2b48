import type { Cause } from '../../core/diagnose.ts';
import { CopyButton } from '../common/CopyButton.tsx';
import { EvidenceDiff } from './EvidenceDiff.tsx';

const LANGUAGE_NAMES: Record<Cause['fix']['language'], string> = {
  javascript: 'JavaScript', python: 'Python', php: 'PHP', shell: 'Shell', java: 'Java', go: 'Go', csharp: 'C#', any: 'Any language',
};

function title(cause: Cause, rank: number, count: number): string {
  if (cause.ids[0] === 'valid') return 'The signature is valid';
  if (cause.ids[0] === 'unreproduced') return 'No known mistake reproduces this signature';
  if (count === 1) return cause.ids.length > 1 ? `Found: ${cause.ids.length} mistakes together` : 'Found the mistake';
  return rank === 0 ? 'Most likely' : `Also reproduces it (${rank + 1} of ${count})`;
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
      {kind !== 'valid' && (
        <figure className="fix">
          <figcaption>
            Fix ({LANGUAGE_NAMES[cause.fix.language]}) <CopyButton text={cause.fix.code} label={`Copy the fix for ${ids}`} />
          </figcaption>
          <pre className="code"><code>{cause.fix.code}</code></pre>
        </figure>
      )}
    </article>
  );
}
