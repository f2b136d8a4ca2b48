/**
 * The key family: what the client used as the HMAC key instead of the 64 ASCII characters of hex(SHA-256(secret))
 * (MISMATCHES.md §2D). Labels describe each key in words and never contain the secret or its hash.
 */
import { toHex, utf8 } from '../encoding.ts';
import { digest } from '../webCrypto.ts';
import { bigIntegerHex, javaPerByteHex } from './signatureForms.ts';
import { DOCUMENTED, type KeyChoice } from './choices.ts';

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return toHex(await digest('SHA-256', bytes));
}

/** Every key choice, the documented key first, duplicates (same bytes, same use) removed. */
export async function keyChoices(secret: string, apiKey?: string): Promise<KeyChoice[]> {
  const hashBytes = await digest('SHA-256', utf8(secret));
  const hex = toHex(hashBytes);
  const key = (ids: KeyChoice['ids'], prior: number, label: string, bytes: Uint8Array<ArrayBuffer>, deviations = 1): KeyChoice =>
    ({ ids, deviations, prior, label, bytes, swapped: false });
  const choices: KeyChoice[] = [
    { ...DOCUMENTED, ids: [], label: 'the 64-character hex SHA-256 of the secret', bytes: utf8(hex), swapped: false },
    key(['key.raw-secret'], 1, 'the secret itself, not its SHA-256 hex', utf8(secret)),
    key(['key.binary-hash'], 2, 'the 32 raw bytes of SHA-256(secret), not their 64-character hex', hashBytes),
    key(['key.uppercase-hash'], 3, 'the SHA-256 hex of the secret in UPPERCASE', utf8(hex.toUpperCase())),
    key(['key.hex-leading-zeros'], 4, 'the SHA-256 hex with a zero dropped from each byte below 0x10 (Java Integer.toHexString)', utf8(javaPerByteHex(hashBytes))),
    key(['key.hex-leading-zeros'], 4, 'the SHA-256 hex with its leading zeros dropped (Java BigInteger.toString(16))', utf8(bigIntegerHex(hashBytes))),
    key(['key.secret-whitespace'], 2, 'the SHA-256 hex of the secret followed by a newline ("\\n")', utf8(await sha256Hex(utf8(`${secret}\n`)))),
    key(['key.secret-whitespace'], 3, 'the SHA-256 hex of the secret followed by CR LF', utf8(await sha256Hex(utf8(`${secret}\r\n`)))),
    key(['key.sha256sum-suffix'], 3, 'the sha256sum output, hex followed by "  -"', utf8(`${hex}  -`)),
    key(['key.sha256sum-suffix'], 4, 'the openssl output, "(stdin)= " followed by the hex', utf8(`(stdin)= ${hex}`)),
    key(['key.sha256sum-suffix'], 4, 'the OpenSSL 3 output, "SHA2-256(stdin)= " followed by the hex', utf8(`SHA2-256(stdin)= ${hex}`)),
    key(['key.sha256sum-suffix'], 5, 'the openssl -r output, hex followed by " *stdin"', utf8(`${hex} *stdin`)),
    key(['key.secret-whitespace', 'key.sha256sum-suffix'], 3, 'the output of `echo "$SECRET" | sha256sum`: the hash of the secret plus "\\n", followed by "  -"',
      utf8(`${await sha256Hex(utf8(`${secret}\n`))}  -`), 2),
    key(['key.double-hash'], 4, 'the SHA-256 hex of the SHA-256 hex (the secret hashed twice)', utf8(await sha256Hex(utf8(hex)))),
    key(['key.double-hash'], 5, 'the SHA-256 hex of the raw SHA-256 bytes (the secret hashed twice)', utf8(await sha256Hex(hashBytes))),
    { ...key(['key.swapped'], 3, 'the payload, with the hashed secret as the message (arguments swapped)', utf8(hex)), swapped: true },
  ];
  const trimmed = secret.trim();
  if (trimmed !== secret) {
    choices.push(key(['key.secret-whitespace'], 2, 'the SHA-256 hex of the secret without its surrounding whitespace', utf8(await sha256Hex(utf8(trimmed)))));
  }
  if (apiKey !== undefined && apiKey !== '' && apiKey !== secret) {
    choices.push(key(['key.api-key-as-secret'], 2, 'the SHA-256 hex of the API key (pk_…) instead of the secret', utf8(await sha256Hex(utf8(apiKey)))));
  }
  return dedupe(choices);
}

function dedupe(choices: KeyChoice[]): KeyChoice[] {
  const seen = new Set<string>();
  return choices.filter((choice) => {
    const fingerprint = `${choice.swapped}:${toHex(choice.bytes)}`;
    if (seen.has(fingerprint)) return false;
    seen.add(fingerprint);
    return true;
  });
}
