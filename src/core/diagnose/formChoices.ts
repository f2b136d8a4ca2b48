/**
 * Body choices for a form sent where JSON was signed (MISMATCHES.md A11, issue 17 §3): the client serialized its data
 * as JSON to sign it, then gave the data itself to the HTTP library, which sent a form — PHP `CURLOPT_POSTFIELDS`
 * with an array (multipart/form-data), `http_build_query` or Python `requests.post(data=dict)` (urlencoded). The
 * fields are decoded and written back as JSON by the serializers such a client signs with.
 */
import { utf8 } from '../encoding.ts';
import { dialectById, type DialectId } from '../dialects/dialects.ts';
import {
  describeFields, formFieldsToJson, parseMultipartForm, parseUrlencodedForm, type FieldTyping, type FormFields,
} from '../dialects/formBody.ts';
import type { BodyChoice } from './choices.ts';
import type { CauseId } from './types.ts';

const SIGNERS: ReadonlyArray<{ dialect: DialectId; prior: number }> = [
  { dialect: 'php-default', prior: 7 },
  { dialect: 'python-default', prior: 7.1 },
  { dialect: 'js', prior: 7.2 },
  { dialect: 'php-unescaped-both', prior: 7.3 },
  { dialect: 'python-compact', prior: 7.4 },
];
const TYPINGS: ReadonlyArray<{ typing: FieldTyping; words: string; prior: number }> = [
  { typing: 'scalars', words: 'numbers and booleans as such', prior: 0 },
  { typing: 'strings', words: 'every value a string', prior: 0.05 },
];

function choices(id: CauseId, what: string, fields: FormFields): BodyChoice[] {
  const sentDecoded = `The sent body is ${what}; decoded, its fields are: ${describeFields(fields)}.`;
  return TYPINGS.flatMap(({ typing, words, prior }) => SIGNERS.flatMap(({ dialect, prior: signerPrior }) => {
    const text = dialectById(dialect).serialize(formFieldsToJson(fields, typing));
    if (text === undefined) return [];
    const label = `the form's fields as JSON (${dialectById(dialect).label}, ${words})`;
    return [{ ids: [id], deviations: 1, prior: signerPrior + prior, label, bytes: utf8(text), text, sentDecoded }];
  }));
}

/** What a client that sent this form may have signed; nothing when the body is no form. */
export function formChoices(sent: string): BodyChoice[] {
  const multipart = parseMultipartForm(sent);
  if (multipart !== undefined && multipart.length > 0) return choices('body.multipart', 'multipart/form-data', multipart);
  const urlencoded = parseUrlencodedForm(sent);
  if (urlencoded !== undefined) return choices('body.form-urlencoded', 'application/x-www-form-urlencoded', urlencoded);
  return [];
}
