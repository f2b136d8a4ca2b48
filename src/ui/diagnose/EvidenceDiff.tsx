import type { DiffPart } from '../../core/diagnose.ts';
import { payloadRuns } from '../../core/payloadView.ts';

/** Text with its invisible characters marked the way the stepper marks them; the element's text stays exact. */
function VisibleText({ text }: { text: string }) {
  return payloadRuns(text, Number.POSITIVE_INFINITY).map((run, i) =>
    run.kind === 'text' ? run.text : <span key={i} className={`ws ws-${run.kind}`}>{run.text}</span>,
  );
}

/**
 * The payload as sent against the payload as signed, character by character: struck out is what was sent but not
 * signed, underlined is what was signed but not sent. Reading the unmarked and struck text gives the sent payload;
 * the unmarked and underlined text gives the signed one.
 */
export function EvidenceDiff({ parts }: { parts: DiffPart[] }) {
  return (
    <figure className="evidence">
      <figcaption>
        Payload as sent against payload as signed: <del>sent, not signed</del> <ins>signed, not sent</ins>
      </figcaption>
      <pre className="payload evidence-diff">
        {parts.map((part, i) =>
          part.added ? (
            <ins key={i}><VisibleText text={part.value} /></ins>
          ) : part.removed ? (
            <del key={i}><VisibleText text={part.value} /></del>
          ) : (
            <span key={i}><VisibleText text={part.value} /></span>
          ),
        )}
      </pre>
    </figure>
  );
}
