import type { Check, Diagnosis, Verdicts } from '../../core/diagnose.ts';
import {
  useDiagnosisFailure, useDiagnosisProgress, useDiagnosisResult, useDiagnosisStatus, useServerDetails,
} from '../../state/diagnosisStore.ts';
import { CauseCard } from './CauseCard.tsx';
import { useShownAfter } from './useShownAfter.ts';

const SEVERITY_WORDS: Record<Check['severity'], string> = { error: 'Problem', warning: 'Warning', info: 'Note' };
const count = (n: number) => n.toLocaleString('en-US');

function SecretlessChecks({ checks }: { checks: Check[] }) {
  return (
    <section className="diagnosis-part" aria-labelledby="secretless-heading">
      <h4 id="secretless-heading">Checks that need no secret</h4>
      {checks.length === 0 ? (
        <p className="message message-info">Nothing wrong is visible without the secret: the timestamp is whole seconds within
          the ±300 s window, the signature is 64 lowercase hex characters, and the body reads as JSON.</p>
      ) : (
        <ul className="checks">
          {checks.map((check) => (
            <li key={`${check.id}:${check.message}`} className={`message message-${check.severity}`} data-check={check.id}>
              <strong>{SEVERITY_WORDS[check.severity]}:</strong> {check.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function verdictText(verdict: boolean | 'not-json'): string {
  if (verdict === 'not-json') return 'cannot verify: the body is not JSON, so it is refused before the signature is checked';
  return verdict ? 'accepts the signature' : 'rejects the signature';
}

/** DESIGN.md §1: a server may verify the raw bytes or its own re-serialization; a request can pass one and fail the other. */
function ServerVerdicts({ verdicts }: { verdicts: Verdicts }) {
  const split = verdicts.raw !== (verdicts.reserialized === true);
  return (
    <section className="diagnosis-part" aria-labelledby="verdicts-heading">
      <h4 id="verdicts-heading">How a server would judge it</h4>
      <dl className="verdicts">
        <div className={verdicts.raw ? 'verdict-pass' : 'verdict-fail'}>
          <dt>Verifying the raw bytes received</dt>
          <dd>{verdictText(verdicts.raw)}</dd>
        </div>
        <div className={verdicts.reserialized === true ? 'verdict-pass' : 'verdict-fail'}>
          <dt>Verifying JSON.stringify(JSON.parse(body)), as an express.json() server does</dt>
          <dd>{verdictText(verdicts.reserialized)}</dd>
        </div>
      </dl>
      {split && <p className="hint">The two disagree: this request passes one kind of server and fails the other.</p>}
    </section>
  );
}

function Causes({ diagnosis }: { diagnosis: Diagnosis }) {
  const { causes } = diagnosis;
  const found = !['valid', 'unreproduced'].includes(causes[0]?.ids[0] ?? '');
  return (
    <section className="diagnosis-part" aria-labelledby="causes-heading">
      <h4 id="causes-heading">{causes.length > 1 ? `Causes, most likely first (${causes.length})` : found ? 'Cause' : 'Verdict'}</h4>
      <p className="hint">
        {count(diagnosis.hypothesesTried)} {diagnosis.hypothesesTried === 1 ? 'hypothesis' : 'hypotheses'} compared with the signature that was sent.
      </p>
      <ol className="causes">
        {causes.map((cause, rank) => (
          <li key={cause.ids.join(' ')}><CauseCard cause={cause} rank={rank} count={causes.length} /></li>
        ))}
      </ol>
    </section>
  );
}

function ServerDetails({ details }: { details: Record<string, unknown> }) {
  return (
    <details className="server-details">
      <summary>What the server said it verified</summary>
      <pre className="code">{JSON.stringify(details, null, 2)}</pre>
    </details>
  );
}

/** How long a search runs before its progress bar and Cancel button appear. */
export const SLOW_SEARCH_MS = 300;

function Progress() {
  const status = useDiagnosisStatus();
  const progress = useDiagnosisProgress();
  const slow = useShownAfter(status === 'running', SLOW_SEARCH_MS);
  const tried = count(progress?.tried ?? 0);
  if (status === 'running') {
    const percent = Math.round((progress?.fraction ?? 0) * 100);
    return (
      <div className="diagnosis-progress">
        <p role="status">Searching: {tried} hypotheses tried, now with {progress?.level ?? 0} mistake(s) at once…</p>
        {slow && <progress aria-label="Diagnosis progress" max={100} value={percent} aria-valuetext={`${percent}% of the planned hypotheses`} />}
      </div>
    );
  }
  if (status === 'cancelled') return <p role="status" className="message message-info">Cancelled after {tried} hypotheses. Nothing was concluded.</p>;
  return null;
}

/** The `Diagnosis` region: secretless checks, both server verdicts, then the ranked causes. */
export function DiagnosisResult() {
  const status = useDiagnosisStatus();
  const result = useDiagnosisResult();
  const failure = useDiagnosisFailure();
  const serverDetails = useServerDetails();
  return (
    <section className="diagnosis" aria-labelledby="diagnosis-heading" aria-busy={status === 'running'}>
      <h3 id="diagnosis-heading">Diagnosis</h3>
      {status === 'idle' && result === undefined && <p className="hint">Nothing diagnosed yet.</p>}
      <Progress />
      {status === 'failed' && failure !== undefined && <p role="alert" className="message message-error">{failure}</p>}
      {serverDetails !== undefined && <ServerDetails details={serverDetails} />}
      {result !== undefined && (
        <>
          <SecretlessChecks checks={result.checks} />
          {result.secretNeeded !== undefined && (
            <p className="message message-warning secret-needed">
              <strong>No API secret entered, so only these checks ran.</strong> {result.secretNeeded}
            </p>
          )}
          {result.verdicts !== undefined && <ServerVerdicts verdicts={result.verdicts} />}
          {result.causes.length > 0 && <Causes diagnosis={result} />}
        </>
      )}
    </section>
  );
}
