/** A Python 3 program with requests: the body is sent as the exact UTF-8 bytes that were signed (`data=`, never `json=`). */
import { pinnedValidity, type SnippetPlan } from './snippetRequest.ts';

const PYTHON_ESCAPES: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A Python string literal for `text` (lone surrogates already replaced): backslash, quote and control characters
 * escaped; everything else, emoji included, written as itself (Python 3 source is UTF-8).
 */
export function pythonString(text: string): string {
  let out = "'";
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    const escape = PYTHON_ESCAPES[char];
    if (escape !== undefined) out += escape;
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else if (code === 0x2028 || code === 0x2029 || code === 0xfeff) out += `\\u${code.toString(16)}`;
    else out += char;
  }
  return `${out}'`;
}

/** The Python program for `plan`; it prints `HTTP status: <code>`, then the response body. */
export function pythonSnippet(plan: SnippetPlan): string {
  const timestamp = plan.pinned
    ? [...pinnedValidity(plan.pinned.timestamp, '#'), `timestamp = ${plan.pinned.timestamp}`]
    : ['timestamp = int(time.time())  # Unix seconds, not milliseconds'];
  const bodyLines = plan.sentBody === undefined
    ? [`# ${plan.emptyBodyNote}`, `signed_body = ${pythonString(plan.signedBody)}`]
    : ['# The body exactly as it is signed and sent. It goes out as these UTF-8 bytes (data=): json= would',
      '# re-serialize it with other separators and \\u escapes, and the signature would no longer match.',
      `body = ${pythonString(plan.signedBody)}`];
  const signed = plan.sentBody === undefined ? 'signed_body' : 'body';
  return [
    '#!/usr/bin/env python3',
    `# ${plan.method} ${plan.url}, signed as the Coext External API requires.`,
    '# Python 3.8+ with requests (pip install requests).',
    'import hashlib',
    'import hmac',
    'import os',
    'import time',
    '',
    'import requests',
    '',
    "api_key = os.environ['COEXT_API_KEY']",
    "api_secret = os.environ['COEXT_API_SECRET']",
    '',
    `url = ${pythonString(plan.url)}`,
    ...bodyLines,
    ...timestamp,
    '# The HMAC key is the 64-character hex TEXT of SHA-256(secret), not its 32 raw bytes.',
    "secret_hash = hashlib.sha256(api_secret.encode('utf-8')).hexdigest()",
    `signature = hmac.new(secret_hash.encode('utf-8'), f'{timestamp}.{${signed}}'.encode('utf-8'), hashlib.sha256).hexdigest()`,
    '',
    'response = requests.request(',
    `    ${pythonString(plan.method)},`,
    '    url,',
    ...(plan.sentBody === undefined ? [] : ["    data=body.encode('utf-8'),"]),
    '    headers={',
    "        'Content-Type': 'application/json',",
    "        'X-API-Key': api_key,",
    "        'X-Timestamp': str(timestamp),",
    "        'X-API-Signature': signature,",
    '    },',
    ')',
    "print(f'HTTP status: {response.status_code}')",
    'print(response.text)',
    '',
  ].join('\n');
}
