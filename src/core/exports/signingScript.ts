/**
 * What the Postman and Bruno pre-request scripts share: the lines that turn a body string into the three headers,
 * written once for a CryptoJS object (Postman's sandbox and Bruno's safe sandbox both bundle crypto-js).
 */
import type { EmptyBodyConvention } from '../snippets/snippetRequest.ts';

/** A JavaScript string literal: JSON's escaping is a valid, exact JS literal for any string. */
export const jsString = (text: string): string => JSON.stringify(text);

/** What a body-less request signs under `convention`. */
export const emptySignedBody = (convention: EmptyBodyConvention | undefined): string => (convention === 'object' ? '{}' : '');

/**
 * Script lines that expect `body` (the exact string sent, `''` for none), `apiSecret` and `cryptoJs` in scope and
 * declare `timestamp` and `signature`.
 */
export function signatureLines(convention: EmptyBodyConvention | undefined): string[] {
  const empty = emptySignedBody(convention);
  return [
    `// What a request without a body signs is not documented: this collection signs ${empty === '' ? 'an empty body (payload "<timestamp>.")' : '"{}" (payload "<timestamp>.{}")'}.`,
    `const signedBody = body === '' ? ${jsString(empty)} : body;`,
    'const timestamp = String(Math.floor(Date.now() / 1000)); // Unix seconds, not milliseconds',
    '// The HMAC key is the 64-character hex TEXT of SHA-256(secret), not its 32 raw bytes. CryptoJS reads',
    '// JavaScript strings as UTF-8, as the server does.',
    'const secretHash = cryptoJs.SHA256(apiSecret).toString(cryptoJs.enc.Hex);',
    "const signature = cryptoJs.HmacSHA256(timestamp + '.' + signedBody, secretHash).toString(cryptoJs.enc.Hex);",
  ];
}

/** The name a collection and its request get: `POST /messages/text`. */
export function requestTitle(method: string, path: string): string {
  return `${method.toUpperCase()} /${path.replace(/^\/+/, '')}`;
}
