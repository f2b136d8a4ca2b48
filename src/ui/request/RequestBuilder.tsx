import { endpointFor, ENDPOINTS, methodHasBody } from '../../core/requestModel.ts';
import {
  type AuthMode,
  selectEndpoint,
  setAuthMode,
  setEmptyBody,
  useAuthMode,
  useEmptyBody,
  useMethod,
  usePath,
} from '../../state/requestStore.ts';

/**
 * Endpoint catalogue and the two signing conventions the guide leaves open. Method, path and base URL are on the
 * request line (workspace/RequestLine.tsx).
 */
export function RequestBuilder() {
  const method = useMethod();
  const path = usePath();
  const authMode = useAuthMode();
  const emptyBody = useEmptyBody();
  const endpoint = endpointFor(method, path);

  return (
    <div className="request-builder">
      <div className="field request-endpoint">
        <label htmlFor="endpoint">Endpoint</label>
        <select id="endpoint" value={endpoint?.id ?? 'custom'} onChange={(event) => selectEndpoint(event.target.value)}>
          {ENDPOINTS.map((e) => (
            <option key={e.id} value={e.id}>
              {e.method} {e.path} — {e.summary}
            </option>
          ))}
          <option value="custom" disabled>
            Custom request
          </option>
        </select>
      </div>
      <div className="method-path">
        <div className="field">
          <label htmlFor="auth-mode">Authentication</label>
          <select id="auth-mode" value={authMode} onChange={(event) => setAuthMode(event.target.value as AuthMode)}>
            <option value="signed">API key + signature</option>
            <option value="key-only">API key only</option>
          </select>
        </div>
        {!methodHasBody(method) && (
          <div className="field">
            <label htmlFor="empty-body">Empty body signs</label>
            <select
              id="empty-body"
              value={emptyBody}
              onChange={(event) => setEmptyBody(event.target.value === 'object' ? 'object' : 'empty')}
            >
              <option value="empty">"" (payload "ts.")</option>
              <option value="object">"{'{}'}" (payload "ts.{'{}'}")</option>
            </select>
          </div>
        )}
      </div>
      {!methodHasBody(method) && (
        <p className="hint">
          The guide does not say what a body-less {method} signs. The request is sent without a body; pick the convention
          your server uses.
        </p>
      )}
    </div>
  );
}
