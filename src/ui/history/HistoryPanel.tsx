import { useState } from 'react';
import { clearHistory, type HistoryEntry, restoreFromHistory, useHistory } from '../../state/historyStore.ts';
import './history.css';

/** Every request sent from this tab, newest first, each one click from being back in the editor. Memory only. */
export function HistoryPanel() {
  const entries = useHistory();
  const [restored, setRestored] = useState<string | undefined>(undefined);

  const restore = (entry: HistoryEntry) => {
    if (restoreFromHistory(entry.id)) setRestored(`Restored ${entry.method} ${entry.path} sent at ${clockTime(entry.sentAt)}.`);
  };

  return (
    <section className="panel history" aria-labelledby="history-heading">
      <div className="history-header">
        <h2 id="history-heading">History</h2>
        <button
          type="button"
          onClick={() => {
            clearHistory();
            setRestored(undefined);
          }}
          disabled={entries.length === 0}
        >
          Clear history
        </button>
      </div>
      <p className="hint">Requests sent from this tab, newest first. Kept in memory only: a reload forgets them.</p>
      {entries.length === 0 ? (
        <p className="muted">No requests sent yet.</p>
      ) : (
        <ol className="history-list">
          {entries.map((entry) => (
            <li key={entry.id} className="history-entry">
              <span className="history-method">{entry.method}</span>
              <span className="history-path" id={`history-${entry.id}`}>{entry.path}</span>
              <span className={entry.status !== null && entry.status < 400 ? 'history-status ok' : 'history-status failed'}>
                {statusText(entry)}
              </span>
              <time dateTime={new Date(entry.sentAt).toISOString()}>{clockTime(entry.sentAt)}</time>
              <span className="history-duration">{entry.durationMs === null ? '—' : `${Math.round(entry.durationMs)} ms`}</span>
              <button type="button" aria-describedby={`history-${entry.id}`} onClick={() => restore(entry)}>
                Restore
              </button>
            </li>
          ))}
        </ol>
      )}
      <p className="hint" role="status">{restored}</p>
    </section>
  );
}

function statusText(entry: HistoryEntry): string {
  if (entry.status !== null) return String(entry.status);
  return entry.failure ? `No answer: ${entry.failure}` : 'No answer';
}

function clockTime(ms: number): string {
  return new Date(ms).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}
