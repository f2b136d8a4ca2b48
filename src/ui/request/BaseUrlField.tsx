import { baseUrlWarnings } from '../../core/baseUrl.ts';
import { effectiveBaseUrl, setBaseUrl, useBaseUrl } from '../../state/settingsStore.ts';
import { describedBy, Field } from '../common/Field.tsx';

/** Where requests go. Empty means the sandbox served by this very page's server. */
export function BaseUrlField() {
  const baseUrl = useBaseUrl();
  const sandboxUrl = effectiveBaseUrl('', window.location.origin);
  const messages = baseUrlWarnings(baseUrl, window.location.origin);
  return (
    <Field id="base-url" label="Base URL" messages={messages}>
      <input
        id="base-url"
        type="url"
        value={baseUrl}
        placeholder={`${sandboxUrl} (built-in sandbox)`}
        spellCheck={false}
        aria-describedby={describedBy('base-url', messages.length)}
        onChange={(event) => setBaseUrl(event.target.value)}
      />
    </Field>
  );
}
