import { formatBytes } from '../../core/bodyChecks.ts';
import type { HttpResponse } from '../../state/httpClient.ts';
import { useResponseResult, useResponseStatus, useSentRequest } from '../../state/responseStore.ts';
import { ResponseBody } from './ResponseBody.tsx';
import './response.css';

/** What came back: status, time, size, headers and body — or, when nothing came back, why, in one sentence. */
export function ResponsePanel() {
  const status = useResponseStatus();
  const result = useResponseResult();
  const request = useSentRequest();

  return (
    <section className="panel response" aria-labelledby="response-heading">
      <h2 id="response-heading">Response</h2>
      {status === 'idle' && <p className="muted">Nothing sent yet.</p>}
      {status === 'sending' && <p className="muted">Waiting for the answer{request ? ` from ${request.method} ${request.path}` : ''}…</p>}
      {result && !result.ok && (
        <div className="response-failure">
          <p className="message message-error" role="alert">
            {result.error.message}
          </p>
          <p className="hint">No answer was received. Everything you entered is unchanged; fix the cause and send again.</p>
        </div>
      )}
      {result?.ok && <ResponseView response={result.response} />}
    </section>
  );
}

function ResponseView({ response }: { response: HttpResponse }) {
  const tone = response.status >= 200 && response.status < 300 ? 'ok' : response.status >= 400 ? 'error' : 'other';
  return (
    <>
      <p className="response-summary">
        <strong className={`http-status http-status-${tone}`}>
          {response.status} {response.statusText}
        </strong>
        <span>
          <span className="muted">Time </span>
          {response.durationMs.toLocaleString()} ms
        </span>
        <span>
          <span className="muted">Size </span>
          {formatBytes(response.sizeBytes)}
        </span>
      </p>
      <details className="response-headers">
        <summary>Headers ({response.headers.length})</summary>
        <dl aria-label="Response headers">
          {response.headers.map(([name, value], index) => (
            <div key={`${name}-${index}`} className="header-row">
              <dt>{name}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </details>
      <ResponseBody text={response.bodyText} />
    </>
  );
}
