import { useEffect, useMemo, useState } from 'react';
import { checkCredentials } from '../../core/credentialChecks.ts';
import {
  comparePayloadDigest,
  comparePayloadText,
  type DigestComparison,
  readPayloadEcho,
} from '../../core/payloadComparison.ts';
import type { SentRequest } from '../../core/sentRequest.ts';
import { useCredentialsStore } from '../../state/credentialsStore.ts';
import { setPendingDiagnosis } from '../../state/diagnosisInbox.ts';
import { PayloadDiff } from './PayloadDiff.tsx';

interface Props {
  request: SentRequest;
  details: Record<string, unknown> | undefined;
}

const SAME_PAYLOAD =
  'The server built exactly the payload that was signed, so the payload is not the problem: the key is. The secret used to sign is not the one the server holds for this API key (a typo, stray whitespace, another environment’s secret, or a rotated secret).';

/** INVALID_SIGNATURE: why the header check failed, or the server's payload against the local one. */
export function SignatureExplanation({ request, details }: Props) {
  const reason = typeof details?.reason === 'string' ? details.reason : 'mismatch';
  const analyze = (
    <button type="button" onClick={() => setPendingDiagnosis(request, details)}>
      Analyze this failure
    </button>
  );
  if (reason === 'missing-timestamp' || reason === 'missing-signature') {
    const missing = reason === 'missing-timestamp' ? 'X-Timestamp' : 'X-API-Signature';
    return <p>The {missing} header was missing: a signed request needs both X-Timestamp and X-API-Signature.</p>;
  }
  if (reason === 'malformed-signature') {
    return (
      <p>
        The X-API-Signature sent is malformed ({String(details?.received ?? 'not 64 lowercase hex characters')}); it must be{' '}
        {String(details?.expectedFormat ?? '64 lowercase hex characters')}.
      </p>
    );
  }
  return (
    <>
      {details?.verification === 'reserialized' && (
        <p>
          This server verifies over <code>JSON.stringify(JSON.parse(body))</code>, not the bytes received: any other JSON layout fails
          even when the bytes are signed exactly.
        </p>
      )}
      <PayloadVerdict request={request} details={details} />
      <SecretHints />
      {analyze}
    </>
  );
}

function PayloadVerdict({ request, details }: Props) {
  const echo = useMemo(() => readPayloadEcho(details), [details]);
  const local = request.payload ?? '';
  if (echo.kind === 'none') return <p>The server did not echo the payload it verified, so only the diagnoser can narrow this down.</p>;
  if (echo.kind === 'digest') return <DigestVerdict local={local} length={echo.length} sha256={echo.sha256} />;
  const comparison = comparePayloadText(local, echo.payload);
  if (comparison.identical) return <p data-payload-verdict="identical">{SAME_PAYLOAD}</p>;
  return (
    <>
      <p data-payload-verdict="different">
        The server verified a different payload from the one signed here: the first difference is at character{' '}
        {(comparison.firstDifference ?? 0) + 1}. Struck out: only in what was signed here; underlined: only in what the server built.
      </p>
      <PayloadDiff parts={comparison.parts} />
    </>
  );
}

/** A long payload is echoed as its length and SHA-256; those are compared with the local payload's. */
function DigestVerdict({ local, length, sha256 }: { local: string; length: number; sha256: string }) {
  const [comparison, setComparison] = useState<DigestComparison | undefined>(undefined);
  useEffect(() => {
    let current = true;
    void comparePayloadDigest(local, { length, sha256 }).then((result) => current && setComparison(result));
    return () => {
      current = false;
    };
  }, [local, length, sha256]);
  if (!comparison) return <p className="muted">Comparing the payload’s SHA-256 with the server’s…</p>;
  return (
    <>
      <dl className="facts" aria-label="Payload digests">
        <dt>Signed here</dt>
        <dd>{comparison.localLength.toLocaleString()} bytes, SHA-256 {comparison.localSha256}</dd>
        <dt>Server built</dt>
        <dd>{comparison.serverLength.toLocaleString()} bytes, SHA-256 {comparison.serverSha256}</dd>
      </dl>
      {comparison.identical ? (
        <p data-payload-verdict="identical">{SAME_PAYLOAD}</p>
      ) : (
        <p data-payload-verdict="different">
          The server verified a different payload ({comparison.localLength === comparison.serverLength ? 'same length, other bytes' : `${comparison.serverLength - comparison.localLength > 0 ? '+' : ''}${comparison.serverLength - comparison.localLength} bytes`}).
        </p>
      )}
    </>
  );
}

/** What looks wrong with the secret as typed now (it is never shown). */
function SecretHints() {
  const apiKey = useCredentialsStore((state) => state.apiKey);
  const secret = useCredentialsStore((state) => state.secret);
  const hints = checkCredentials(apiKey, secret).filter((warning) => warning.field === 'secret');
  if (hints.length === 0) return null;
  return (
    <ul className="field-details" aria-label="Secret problems">
      {hints.map((hint) => (
        <li key={hint.message}>{hint.message}</li>
      ))}
    </ul>
  );
}
