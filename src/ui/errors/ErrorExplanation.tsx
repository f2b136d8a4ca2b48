import type { ReactNode } from 'react';
import { type ApiError, lookupError, parseApiError } from '../../core/errors.ts';
import type { SentRequest } from '../../core/sentRequest.ts';
import type { HttpResponse } from '../../state/httpClient.ts';
import { useResponseResult, useSentRequest } from '../../state/responseStore.ts';
import { CodeSpecifics } from './CodeSpecifics.tsx';
import './errors.css';

/**
 * For any non-2xx answer (and any refusal by the local proxy): the documented meaning of the code, what in the
 * request that was sent most likely caused it, and the fix. An unknown code is shown raw and called unknown.
 */
export function ErrorExplanation() {
  const result = useResponseResult();
  const request = useSentRequest();
  if (!result || !request) return null;
  if (result.ok) {
    const { response } = result;
    if (response.status >= 200 && response.status < 300) return null;
    return (
      <Region>
        <Explanation error={parseApiError(response.bodyText)} response={response} request={request} />
      </Region>
    );
  }
  if (!result.error.code) return null;
  return (
    <Region>
      <Explanation error={{ code: result.error.code, message: result.error.message }} response={undefined} request={request} />
    </Region>
  );
}

function Region({ children }: { children: ReactNode }) {
  return (
    <section className="panel error-explanation" aria-labelledby="error-explanation-heading">
      <h2 id="error-explanation-heading">Error explanation</h2>
      {children}
    </section>
  );
}

interface ExplanationProps {
  error: ApiError | undefined;
  response: HttpResponse | undefined;
  request: SentRequest;
}

function Explanation({ error, response, request }: ExplanationProps) {
  if (!error) {
    return (
      <>
        <p>
          HTTP {response?.status} came without the documented error body (<code>{'{"success":false,"error":{…}}'}</code>), so there is
          no error code to explain. The server’s answer, as received:
        </p>
        <pre className="code raw-error">{response?.bodyText === '' ? '(empty body)' : response?.bodyText}</pre>
      </>
    );
  }
  const entry = lookupError(error.code);
  if (!entry) {
    return (
      <>
        <p>
          <code className="error-code">{error.code}</code> is an <strong>unknown error code</strong>: it is not in the documented
          catalogue, so it is shown as received, without an explanation.
        </p>
        <pre className="code raw-error">{JSON.stringify(error, null, 2)}</pre>
      </>
    );
  }
  return (
    <>
      <p className="error-title">
        <code className="error-code">{entry.code}</code> — {entry.title} (HTTP {entry.status})
      </p>
      {error.message && <p className="server-message">Server: “{error.message}”</p>}
      <h3>What it means</h3>
      <p>{entry.cause}</p>
      <h3>In this request</h3>
      <CodeSpecifics error={error} response={response} request={request} />
      <h3>Fix</h3>
      <p>{entry.fix}</p>
    </>
  );
}
