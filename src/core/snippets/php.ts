/** A PHP 7.3+ program with the curl extension and hash_hmac: the body string is posted as is, never re-encoded. */
import { pinnedValidity, type SnippetPlan } from './snippetRequest.ts';

const PHP_DOUBLE_QUOTED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function singleQuoted(text: string): string {
  return `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
}

/**
 * A PHP expression for `text`, exact byte for byte: a single-quoted string; a nowdoc (no escapes at all) when it
 * spans lines; and for other control characters, single-quoted runs joined with double-quoted `"\r"`, `"\x01"`.
 */
export function phpString(text: string, indent = ''): string {
  // eslint-disable-next-line no-control-regex -- control characters are the point
  const controls = /[\u0000-\u0009\u000b-\u001f\u007f]/;
  if (!text.includes('\n') && !controls.test(text)) return singleQuoted(text);
  if (!controls.test(text)) {
    let marker = 'BODY';
    while (text.includes(marker)) marker += '_';
    // The newline before the closing marker is not part of a nowdoc; the marker sits at column 0 so no indentation is removed.
    return `<<<'${marker}'\n${text}\n${marker}`;
  }
  // eslint-disable-next-line no-control-regex -- control characters are the point
  const parts = text.split(/([\u0000-\u0009\u000b-\u001f\u007f\n]+)/).filter((part) => part !== '');
  return parts.map((part) => (/^[\u0000-\u001f\u007f]+$/.test(part) // eslint-disable-line no-control-regex
    ? `"${[...part].map((c) => PHP_DOUBLE_QUOTED[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join('')}"`
    : singleQuoted(part))).join(`\n${indent}  . `);
}

/** The PHP program for `plan`; it prints `HTTP status: <code>`, then the response body. */
export function phpSnippet(plan: SnippetPlan): string {
  const timestamp = plan.pinned
    ? [...pinnedValidity(plan.pinned.timestamp, '//'), `$timestamp = ${plan.pinned.timestamp};`]
    : ['$timestamp = time(); // Unix seconds'];
  const bodyLines = plan.sentBody === undefined
    ? [`// ${plan.emptyBodyNote}`, `$signedBody = ${phpString(plan.signedBody)};`]
    : ['// The body exactly as it is signed and sent. Re-encoding it (json_encode) could change its bytes.',
      `$body = ${phpString(plan.signedBody)};`];
  const signed = plan.sentBody === undefined ? '$signedBody' : '$body';
  return [
    '<?php',
    `// ${plan.method} ${plan.url}, signed as the Coext External API requires.`,
    '// PHP 7.3+ with the curl extension. Run: php coext-request.php',
    "$apiKey = getenv('COEXT_API_KEY');",
    "$apiSecret = getenv('COEXT_API_SECRET');",
    'if ($apiKey === false || $apiSecret === false) {',
    '    fwrite(STDERR, "Set COEXT_API_KEY and COEXT_API_SECRET in the environment.\\n");',
    '    exit(1);',
    '}',
    '',
    `$url = ${phpString(plan.url)};`,
    ...bodyLines,
    ...timestamp,
    '// The HMAC key is the 64-character hex TEXT of SHA-256(secret): hash() returns hex unless told otherwise.',
    "$secretHash = hash('sha256', $apiSecret);",
    `$signature = hash_hmac('sha256', $timestamp . '.' . ${signed}, $secretHash);`,
    '',
    '$ch = curl_init($url);',
    'curl_setopt_array($ch, [',
    `    CURLOPT_CUSTOMREQUEST => ${singleQuoted(plan.method)},`,
    ...(plan.sentBody === undefined ? [] : ['    CURLOPT_POSTFIELDS => $body, // a string is sent as is; an array would be form-encoded']),
    '    CURLOPT_RETURNTRANSFER => true,',
    '    CURLOPT_HTTPHEADER => [',
    "        'Content-Type: application/json',",
    "        'X-API-Key: ' . $apiKey,",
    "        'X-Timestamp: ' . $timestamp,",
    "        'X-API-Signature: ' . $signature,",
    "        'Expect:', // no 100-continue round trip for large bodies",
    '    ],',
    ']);',
    '$response = curl_exec($ch);',
    'if ($response === false) {',
    "    fwrite(STDERR, 'Request failed: ' . curl_error($ch) . \"\\n\");",
    '    exit(1);',
    '}',
    "echo 'HTTP status: ' . curl_getinfo($ch, CURLINFO_RESPONSE_CODE) . \"\\n\";",
    'echo $response . "\\n";',
    '',
  ].join('\n');
}
