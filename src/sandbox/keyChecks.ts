/**
 * The first four checks, in the documented order: key → expiry → IP → rate limit, reading top to bottom in
 * `keyChecks`. IP matching is Hono's own `ipRestriction` (CIDR, IPv4-mapped IPv6).
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { MiddlewareHandler } from 'hono';
import { ipRestriction } from 'hono/ip-restriction';
import { isIP } from 'node:net';
import { type AnswerHeaders, errorResponse, refusalOf, type SandboxContext, type SandboxEnv } from './errorResponse.ts';
import type { SandboxKey } from './keys.ts';
import { createRateLimiter } from './rateLimiter.ts';

export interface KeyCheckOptions {
  keys: readonly SandboxKey[];
  now: () => number;
  trustProxy: boolean;
}

/** A request's key once it passed: the key, and its rate-limit state as headers for the answer. */
export interface AuthorizedKey {
  key: SandboxKey;
  headers: AnswerHeaders;
}

/** The key's refusal, or the key when it exists, has not expired, allows the caller's IP and is within its limit. */
export type KeyCheck = (c: SandboxContext) => AuthorizedKey | Response | Promise<AuthorizedKey | Response>;

export function keyChecks({ keys, now, trustProxy }: KeyCheckOptions): KeyCheck {
  const byApiKey = new Map(keys.map((key) => [key.apiKey, key]));
  const ipRefusalOf = allowedIpGate(trustProxy);
  const countRequest = rateLimit(now);
  return (c) => {
    const apiKey = c.req.header('x-api-key');
    const key = apiKey === undefined ? undefined : byApiKey.get(apiKey);
    if (!key) {
      return errorResponse({
        status: 401,
        code: 'INVALID_API_KEY',
        message: apiKey === undefined ? 'The X-API-Key header is missing.' : 'The provided API key is invalid',
        details: { reason: apiKeyProblem(apiKey) },
      });
    }
    if (key.expiresAtMs !== null && now() >= key.expiresAtMs) {
      return errorResponse({
        status: 401,
        code: 'EXPIRED_API_KEY',
        message: 'This API key has expired',
        details: { expiresAt: new Date(key.expiresAtMs).toISOString() },
      });
    }
    if (key.allowedIps.length === 0) return countRequest(key);
    return ipRefusalOf(c, key).then((refusal) => refusal ?? countRequest(key));
  };
}

function apiKeyProblem(apiKey: string | undefined): string {
  if (apiKey === undefined) return 'missing';
  if (apiKey.trim().startsWith('sk_')) return 'looks-like-secret';
  if (!/^pk_(live|test)_[A-Za-z0-9]+$/.test(apiKey)) return 'malformed';
  return 'unknown';
}

/** The caller's address: the socket's, or with `trustProxy` the first X-Forwarded-For entry. */
export function callerIp(c: SandboxContext, trustProxy: boolean): string | undefined {
  const forwarded = trustProxy ? c.req.header('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
  if (forwarded) return forwarded;
  return c.env?.incoming ? getConnInfo(c).remote.address : undefined;
}

/** The refusal of a caller outside a key's non-empty `allowedIps`, or `undefined` for a caller inside. */
function allowedIpGate(trustProxy: boolean) {
  const restrictions = new Map<SandboxKey, MiddlewareHandler<SandboxEnv>>();
  const ipOf = (c: SandboxContext) => callerIp(c, trustProxy);
  return async (c: SandboxContext, key: SandboxKey): Promise<Response | undefined> => {
    const ip = ipOf(c);
    // Hono's middleware answers a plain-text 403 for an address it cannot parse; ours must be the documented JSON.
    if (ip === undefined || isIP(ip) === 0) return ipRefusal(ip);
    let restriction = restrictions.get(key);
    if (!restriction) {
      restriction = ipRestriction((ctx) => ipOf(ctx) ?? '', { allowList: key.allowedIps }, (remote) => ipRefusal(remote.addr));
      restrictions.set(key, restriction);
    }
    return refusalOf(restriction, c);
  };
}

function ipRefusal(ip: string | undefined): Response {
  return errorResponse({
    status: 403,
    code: 'IP_NOT_ALLOWED',
    message: `Requests with this API key are not allowed from ${ip ?? 'an unknown address'}.`,
    details: { callerIp: ip ?? null },
  });
}

/** Counts the request against the key's per-minute limit; the state goes out in `X-RateLimit-*` headers. */
function rateLimit(now: () => number) {
  const limiter = createRateLimiter();
  return (key: SandboxKey): AuthorizedKey | Response => {
    const state = limiter.hit(key.apiKey, key.rateLimitPerMinute, now());
    const headers = {
      'X-RateLimit-Limit': String(state.limit),
      'X-RateLimit-Remaining': String(state.remaining),
      'X-RateLimit-Reset': String(state.resetSeconds),
    };
    if (!state.allowed) {
      return errorResponse(
        {
          status: 429,
          code: 'RATE_LIMIT_EXCEEDED',
          message: `Rate limit of ${state.limit} requests per minute exceeded; retry in ${state.retryAfterSeconds} s.`,
          details: { limit: state.limit, retryAfterSeconds: state.retryAfterSeconds },
        },
        { ...headers, 'Retry-After': String(state.retryAfterSeconds) },
      );
    }
    return { key, headers };
  };
}
