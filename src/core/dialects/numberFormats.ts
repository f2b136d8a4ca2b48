/**
 * How each serializer re-prints a number it parsed from JSON text (MISMATCHES.md §3.2/§3.3). A policy takes the
 * lexeme as received and returns the text that serializer writes, or `undefined` when the round trip fails.
 * Every float policy starts from the same shortest round-trip digits (ECMAScript's `toExponential()` with no
 * argument, which CPython's repr, PHP's mode-0 `serialize_precision=-1`, Go and JDK 19+ also produce) and differs
 * only in layout: where exponent notation starts, how the exponent is written, whether `.0` is kept.
 */

export type NumberPolicy = (lexeme: string) => string | undefined;

/** A lexeme with no fraction and no exponent: Python, PHP and Jackson read these as integers, not floats. */
function isIntegerLexeme(lexeme: string): boolean {
  return !/[.eE]/.test(lexeme);
}

const SMALL_CANONICAL_INTEGER = /^(?:0|-?[1-9]\d{0,14})$/;

/**
 * Whether every serializer here writes `lexeme` back as it is: an integer of at most 15 digits, no `-0`. Checked
 * before the BigInt round trip the integer paths make, which was most of their time on a body of many small numbers.
 */
export function isSmallCanonicalInteger(lexeme: string): boolean {
  return SMALL_CANONICAL_INTEGER.test(lexeme);
}

/** Shortest round-trip digits of |x| and the decimal exponent of the first digit (x = d.ddd × 10^exponent). */
function shortestDigits(x: number): { digits: string; exponent: number } {
  const [mantissa = '0', exponent = '0'] = Math.abs(x).toExponential().split('e');
  return { digits: mantissa.replace('.', ''), exponent: Number(exponent) };
}

/** Fixed notation of 0.digits × 10^decimalPoint; `zeroFraction` keeps a `.0` on whole numbers. */
function fixedNotation(digits: string, decimalPoint: number, zeroFraction: boolean): string {
  if (decimalPoint <= 0) return `0.${'0'.repeat(-decimalPoint)}${digits}`;
  if (decimalPoint >= digits.length) return digits + '0'.repeat(decimalPoint - digits.length) + (zeroFraction ? '.0' : '');
  return `${digits.slice(0, decimalPoint)}.${digits.slice(decimalPoint)}`;
}

function sign(x: number): string {
  return x < 0 || Object.is(x, -0) ? '-' : '';
}

/** JavaScript `JSON.stringify(JSON.parse(lexeme))`: ES Number::toString, `-0` prints `0`, overflow prints `null`. */
export const jsNumber: NumberPolicy = (lexeme) => {
  const x = Number(lexeme);
  if (!Number.isFinite(x)) return 'null';
  return Object.is(x, -0) ? '0' : String(x);
};

/**
 * Go `json.Marshal` of a float64 from `json.Unmarshal` into `any`. encoding/json's floatEncoder says it converts
 * "as if by ES6 number to string conversion", so this is JavaScript's except that `-0` keeps its sign (strconv
 * prints `-0`; not run here, M) and an overflowing lexeme fails to unmarshal into float64.
 */
export const goNumber: NumberPolicy = (lexeme) => {
  const x = Number(lexeme);
  if (!Number.isFinite(x)) return undefined;
  return Object.is(x, -0) ? '-0' : String(x);
};

/** CPython ≥ 3.11 refuses to convert integer strings longer than this (int_max_str_digits). */
const PYTHON_INT_MAX_DIGITS = 4300;

/**
 * Python `json.dumps(json.loads(lexeme))`: integers stay exact (`-0` → `0`); floats print as `float.__repr__`
 * (fixed notation with `.0` for 1e-4 ≤ |x| < 1e16, else `1e+16`, `1e-05`); overflow prints `Infinity`.
 * Verified against CPython 3.11.
 */
