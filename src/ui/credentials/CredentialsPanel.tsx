import { useMemo, useState } from 'react';
import { checkCredentials } from '../../core/credentialChecks.ts';
import { clearCredentials, setApiKey, setSecret, useApiKey, useSecret } from '../../state/credentialsStore.ts';
import { describedBy, Field } from '../common/Field.tsx';
import { SingleLineText } from '../common/SingleLineText.tsx';

/** API key and secret, held in memory only; the secret is masked unless revealed. One compact line of the top bar. */
export function CredentialsPanel() {
  const apiKey = useApiKey();
  const secret = useSecret();
  const [revealed, setRevealed] = useState(false);
  const warnings = useMemo(() => checkCredentials(apiKey, secret), [apiKey, secret]);
  const keyMessages = warnings.filter((w) => w.field === 'apiKey').map((w) => ({ text: w.message, tone: 'warning' as const }));
  const secretMessages = warnings.filter((w) => w.field === 'secret').map((w) => ({ text: w.message, tone: 'warning' as const }));

  return (
    <section className="credentials-bar" aria-labelledby="credentials-heading" aria-describedby="credentials-hint">
      <h2 id="credentials-heading" className="visually-hidden">Credentials</h2>
      <form className="credentials" autoComplete="off" onSubmit={(event) => event.preventDefault()}>
        <Field id="api-key" label="API key" messages={keyMessages}>
          <SingleLineText
            id="api-key"
            value={apiKey}
            placeholder="pk_live_…"
            describedBy={describedBy('api-key', keyMessages.length)}
            onChange={setApiKey}
          />
        </Field>
        <Field id="api-secret" label="API secret" messages={secretMessages}>
          <div className="input-with-button">
            <SingleLineText
              id="api-secret"
              value={secret}
              masked={!revealed}
              placeholder="sk_live_…"
              describedBy={describedBy('api-secret', secretMessages.length)}
              onChange={setSecret}
            />
            <button type="button" aria-pressed={revealed} onClick={() => setRevealed(!revealed)}>
              {revealed ? 'Hide secret' : 'Show secret'}
            </button>
          </div>
        </Field>
        <button
          type="button"
          className="danger"
          onClick={() => {
            clearCredentials();
            setRevealed(false);
          }}
          disabled={apiKey === '' && secret === ''}
        >
          Clear credentials
        </button>
      </form>
      <p className="hint credentials-hint" id="credentials-hint">
        Memory only: never stored, never in a link, never sent. The secret is only used to sign.
      </p>
    </section>
  );
}
