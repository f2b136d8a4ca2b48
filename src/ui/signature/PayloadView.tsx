import { memo } from 'react';
import { payloadRuns } from '../../core/payloadView.ts';
import '../common/payloadParts.css';

/** Characters laid out and marked up; the rest of a long payload stays in the text but out of layout. */
const SHOWN_CHARACTERS = 4_000;

const LABELS: Record<string, string | undefined> = {
  escape: 'JSON \\u escape',
  nonAscii: 'non-ASCII',
  control: 'control character',
  lone: 'unpaired surrogate, sent as U+FFFD',
};

/**
 * The payload with its invisible characters made visible. Markers (·, →, ↵, CR) are drawn by CSS, not inserted as
 * text, so the element's text — what a reader copies, and what the tests read — is exactly the signed payload.
 *
 * Each part is coloured and underlined as the legend says (payloadParts.css). What changes often is kept out of the
 * drawn lines, because anything inside them makes the browser lay out and paint all of them again:
 * - the timestamp prefix (it changes every second) is a box of fixed size (`contain: strict`, as many `ch` as it has
 *   characters) placed over the indent of the body's first line; as a text node, or even as an inline-block, it
 *   repainted the 4,000 characters drawn at every tick (~20 ms in the built app);
 * - past those characters the body sits in a `hidden` span — still the element's text, never laid out — since laying
 *   out a megabyte of marked-up text froze the page; a CSS marker in a block of its own after the drawn lines says how
 *   much is not drawn (its count changes with every key typed past them; as a line under the box it pushed Signature
 *   off the first screen).
 */
export function PayloadView({ payload }: { payload: string }) {
  const dot = payload.indexOf('.');
  const prefix = dot >= 0 ? payload.slice(0, dot + 1) : payload;
  const body = dot >= 0 ? payload.slice(dot + 1) : '';
  return (
    <div className="payload-frame">
      <output className="payload" aria-label="Payload" aria-live="off" style={{ textIndent: `${prefix.length}ch` }}>
        <span className="payload-prefix" style={{ width: `${prefix.length}ch` }}>
          {dot >= 0 ? (
            <>
              <span className="part-timestamp" data-part="timestamp">{prefix.slice(0, dot)}</span>
              <span className="part-separator" data-part="separator">.</span>
            </>
          ) : (
            prefix
          )}
        </span>
        <span className="part-body" data-part="body">
          <MarkedBody shown={body.slice(0, SHOWN_CHARACTERS)} />
        </span>
        {body.length > SHOWN_CHARACTERS && (
          <span className="elided elided-tail" data-part="body" data-elided={(body.length - SHOWN_CHARACTERS).toLocaleString('en-US')}>
            <span hidden>{body.slice(SHOWN_CHARACTERS)}</span>
          </span>
        )}
      </output>
    </div>
  );
}

/** The drawn characters, marked up; memoized on their text, which typing past them leaves unchanged. */
const MarkedBody = memo(function MarkedBody({ shown }: { shown: string }) {
  return payloadRuns(shown, SHOWN_CHARACTERS).map((run, i) =>
    run.kind === 'text' ? (
      run.text
    ) : (
      <span key={i} className={`ws ws-${run.kind}`} title={LABELS[run.kind]}>
        {run.text}
      </span>
    ),
  );
});
