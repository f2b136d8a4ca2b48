import { lazy, Suspense } from 'react';
import { setBody, useBody, useRequestStore } from '../../state/requestStore.ts';
import { BodyFindings } from './BodyFindings.tsx';
import { bodyShape } from './bodyShape.ts';
import { ExactBodyNotice } from './ExactBodyNotice.tsx';
import { pasteCarriesCarriageReturn, spliceBody } from './exactPaste.ts';
import '../common/payloadParts.css';

// Monaco is a few megabytes: it loads after the first paint, in its own chunk, while a plain textarea stands in.
const MonacoBodyEditor = lazy(() => import('./MonacoBodyEditor.tsx'));

/** The request body: Monaco once loaded, a plain textarea until then. Both edit the same store value verbatim. */
export function BodyEditor() {
  // A boolean selector: the editor around Monaco re-renders when CRs come or go, not on every key.
  const hasCarriageReturn = useRequestStore((state) => bodyShape(state.body).hasCarriageReturn);
  return (
    // Framed in the body's part colour, and its label underlined as the body is in the payload: the same text.
    <div className="body-editor part-framed">
      <div className="body-editor-label" id="body-label">
        <span className="part-body" data-part="body">
          Body
        </span>
      </div>
      {hasCarriageReturn && <ExactBodyNotice />}
      <Suspense fallback={<PlainBodyEditor />}>
        <MonacoBodyEditor readOnly={hasCarriageReturn} />
      </Suspense>
      <BodyFindings />
    </div>
  );
}

export function PlainBodyEditor() {
  const body = useBody();
  const readOnly = body.includes('\r');
  return (
    <textarea
      className="plain-body-editor"
      aria-label="Request body"
      value={body}
      readOnly={readOnly}
      spellCheck={false}
      onPaste={(event) => {
        const text = pasteCarriesCarriageReturn(event);
        if (text === undefined || readOnly) return;
        event.preventDefault();
        spliceBody(event.currentTarget.selectionStart, event.currentTarget.selectionEnd, text);
      }}
      onChange={(event) => setBody(event.target.value)}
    />
  );
}
