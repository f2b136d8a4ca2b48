import { setKeepDraft, useKeepDraft } from '../../state/settingsStore.ts';

/** Whether the request being edited outlives the tab. Turning it off forgets what was kept, at once. */
export function DraftSettings() {
  const keep = useKeepDraft();
  return (
    <section className="panel" aria-labelledby="draft-settings-heading">
      <h2 id="draft-settings-heading">Request draft</h2>
      <label className="switch">
        <input
          type="checkbox"
          role="switch"
          checked={keep}
          aria-describedby="draft-settings-hint"
          onChange={(event) => setKeepDraft(event.target.checked)}
        />
        Keep the request between visits
      </label>
      <p id="draft-settings-hint" className="hint">
        Method, path, base URL, authentication, pinned timestamp and body, in this browser only. Never the API key or
        the secret.
      </p>
    </section>
  );
}
