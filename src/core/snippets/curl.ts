/**
 * A bash script that signs and sends the request with curl and openssl. The signature is computed when the script
 * runs — or, for a pinned timestamp with a precomputed signature, sent as fixed headers.
 */
import { quoteForShell } from '../shellQuote.ts';
import { pinnedValidity, type SnippetPlan } from './snippetRequest.ts';

function signingLines(plan: SnippetPlan): string[] {
  const timestamp = plan.pinned
    ? [...pinnedValidity(plan.pinned.timestamp, '#'), `timestamp=${plan.pinned.timestamp}`]
    : ['timestamp=$(date +%s)  # Unix seconds, not milliseconds'];
  return [
    ...timestamp,
    '# The HMAC key is the 64-character hex TEXT of SHA-256(secret), not its raw bytes. printf %s adds no newline',
    '# (echo would, and change the hash); awk keeps only the hex, not openssl\'s "SHA2-256(stdin)= " prefix.',
    'secret_hash=$(printf %s "$COEXT_API_SECRET" | openssl dgst -sha256 | awk \'{print $NF}\')',
    '# HMAC-SHA256 of "<timestamp>.<body>". -hmac puts the key on openssl\'s command line, visible to other users of',
    '# this machine (ps) while it runs: on a shared machine, prefer the JavaScript or Python version.',
    'signature=$(printf %s "$timestamp.$body" | openssl dgst -sha256 -hmac "$secret_hash" | awk \'{print $NF}\')',
  ];
}

/** The bash script for `plan`; it prints the response body, then `HTTP status: <code>`. */
export function curlSnippet(plan: SnippetPlan): string {
  const precomputed = plan.pinned?.signature !== undefined;
  const lines = [
    '#!/usr/bin/env bash',
    `# ${plan.method} ${plan.url}, signed as the Coext External API requires.`,
    `# Needs bash and curl${precomputed ? '' : ' and openssl'}. Reads COEXT_API_KEY${precomputed ? '' : ' and COEXT_API_SECRET'} from the environment.`,
    'set -euo pipefail',
    precomputed ? ': "${COEXT_API_KEY:?Set COEXT_API_KEY}"' : ': "${COEXT_API_KEY:?Set COEXT_API_KEY}" "${COEXT_API_SECRET:?Set COEXT_API_SECRET}"',
    '',
    `url=${quoteForShell(plan.url)}`,
  ];
  if (plan.emptyBodyNote) lines.push(`# ${plan.emptyBodyNote}`);
  else lines.push('# The body exactly as it is signed and sent: quoted so that the shell changes no character.');
  lines.push(`body=${quoteForShell(plan.signedBody)}`);
  let timestampHeader = '"X-Timestamp: $timestamp"';
  let signatureHeader = '"X-API-Signature: $signature"';
  if (plan.pinned?.signature !== undefined) {
    lines.push('# Signed in advance, so this needs no secret; generate the script again to send it later.');
    lines.push(...pinnedValidity(plan.pinned.timestamp, '#'));
    timestampHeader = quoteForShell(`X-Timestamp: ${plan.pinned.timestamp}`);
    signatureHeader = quoteForShell(`X-API-Signature: ${plan.pinned.signature}`);
  } else {
    lines.push(...signingLines(plan));
  }
  lines.push('');
  const send = plan.sentBody === undefined ? '' : 'printf %s "$body" | ';
  const command = [
    `${send}curl -sS -X ${plan.method} "$url"`,
    "  -H 'Content-Type: application/json'",
    '  -H "X-API-Key: $COEXT_API_KEY"',
    `  -H ${timestampHeader}`,
    `  -H ${signatureHeader}`,
    ...(plan.sentBody === undefined ? [] : ['  --data-binary @-']),
    "  -w '\\nHTTP status: %{http_code}\\n'",
  ];
  if (plan.sentBody !== undefined) lines.push('# --data-binary @- sends the body from stdin byte for byte (-d would strip CR and LF).');
  lines.push(command.join(' \\\n'), '');
  return lines.join('\n');
}
