/** A Node 18+ ES module: fetch and node:crypto, no dependencies. */
import { pinnedValidity, type SnippetPlan } from './snippetRequest.ts';

/** A JavaScript string literal for `text`: JSON's escaping is a valid, exact JS literal for any string. */
export function jsString(text: string): string {
  return JSON.stringify(text);
}

/** The Node program for `plan`; it prints `HTTP status: <code>`, then the response body. */
export function javascriptSnippet(plan: SnippetPlan): string {
  const timestamp = plan.pinned
    ? [...pinnedValidity(plan.pinned.timestamp, '//'), `const timestamp = ${plan.pinned.timestamp};`]
    : ['const timestamp = Math.floor(Date.now() / 1000); // Unix seconds, not milliseconds'];
  const bodyLines = plan.sentBody === undefined
    ? [`// ${plan.emptyBodyNote}`, `const signedBody = ${jsString(plan.signedBody)};`]
    : ['// The body exactly as it is signed and sent: a string, because re-serializing an object can change its bytes.',
      `const body = ${jsString(plan.signedBody)};`];
  const signed = plan.sentBody === undefined ? 'signedBody' : 'body';
  return [
    `// ${plan.method} ${plan.url}, signed as the Coext External API requires.`,
    '// Node 18+ (built-in fetch). Save as coext-request.mjs and run: node coext-request.mjs',
    "import { createHash, createHmac } from 'node:crypto';",
    '',
    'const apiKey = process.env.COEXT_API_KEY;',
    'const apiSecret = process.env.COEXT_API_SECRET;',
    "if (!apiKey || !apiSecret) throw new Error('Set COEXT_API_KEY and COEXT_API_SECRET in the environment.');",
    '',
    `const url = ${jsString(plan.url)};`,
    ...bodyLines,
    ...timestamp,
    '// The HMAC key is the 64-character hex TEXT of SHA-256(secret), not its 32 raw bytes.',
    "const secretHash = createHash('sha256').update(apiSecret, 'utf8').digest('hex');",
    `const signature = createHmac('sha256', secretHash).update(\`\${timestamp}.\${${signed}}\`, 'utf8').digest('hex');`,
    '',
    'const response = await fetch(url, {',
    `  method: ${jsString(plan.method)},`,
    '  headers: {',
    "    'Content-Type': 'application/json',",
    "    'X-API-Key': apiKey,",
    "    'X-Timestamp': String(timestamp),",
    "    'X-API-Signature': signature,",
    '  },',
    ...(plan.sentBody === undefined ? [] : ['  body,']),
    '});',
    'console.log(`HTTP status: ${response.status}`);',
    'console.log(await response.text());',
    '',
  ].join('\n');
}