export const pythonNumber: NumberPolicy = (lexeme) => {
  if (isSmallCanonicalInteger(lexeme)) return lexeme;
  if (isIntegerLexeme(lexeme)) {
    if (lexeme.replace('-', '').length > PYTHON_INT_MAX_DIGITS) return undefined;
    return BigInt(lexeme).toString();
  }
  const x = Number(lexeme);
  if (!Number.isFinite(x)) return `${sign(x)}Infinity`;
  const { digits, exponent } = shortestDigits(x);
  const decimalPoint = exponent + 1;
  if (decimalPoint > -4 && decimalPoint <= 16) return sign(x) + fixedNotation(digits, decimalPoint, true);
  const fraction = digits.length > 1 ? `.${digits.slice(1)}` : '';
  const exponentText = String(Math.abs(exponent)).padStart(2, '0');
  return `${sign(x)}${digits[0]}${fraction}e${exponent < 0 ? '-' : '+'}${exponentText}`;
};

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/**
 * PHP 8 `json_encode(json_decode(lexeme))` with `serialize_precision = -1`: integers that fit in 64 bits stay
 * exact, larger ones become floats; floats print without `.0` in fixed notation for 1e-4 ≤ |x| < 1e17 and as
 * `1.0e+17` / `1.0e-5` beyond; infinity makes json_encode fail. Verified against PHP 8.2.
 */
export const phpNumber: NumberPolicy = (lexeme) => {
  if (isSmallCanonicalInteger(lexeme)) return lexeme;
  if (isIntegerLexeme(lexeme)) {
    const integer = BigInt(lexeme);
    if (integer >= INT64_MIN && integer <= INT64_MAX) return integer.toString();
  }
  const x = Number(lexeme);
  if (!Number.isFinite(x)) return undefined;
  const { digits, exponent } = shortestDigits(x);
  const decimalPoint = exponent + 1;
  if (decimalPoint >= -3 && decimalPoint <= 17) return sign(x) + fixedNotation(digits, decimalPoint, false);
  return `${sign(x)}${digits[0]}.${digits.slice(1) || '0'}e${exponent < 0 ? '-' : '+'}${Math.abs(exponent)}`;
};

/**
 * Java `Double.toString` as specified since JDK 19 (shortest digits; when one digit suffices, the closest
 * two-digit decimal, which differs from one digit only for subnormals: 5e-324 → `4.9E-324`). Fixed notation with
 * at least one fraction digit for 1e-3 ≤ |x| < 1e7, else `1.0E21`, `1.23456789E8`, `1.0E-5`. JDK ≤ 18 printed a
 * longer form for a few values (JDK-4511638).
 */
export function javaDoubleToString(x: number): string {
  if (x === 0) return `${sign(x)}0.0`;
  const { exponent, digits: shortest } = shortestDigits(x);
  let digits = shortest;
  if (digits.length === 1 && Math.abs(x) < 2.2250738585072014e-308) {
    // Subnormal: the closest two-digit decimal c × 10^(exponent-1) to x = m × 2^-1074, if it still reads back as x.
    const m = BigInt(Math.abs(x) / Number.MIN_VALUE);
    const numerator = m * 10n ** BigInt(1 - exponent);
    const denominator = 2n ** 1074n;
    const closest = (2n * numerator + denominator) / (2n * denominator);
    if (Number(`${closest}e${exponent - 1}`) === Math.abs(x)) digits = String(closest).replace(/0$/, '');
  }
  const magnitude = Math.abs(x);
  if (magnitude >= 1e-3 && magnitude < 1e7) return sign(x) + fixedNotation(digits, exponent + 1, true);
  return `${sign(x)}${digits[0]}.${digits.slice(1) || '0'}E${exponent}`;
}

/**
 * Jackson `readTree` then write: integers exact (`-0` → `0`, big ones as BigInteger), floats as `Double`
 * (Java `Double.toString`), and an overflow to infinity written as the string `"Infinity"`
 * (WRITE_NAN_AS_STRINGS is on by default). Verified with Jackson 2.18.2 on JDK 17.
 */
export const jacksonNumber: NumberPolicy = (lexeme) => {
  if (isSmallCanonicalInteger(lexeme)) return lexeme;
  if (isIntegerLexeme(lexeme)) return BigInt(lexeme).toString();
  const x = Number(lexeme);
  if (!Number.isFinite(x)) return `"${sign(x)}Infinity"`;
  return javaDoubleToString(x);
};

/** Serializers whose parsed tree keeps the number's text (.NET's `JsonNode`, M) write it back as is. */
export const lexemeNumber: NumberPolicy = (lexeme) => lexeme;

/** Gson's JsonReader gives up on a number that fills its 1024-character buffer and reads it as a string. */
const GSON_BUFFER = 1024;

/**
 * Gson `JsonParser` tree: the lexeme as received (`1.50`, `1e400`, `-0` all kept), except that one of 1024 or
 * more characters comes back quoted, as a string. Verified with Gson 2.11.0.
 */
export const gsonNumber: NumberPolicy = (lexeme) => (lexeme.length >= GSON_BUFFER ? `"${lexeme}"` : lexeme);
