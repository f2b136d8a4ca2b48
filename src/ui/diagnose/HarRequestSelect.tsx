import { useMemo } from 'react';
import { harChoices } from '../../core/pasted/har.ts';
import { setHarChoice, useHarChoice } from '../../state/diagnosisStore.ts';
import { Field } from '../common/Field.tsx';

/**
 * When the pasted text is a HAR file holding several requests signed with X-API-Signature, the person picks the one
 * that failed; Diagnose asks for a choice until then rather than guessing.
 */
export function HarRequestSelect({ text }: { text: string }) {
  const choices = useMemo(() => harChoices(text), [text]);
  const choice = useHarChoice();
  if (choices.length < 2) return null;
  return (
    <Field id="har-request" label="Request in the HAR file">
      <select
        id="har-request"
        value={choice === undefined ? '' : String(choice)}
        onChange={(event) => setHarChoice(event.target.value === '' ? undefined : Number(event.target.value))}
      >
        <option value="">Choose one of {choices.length} signed requests…</option>
        {choices.map((entry) => <option key={entry.index} value={entry.index}>{entry.label}</option>)}
      </select>
    </Field>
  );
}
