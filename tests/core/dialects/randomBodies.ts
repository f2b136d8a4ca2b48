// Random JSON bodies for the cross-checks, reproducible by seed: strings mix ASCII, the characters dialects escape
// differently, non-ASCII, astral and lone surrogates; numbers are arbitrary valid lexemes, not only what
// JSON.stringify would print; keys repeat often enough to exercise duplicate handling.
import fc from 'fast-check';

const SPECIAL = ['"', '\\', '/', '<', '>', '&', "'", '=', '+', '`', '\u007f', '\u2028', '\u2029', '\b', '\f', '\n', '\r', '\t', '\u0000', '\u001f'];

export const stringUnit = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('a', 'b', 'Z', ' ', '0') },
  { weight: 3, arbitrary: fc.constantFrom(...SPECIAL) },
  { weight: 2, arbitrary: fc.constantFrom('é', 'ж', '☕', '\ufeff', '\uffff', '😀', '𝄞') },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)) },
  { weight: 1, arbitrary: fc.integer({ min: 0x10000, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp)) },
);

/** Valid JSON number lexemes, kept within double range so every dialect has a finite value to print. */
export const numberLexeme = fc
  .tuple(
    fc.boolean(),
    fc.oneof(fc.constant('0'), fc.bigInt({ min: 1n, max: 10n ** 25n }).map(String)),
    fc.option(fc.stringMatching(/^[0-9]{1,8}$/), { nil: undefined }),
    fc.option(fc.tuple(fc.constantFrom('e', 'E'), fc.constantFrom('', '+', '-'), fc.integer({ min: 0, max: 280 })), { nil: undefined }),
  )
  .map(([negative, integer, fraction, exponent]) =>
    `${negative ? '-' : ''}${integer}${fraction === undefined ? '' : `.${fraction}`}${exponent === undefined ? '' : exponent[0] + exponent[1] + exponent[2]}`);

const key = fc.oneof(fc.constantFrom('a', 'b', '1', '10', '2', ''), fc.string({ unit: stringUnit, maxLength: 6 }));
const str = fc.string({ unit: stringUnit, maxLength: 12 }).map((value) => JSON.stringify(value));

/** JSON text (compact, as JSON.stringify would lay it out) built from the pieces above. */
export const jsonBody: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('null', 'true', 'false'),
    numberLexeme,
    str,
    fc.array(tie('value'), { maxLength: 5 }).map((items) => `[${items.join(',')}]`),
    fc.array(fc.tuple(key, tie('value')), { maxLength: 5 })
      .map((members) => `{${members.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`),
  ),
})).value;

/** `count` bodies from a fixed seed, so a failure names a body that can be re-run. */
export function randomBodies(count: number, seed: number): string[] {
  return fc.sample(jsonBody, { numRuns: count, seed });
}
