import { lazy, Suspense } from 'react';

// The generators are only needed once the panel is looked at: they load after the first paint, in their own chunk.
const SnippetsPanel = lazy(() => import('./SnippetsPanel.tsx'));

/** The Code snippets panel, with a placeholder of the same region while its chunk loads. */
export function LazySnippetsPanel() {
  return (
    <Suspense
      fallback={
        <section className="panel snippets" aria-labelledby="snippets-heading">
          <h2 id="snippets-heading">Code snippets</h2>
          <p className="muted">Loading the code generators…</p>
        </section>
      }
    >
      <SnippetsPanel />
    </Suspense>
  );
}
