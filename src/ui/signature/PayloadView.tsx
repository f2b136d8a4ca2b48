import { memo } from 'react';
import { payloadRuns } from '../../core/payloadView.ts';

const RICH_LIMIT = 20_000;

const LABELS: Record<string, string | undefined> = {
  escape: 'JSON \\u escape',
  nonAscii: 'non-ASCII',
  control: 'control character',
  lone: 'unpaired surrogate, sent as U+FFFD',
};

/**
 * The payload with its invisible characters made visible. Markers (·, →, ↵, ␍) are drawn by CSS, not inserted as
 * text, so the element's text — what a reader copies, and what the tests read — is exactly the signed payload.
 * Past the first 20,000 characters the rest is plain text: a 1 MB payload must not become a million spans.
 */
export const PayloadView = memo(function PayloadView({ payload }: { payload: string }) {
  const runs = payloadRuns(payload, RICH_LIMIT);
  return (
    <output className="payload" aria-label="Payload" aria-live="off">
      {runs.map((run, i) =>
        run.kind === 'text' ? (
          run.text
        ) : (
          <span key={i} className={`ws ws-${run.kind}`} title={LABELS[run.kind]}>
            {run.text}
          </span>
        ),
      )}
      {payload.length > RICH_LIMIT ? payload.slice(RICH_LIMIT) : null}
    </output>
  );
});
