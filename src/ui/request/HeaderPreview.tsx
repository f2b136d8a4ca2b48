import { signedHeaders } from '../../core/requestModel.ts';
import { useApiKey } from '../../state/credentialsStore.ts';
import { useAuthMode } from '../../state/requestStore.ts';
import { useSignatureSteps, useSignedTimestamp } from '../../state/signatureStore.ts';
import '../common/payloadParts.css';

/** Exactly the headers that `Send` will put on the wire, with the values they will have. */
export function HeaderPreview() {
  const apiKey = useApiKey();
  const authMode = useAuthMode();
  const steps = useSignatureSteps();
  const timestamp = useSignedTimestamp();
  const headers = signedHeaders(apiKey, timestamp.ok ? String(timestamp.value) : '', steps?.signature.output ?? '');
  const shown = Object.entries(headers).filter(([name]) => authMode === 'signed' || !/^X-(Timestamp|API-Signature)$/.test(name));
  return (
    <figure className="header-preview">
      <figcaption>Headers sent</figcaption>
      <dl aria-label="Headers sent">
        {shown.map(([name, value]) => (
          <div key={name} className="header-row">
            <dt>{name}</dt>
            <dd>
              {value === '' ? (
                <span className="muted">(empty)</span>
              ) : name === 'X-Timestamp' ? (
                // The same colour and underline as the timestamp at the head of the payload: it is the same value.
                <span className="part-timestamp" data-part="timestamp">
                  {value}
                </span>
              ) : (
                value
              )}
            </dd>
          </div>
        ))}
      </dl>
    </figure>
  );
}
