/**
 * API keys as the sandbox knows them. The store keeps only `secretSha256` — the hex SHA-256 of the secret, which is
 * the HMAC key and all that verification needs — never the plain secret. Demo keys are the one exception on the
 * way *out*: their secrets are generated here, printed once (CLI) or served to the local explorer, then dropped.
 */
import { createHash, randomInt } from 'node:crypto';

export interface SandboxKey {
  name: string;
  apiKey: string;
  /** Lowercase hex SHA-256 of the UTF-8 secret. */
  secretSha256: string;
  rateLimitPerMinute: number;
  /** Milliseconds since the epoch, or null for a key that never expires. */
  expiresAtMs: number | null;
  /** Empty means any caller IP; otherwise IPs or CIDR ranges. */
  allowedIps: string[];
  requireSignature: boolean;
}

/** A generated key with its secret, for the CLI banner and the explorer's "Sandbox keys" panel. */
export interface DemoKey {
  name: DemoKeyName;
  apiKey: string;
  secret: string;
  rateLimitPerMinute: number;
  /** ISO 8601, or null for a key that never expires. */
  expiresAt: string | null;
  allowedIps: string[];
  requireSignature: boolean;
}

export type DemoKeyName = 'Development' | 'Staging' | 'Production' | 'Expired' | 'IP restricted' | 'Signature required';

/** An address from TEST-NET-3 (RFC 5737): never a real caller, so this key is refused from anywhere. */
export const FOREIGN_IP = '203.0.113.7';

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const DAY_MS = 86_400_000;

/** Lowercase hex SHA-256 of the UTF-8 bytes of `secret` (the Coext HMAC key, as text). */
export function sha256Hex(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

function randomAlphanumeric(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHANUMERIC[randomInt(ALPHANUMERIC.length)];
  return out;
}

/**
 * The guide's three environments (10, 30 and 60 requests a minute) plus one key for each refusal a user should be
 * able to provoke: expired, IP-restricted, signature-required. Secrets come from node:crypto.
 */
export function createDemoKeys(nowMs: number): DemoKey[] {
  const key = (
    name: DemoKeyName,
    rateLimitPerMinute: number,
    extra: Partial<Pick<DemoKey, 'expiresAt' | 'allowedIps' | 'requireSignature'>> = {},
  ): DemoKey => ({
    name,
    apiKey: `pk_test_${randomAlphanumeric(32)}`,
    secret: `sk_test_${randomAlphanumeric(32)}`,
    rateLimitPerMinute,
    expiresAt: extra.expiresAt ?? null,
    allowedIps: extra.allowedIps ?? [],
    requireSignature: extra.requireSignature ?? false,
  });
  return [
    key('Development', 10),
    key('Staging', 30),
    key('Production', 60),
    key('Expired', 60, { expiresAt: new Date(nowMs - DAY_MS).toISOString() }),
    key('IP restricted', 60, { allowedIps: [FOREIGN_IP] }),
    key('Signature required', 60, { requireSignature: true }),
  ];
}

/** What the store keeps of a demo key: everything but the secret. */
export function storedKeyOf(demo: DemoKey): SandboxKey {
  return {
    name: demo.name,
    apiKey: demo.apiKey,
    secretSha256: sha256Hex(demo.secret),
    rateLimitPerMinute: demo.rateLimitPerMinute,
    expiresAtMs: demo.expiresAt === null ? null : Date.parse(demo.expiresAt),
    allowedIps: demo.allowedIps,
    requireSignature: demo.requireSignature,
  };
}
