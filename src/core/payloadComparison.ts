/**
 * The INVALID_SIGNATURE evidence: the payload the server says it verified (echoed in `error.details`) against the
 * payload this app signed. Identical payloads put the blame on the key (the secret); different ones show where the
 * bytes diverged. A long payload is echoed only as its length and SHA-256, so those are compared instead.
 */
import { diffChars } from 'diff';
import { toHex, utf8 } from './encoding.ts';
import { digest } from './webCrypto.ts';

export type PayloadEcho =
  | { kind: 'text'; payload: string; verification?: string }
  | { kind: 'digest'; length: number; sha256: string; verification?: string }
  | { kind: 'none' };

export interface DiffPart {
  value: string;
  /** `both`: in each payload; `local`: only in what this app signed; `server`: only in what the server built. */
  side: 'both' | 'local' | 'server';
}

export interface TextComparison {
  identical: boolean;
  /** UTF-16 index of the first character that differs (the length of the common prefix); undefined if identical. */
  firstDifference?: number;
  parts: DiffPart[];
}

export interface DigestComparison {
  localLength: number;
  serverLength: number;
  localSha256: string;
  serverSha256: string;
  identical: boolean;
}

/** Reads the sandbox's echo out of INVALID_SIGNATURE details (`payload`, or `payloadLength` + `payloadSha256`). */
export function readPayloadEcho(details: Record<string, unknown> | undefined): PayloadEcho {
  const verification = typeof details?.verification === 'string' ? { verification: details.verification } : {};
  if (typeof details?.payload === 'string') return { kind: 'text', payload: details.payload, ...verification };
  if (typeof details?.payloadLength === 'number' && typeof details.payloadSha256 === 'string') {
    return { kind: 'digest', length: details.payloadLength, sha256: details.payloadSha256.toLowerCase(), ...verification };
  }
  return { kind: 'none' };
}

/** Character-level comparison of the local and the server's payload, first difference marked. */
export function comparePayloadText(local: string, server: string): TextComparison {
  if (local === server) return { identical: true, parts: [{ value: local, side: 'both' }] };
  let prefix = 0;
  while (prefix < local.length && prefix < server.length && local[prefix] === server[prefix]) prefix++;
  // Bounded so a payload that differs everywhere costs no quadratic search; the fallback still marks the split.
  const changes = diffChars(local, server, { maxEditLength: 1000 });
  const parts: DiffPart[] = changes
    ? changes.map((change) => ({ value: change.value, side: change.added ? 'server' : change.removed ? 'local' : 'both' }))
    : [
        { value: local.slice(0, prefix), side: 'both' },
        { value: local.slice(prefix), side: 'local' },
        { value: server.slice(prefix), side: 'server' },
      ];
  return { identical: false, firstDifference: prefix, parts: parts.filter((part) => part.value !== '') };
}

/** Compares the local payload's UTF-8 length and SHA-256 with the server's echo of them. */
export async function comparePayloadDigest(local: string, echo: { length: number; sha256: string }): Promise<DigestComparison> {
  const bytes = utf8(local);
  const localSha256 = toHex(await digest('SHA-256', bytes));
  return {
    localLength: bytes.length,
    serverLength: echo.length,
    localSha256,
    serverSha256: echo.sha256,
    identical: localSha256 === echo.sha256 && bytes.length === echo.length,
  };
}
