/**
 * Reading a keys file: a JSON array of
 * `{ name, apiKey, secret | secretSha256, rateLimitPerMinute, expiresAt: ISO|null, allowedIps: [], requireSignature }`.
 * A plain `secret` is hashed on the spot and forgotten. Errors are values naming the entry and field at fault.
 */
import { isIP } from 'node:net';
import { z } from 'zod';
import { sha256Hex, type SandboxKey } from './keys.ts';

function isIpOrCidr(text: string): boolean {
  const [address = '', prefix, ...rest] = text.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

const entrySchema = z
  .object({
    name: z.string().min(1, 'must be a non-empty string'),
    apiKey: z.string().regex(/^\S+$/, 'must be a non-empty string without spaces'),
    secret: z.string().min(1, 'must be a non-empty string').optional(),
    secretSha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex characters').optional(),
    rateLimitPerMinute: z.number().int('must be a whole number').positive('must be at least 1'),
    expiresAt: z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time or null' }).nullable().default(null),
    allowedIps: z.array(z.string().refine(isIpOrCidr, 'must be an IP address or CIDR range')).default([]),
    requireSignature: z.boolean().default(false),
  })
  .strict()
  .refine((entry) => (entry.secret === undefined) !== (entry.secretSha256 === undefined), {
    message: 'needs exactly one of "secret" or "secretSha256"',
  });

const fileSchema = z.array(entrySchema).min(1, 'must list at least one key');

export type KeysFileResult = { ok: true; keys: SandboxKey[] } | { ok: false; error: string };

/** Parses the text of a keys file; `source` names it in error messages. */
export function parseKeysFile(text: string, source: string): KeysFileResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `Keys file ${source} is not valid JSON (${(error as Error).message}).` };
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${formatPath(issue.path)}` : '';
    return { ok: false, error: `Keys file ${source}${where}: ${issue?.message ?? 'invalid'}.` };
  }
  const seen = new Set<string>();
  for (const [index, entry] of parsed.data.entries()) {
    if (seen.has(entry.apiKey)) return { ok: false, error: `Keys file ${source} at [${index}].apiKey: duplicate key.` };
    seen.add(entry.apiKey);
  }
  return {
    ok: true,
    keys: parsed.data.map((entry) => ({
      name: entry.name,
      apiKey: entry.apiKey,
      secretSha256: entry.secretSha256 ?? sha256Hex(entry.secret ?? ''),
      rateLimitPerMinute: entry.rateLimitPerMinute,
      expiresAtMs: entry.expiresAt === null ? null : Date.parse(entry.expiresAt),
      allowedIps: entry.allowedIps,
      requireSignature: entry.requireSignature,
    })),
  };
}

function formatPath(path: PropertyKey[]): string {
  return path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('').replace(/^\./, '');
}
