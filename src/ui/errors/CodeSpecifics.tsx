import { formatBytes } from '../../core/bodyChecks.ts';
import type { ApiError } from '../../core/errors.ts';
import { analyzeApiKey } from '../../core/keyProblems.ts';
import type { SentRequest } from '../../core/sentRequest.ts';
import { utf8ByteLength } from '../../core/text.ts';
import type { HttpResponse } from '../../state/httpClient.ts';
import { setAuthMode } from '../../state/requestStore.ts';
import { headerValue } from './headerValue.ts';
import { RateLimitExplanation } from './RateLimitExplanation.tsx';
import { SignatureExplanation } from './SignatureExplanation.tsx';
import { TimestampExplanation } from './TimestampExplanation.tsx';

export interface SpecificsProps {
  error: ApiError;
  response: HttpResponse | undefined;
  request: SentRequest;
}

/** What in the request that was sent most likely earned this code, computed from the values sent. */
export function CodeSpecifics({ error, response, request }: SpecificsProps) {
  const details = error.details;
  switch (error.code) {
    case 'INVALID_API_KEY': {
      const problem = analyzeApiKey(request.apiKey);
      return (
        <p data-key-problem={problem.kind}>
          {problem.message} {problem.fix}
        </p>
      );
    }
    case 'EXPIRED_API_KEY':
      return (
        <p>
          The key {request.apiKey} expired
          {typeof details?.expiresAt === 'string' ? ` on ${new Date(details.expiresAt).toLocaleString()} (${details.expiresAt})` : ''}.
        </p>
      );
    case 'IP_NOT_ALLOWED':
      return (
        <p>
          The server saw this request coming from <code>{typeof details?.callerIp === 'string' ? details.callerIp : 'an unknown address'}</code>,
          which is not on this key’s list of allowed IPs. Behind NAT, a VPN or a proxy, that is the address of the last hop, not this
          computer’s.
        </p>
      );
    case 'SIGNATURE_REQUIRED':
      return request.authMode === 'key-only' ? (
        <p>
          Authentication is set to “API key only”, so no X-Timestamp or X-API-Signature was sent, and this key requires them.{' '}
          <button type="button" onClick={() => setAuthMode('signed')}>
            Switch to API key + signature
          </button>
        </p>
      ) : (
        <p>The request carried neither X-Timestamp nor X-API-Signature, and this key requires them.</p>
      );
    case 'TIMESTAMP_EXPIRED':
      return <TimestampExplanation request={request} response={response} details={details} />;
    case 'INVALID_SIGNATURE':
      return <SignatureExplanation request={request} details={details} />;
    case 'RATE_LIMIT_EXCEEDED':
      return <RateLimitExplanation response={response} details={details} />;
    case 'INVALID_JSON':
    case 'VALIDATION_ERROR':
      return <FieldDetails error={error} />;
    case 'PAYLOAD_TOO_LARGE': {
      const sent = utf8ByteLength(request.body ?? '');
      const limit = typeof details?.limitBytes === 'number' ? details.limitBytes : undefined;
      return (
        <p>
          The body sent was {formatBytes(sent)} ({sent.toLocaleString()} bytes)
          {limit === undefined ? '' : `; this server accepts at most ${formatBytes(limit)} (${limit.toLocaleString()} bytes)`}.
        </p>
      );
    }
    case 'NOT_FOUND':
      return (
        <p>
          The request went to <code>{request.method} {request.baseUrl.replace(/\/+$/, '')}{request.path}</code>.{' '}
          {request.baseUrl.includes('/api/v1/external') ? '' : 'The base URL does not end in /api/v1/external.'}
        </p>
      );
    case 'METHOD_NOT_ALLOWED':
      return (
        <p>
          {request.method} was sent; the endpoint accepts {headerValue(response, 'allow') ?? 'another method'}.
        </p>
      );
    default:
      return <p>{error.message || 'No further detail was given.'}</p>;
  }
}

/** INVALID_JSON / VALIDATION_ERROR: each field or parser complaint on its own line. */
function FieldDetails({ error }: { error: ApiError }) {
  const entries = Object.entries(error.details ?? {});
  if (entries.length === 0) return <p>{error.message}</p>;
  return (
    <ul className="field-details" aria-label="Field problems">
      {entries.map(([field, problem]) => (
        <li key={field}>
          <code>{field === 'parser' ? 'JSON parser' : field}</code>: {typeof problem === 'string' ? problem : JSON.stringify(problem)}
        </li>
      ))}
    </ul>
  );
}
