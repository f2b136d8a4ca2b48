/**
 * The mismatch diagnoser (DESIGN.md §5). Given a request as it was sent and the secret, it finds how what was
 * SIGNED differs from what was SENT by searching the product of six families of mistakes — key, timestamp,
 * framing, body, encoding, algorithm — fewest mistakes first, and reports every hypothesis of the first level
 * that reproduces the signature, ranked by likelihood. Level 0 is the documented computation (`valid`); nothing
 * up to three mistakes gives `unreproduced`, said honestly rather than guessed. Checks that need no secret run
 * always. The clock is passed in; the secret and its hash never appear in the result.
 */
import { parseJsonLossless } from './dialects/jsonValue.ts';
import { bodyChoices } from './diagnose/bodyChoices.ts';
import { rankCauses } from './diagnose/causes.ts';
import { requestChecks } from './diagnose/checks.ts';
import { framingChoices } from './diagnose/framings.ts';
import { keyChoices } from './diagnose/keyChoices.ts';
import { MAX_LEVEL, searchHypotheses } from './diagnose/search.ts';
import { readSignature } from './diagnose/signatureForms.ts';
import { timestampChoices } from './diagnose/timestampChoices.ts';
import type { Cause, Diagnosis, DiagnoseInput, DiagnoseOptions, Verdicts } from './diagnose/types.ts';
import { computeVerdicts } from './diagnose/verdicts.ts';

export type {
  CauseId, SentRequest, DiagnoseInput, DiagnoseOptions, Cause, Check, Diagnosis, DiffPart, Evidence, FixLanguage, Verdicts,
} from './diagnose/types.ts';
export { CAUSE_IDS } from './diagnose/types.ts';

const SECRET_NEEDED = 'With the API secret, the diagnoser recomputes the signature under thousands of hypotheses '
  + '(wrong key derivation, timestamp, payload framing, body serialization, output encoding, algorithm) and names the '
  + 'mistake that reproduces it, with a diff of what was signed against what was sent. The secret stays in this tab.';

function validCause(verdicts: Verdicts): Cause {
  const reserialized = verdicts.reserialized === false
    ? ' A server that verifies over JSON.stringify(JSON.parse(body)) (express.json()) would still reject it: that is a server-side bug.'
    : '';
  return {
    ids: ['valid'],
    sentence: `The signature is correct for this timestamp, body and secret: the server verifies it over the exact bytes received.${reserialized}`,
    fix: { language: 'any', code: '// Nothing to change in the signature.' },
  };
}

function unreproducedCause(tried: number, signedMistakes: number): Cause {
  const scope = signedMistakes < MAX_LEVEL
    ? `with up to ${MAX_LEVEL} mistakes (on a body this large, at most ${signedMistakes} besides the signature's encoding or hash)`
    : `with up to ${MAX_LEVEL} mistakes`;
  return {
    ids: ['unreproduced'],
    sentence: `None of ${tried.toLocaleString('en-US')} hypotheses ${scope} reproduces this signature. `
      + 'The most likely cause is a different secret: a rotated or old one, the test secret instead of the live one, or a '
      + 'secret copied incompletely. Otherwise the mistake is outside the catalogue; the diagnoser does not guess.',
    evidence: { note: 'No key, timestamp, framing, body, encoding or algorithm variant matched.' },
    fix: { language: 'any', code: '# Check that COEXT_API_SECRET is the sk_ secret issued with this API key (rotate it if unsure),\n# then sign timestamp + "." + the exact body bytes you send.' },
  };
}

/** Diagnoses why `input.request`'s signature does not verify. Rejects only with an AbortError on cancellation. */
export async function diagnose(input: DiagnoseInput, options: DiagnoseOptions = {}): Promise<Diagnosis> {
  const { request, secret } = input;
  const checks = requestChecks(request, input.nowSeconds, input.editorBody);
  if (secret === undefined || secret === '') {
    return { causes: [], checks, verdicts: undefined, hypothesesTried: 0, secretNeeded: SECRET_NEEDED };
  }
  const verdicts = await computeVerdicts(request, secret);
  const parsed = parseJsonLossless(request.body);
  const families = {
    keys: await keyChoices(secret, request.apiKey),
    timestamps: timestampChoices(request.timestamp),
    framings: framingChoices(),
    bodies: bodyChoices(request.body, parsed.ok ? parsed.value : undefined),
  };
  const { matches, tried, signedMistakes } = await searchHypotheses(families, readSignature(request.signature), options);
  const level = matches[0]?.level;
  const causes = level === undefined ? [unreproducedCause(tried, signedMistakes)]
    : level === 0 ? [validCause(verdicts)]
      : rankCauses(matches, request.timestamp.trim(), request.body);
  return { causes, checks, verdicts, hypothesesTried: tried };
}
