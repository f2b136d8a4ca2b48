/**
 * The signing contract computed independently of src/ with node:crypto, plus small helpers to call a sandbox app
 * in-process. Expected values in the sandbox tests come from here (and from python3, php and curl), never from src.
 */
import { createHash, createHmac } from 'node:crypto';
import type { SandboxKey } from '../../src/sandbox/keys.ts';

export const NOW_MS = 1_764_300_000_000;
export const NOW_S = NOW_MS / 1000;

export function sha256Hex(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

/** HMAC-SHA256 keyed with the hex text of SHA-256(secret), over `ts + "." + body` (bytes as given). */
export function nodeSign(secret: string, timestamp: number | string, body: string | Uint8Array): string {
  const payload = Buffer.concat([Buffer.from(`${timestamp}.`), Buffer.from(body)]);
  return createHmac('sha256', sha256Hex(secret)).update(payload).digest('hex');
}

export function testKey(overrides: Partial<SandboxKey> & { secret?: string } = {}): { key: SandboxKey; secret: string } {
  const secret = overrides.secret ?? 'sk_test_0123456789abcdefghijABCDEFGHIJ';
  const { secret: _unused, ...rest } = overrides;
  return {
    secret,
    key: {
      name: 'Test',
      apiKey: 'pk_test_0123456789abcdefghijABCDEFGHIJ',
      secretSha256: sha256Hex(secret),
      rateLimitPerMinute: 1000,
      expiresAtMs: null,
      allowedIps: [],
      requireSignature: false,
      ...rest,
    },
  };
}

/** A Node-like socket binding so `getConnInfo` sees `ip` as the caller, as it would behind @hono/node-server. */
export function fromIp(ip: string) {
  return { incoming: { socket: { remoteAddress: ip, remotePort: 50000, remoteFamily: ip.includes(':') ? 'IPv6' : 'IPv4' } } };
}

export function signedHeaders(apiKey: string, secret: string, timestamp: number | string, body: string) {
  return {
    'Content-Type': 'application/json',
    'X-API-Key': apiKey,
    'X-Timestamp': String(timestamp),
    'X-API-Signature': nodeSign(secret, timestamp, body),
  };
}

export const MESSAGES = 'http://sandbox.test/api/v1/external/messages/text';
export const TEMPLATES = 'http://sandbox.test/api/v1/external/templates';
