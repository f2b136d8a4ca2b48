import { lazy, Suspense } from 'react';
import { setBody, useBody } from '../../state/requestStore.ts';
import { BodyFindings } from './BodyFindings.tsx';

// Monaco is a few megabytes: it loads after the first paint, in its own chunk, while a plain textarea stands in.
const MonacoBodyEditor = lazy(() => import('./MonacoBodyEditor.tsx'));

/** The request body: Monaco once loaded, a plain textarea until then. Both edit the same store value verbatim. */
export function BodyEditor() {
  return (
    <div className="body-editor">
      <Suspense fallback={<PlainBodyEditor />}>
        <MonacoBodyEditor />
      </Suspense>
      <BodyFindings />
    </div>
  );
}

export function PlainBodyEditor() {
  const body = useBody();
  return (
    <textarea
      className="plain-body-editor"
      aria-label="Request body"
      value={body}
      spellCheck={false}
      onChange={(event) => setBody(event.target.value)}
    />
  );
}
