import { describedBy, Field } from '../common/Field.tsx';
import { PASTED_FORMATS } from '../../core/pasted/parsePastedRequest.ts';
import {
  setPasteText, setSentField, useDiagnosisWarnings, useInputError, usePasteText, useSentField,
} from '../../state/diagnosisStore.ts';
import { ExactTextArea } from './ExactTextArea.tsx';
import { HarRequestSelect } from './HarRequestSelect.tsx';

const PLACEHOLDER = `curl -X POST 'https://…/api/v1/external/messages/text' \\
  -H 'X-API-Key: pk_live_…' -H 'X-Timestamp: 1764300000' -H 'X-API-Signature: 3f1c…' \\
  --data-binary '{"to":"+14155550100","message":"Hello"}'

or whatever your tools copy: curl for Windows cmd, PowerShell, fetch, a HAR file, curl -v output,
a raw HTTP request or one from a server log.`;

const HELP = `Paste ${PASTED_FORMATS.map((entry) => entry.name).join('; ')}. It is read as text, never run.`;

/** The failing request as pasted, in any format the diagnoser reads, with the parser's message beside it. */
export function PastedRequestInput() {
  const text = usePasteText();
  const error = useInputError();
  const warnings = useDiagnosisWarnings();
  const messages = [
    ...(error?.field === 'request' ? [{ text: error.message, tone: 'error' as const }] : []),
    ...warnings.map((warning) => ({ text: warning, tone: 'warning' as const })),
  ];
  return (
    <>
      <Field id="failing-request" label="Failing request" messages={messages}>
        <p className="hint" id="failing-request-help">{HELP}</p>
        <ExactTextArea
          id="failing-request"
          what="failing request"
          rows={8}
          value={text}
          onChange={setPasteText}
          placeholder={PLACEHOLDER}
          describedBy={describedBy('failing-request', messages.length)}
        />
      </Field>
      <HarRequestSelect text={text} />
    </>
  );
}

/** One header value as sent, on one line, with the input error that names it. */
function SentLineField({ name, id, label, placeholder }: { name: 'timestamp' | 'signature'; id: string; label: string; placeholder: string }) {
  const value = useSentField(name);
  const error = useInputError();
  const messages = error?.field === name ? [{ text: error.message, tone: 'error' as const }] : [];
  return (
    <Field id={id} label={label} messages={messages}>
      <input
        id={id}
        className="mono"
        value={value}
        spellCheck={false}
        autoComplete="off"
        placeholder={placeholder}
        aria-describedby={describedBy(id, messages.length)}
        onChange={(event) => setSentField(name, event.target.value)}
      />
    </Field>
  );
}

/** The three things a signature depends on besides the secret, typed or copied one by one. */
export function SentFieldsInput() {
  const body = useSentField('body');
  return (
    <div className="sent-fields">
      <SentLineField name="timestamp" id="sent-timestamp" label="Sent timestamp" placeholder="X-Timestamp, e.g. 1764300000" />
      <Field id="sent-body" label="Sent body">
        <ExactTextArea id="sent-body" what="sent body" rows={5} value={body} onChange={(value) => setSentField('body', value)}
          placeholder="The body exactly as sent (empty for none)" />
      </Field>
      <SentLineField name="signature" id="sent-signature" label="Sent signature" placeholder="X-API-Signature, 64 hex characters" />
    </div>
  );
}
