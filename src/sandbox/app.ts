/**
 * The sandbox: a Hono app implementing the documented Coext authentication contract under `/api/v1/external`.
 *
 * Check order: route (404/405) → key → expiry → IP → rate limit (counts every request naming a valid key) → body
 * size → timestamp → signature → body validation. The body-size cap sits before the signature because verifying
 * needs the whole body in memory. Nothing here answers 5xx: an input that makes anything throw gets a 400 JSON error.
 */
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { Hono } from 'hono';
import { randomUUID } from 'node:crypto';
import { addHeaders, errorResponse, type SandboxEnv } from './errorResponse.ts';
import { rateLimit, requireAllowedIp, requireKey } from './keyChecks.ts';
import type { SandboxKey } from './keys.ts';
import { listTemplates, sendTextMessage } from './routes.ts';
import { checkSignature, type EmptyBodyMode, type VerifyMode } from './verifySignature.ts';

export const API_PREFIX = '/api/v1/external';
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

export interface SandboxAppOptions {
  keys: readonly SandboxKey[];
  verify?: VerifyMode;
  emptyBody?: EmptyBodyMode;
  trustProxy?: boolean;
  /** The clock, in milliseconds since the epoch. */
  now?: () => number;
  /** Largest accepted request body, in bytes. */
  bodyLimit?: number;
  messageId?: () => string;
}

const ROUTES: Record<string, readonly string[]> = {
  [`${API_PREFIX}/messages/text`]: ['POST'],
  [`${API_PREFIX}/templates`]: ['GET', 'HEAD'],
};

export function createSandboxApp(options: SandboxAppOptions): Hono<SandboxEnv> {
  const now = options.now ?? Date.now;
  const trustProxy = options.trustProxy ?? false;
  const verify = options.verify ?? 'raw';
  const emptyBody = options.emptyBody ?? 'empty';
  // randomUUID draws from a cached pool of random bytes; randomBytes per request cost 6% of the sandbox's time.
  const messageId = options.messageId ?? (() => `msg_${randomUUID().replaceAll('-', '').slice(0, 24)}`);
  const app = new Hono<SandboxEnv>();

  // Lets an explorer served from another origin call the standalone sandbox directly; no credentials are involved.
  // Only browsers read CORS headers, and a cross-origin browser request always carries Origin: skipping the
  // middleware otherwise spares every curl/SDK request the copy of the response it makes (≈1.8× req/s in the bench).
  const corsMiddleware = cors({
    origin: '*',
    allowMethods: ['GET', 'POST'],
    allowHeaders: ['Content-Type', 'X-API-Key', 'X-Timestamp', 'X-API-Signature'],
    exposeHeaders: ['X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset', 'Retry-After', 'Date'],
  });
  app.use('*', (c, next) => (c.req.header('origin') === undefined ? next() : corsMiddleware(c, next)));
  app.use('*', async (c, next) => {
    const methods = ROUTES[c.req.path];
    if (!methods) {
      return errorResponse(c, { status: 404, code: 'NOT_FOUND', message: `No endpoint at ${c.req.path}.` });
    }
    if (!methods.includes(c.req.method)) {
      addHeaders(c, { Allow: methods.join(', ') });
      return errorResponse(c, {
        status: 405,
        code: 'METHOD_NOT_ALLOWED',
        message: `${c.req.path} accepts ${methods[0]}, not ${c.req.method}.`,
      });
    }
    await next();
  });
  app.use('*', requireKey(options.keys, now));
  app.use('*', requireAllowedIp(trustProxy));
  app.use('*', rateLimit(now));
  const maxSize = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const limitBody = bodyLimit({
    maxSize,
    onError: (c) =>
      errorResponse(c, {
        status: 413,
        code: 'PAYLOAD_TOO_LARGE',
        message: `The request body is larger than ${maxSize} bytes.`,
        details: { limitBytes: maxSize },
      }),
  });
  // Hono's bodyLimit lets a declared Content-Length within the limit straight through, but only after reading
  // `c.req.raw.body`, which makes @hono/node-server build a full web Request and stream (a third of the sandbox's
  // time per request under load, measured by `npm run bench`). That one case is decided here from the header alone,
  // exactly as bodyLimit decides it; every other request (too long, chunked, no length) still goes through bodyLimit.
  app.use('*', (c, next) => (declaredLengthWithin(c.req.header('content-length'), c.req.header('transfer-encoding'), maxSize)
    ? next()
    : limitBody(c, next)));
  app.use('*', async (c, next) => {
    const rawBody = new Uint8Array(await c.req.arrayBuffer());
    const failure = checkSignature({
      timestampHeader: c.req.header('x-timestamp'),
      signatureHeader: c.req.header('x-api-signature'),
      rawBody,
      secretSha256: c.get('key').secretSha256,
      requireSignature: c.get('key').requireSignature,
      verify,
      emptyBody,
      nowMs: now(),
    });
    if (failure) return errorResponse(c, failure);
    c.set('rawBody', rawBody);
    await next();
  });

  app.post(`${API_PREFIX}/messages/text`, (c) => sendTextMessage(c, { rawBody: c.get('rawBody'), nowMs: now(), messageId }));
  app.get(`${API_PREFIX}/templates`, (c) => listTemplates(c));
  app.notFound((c) => errorResponse(c, { status: 404, code: 'NOT_FOUND', message: `No endpoint at ${c.req.path}.` }));
  app.onError((error, c) =>
    errorResponse(c, {
      status: 400,
      code: 'BAD_REQUEST',
      message: `The sandbox could not read this request (${error instanceof Error ? error.message : 'unknown error'}).`,
    }),
  );
  return app;
}

/** bodyLimit's own test for a request it passes without reading: a Content-Length, no Transfer-Encoding, within max. */
function declaredLengthWithin(contentLength: string | undefined, transferEncoding: string | undefined, maxSize: number): boolean {
  return contentLength !== undefined && transferEncoding === undefined && /^\d+$/.test(contentLength) && Number(contentLength) <= maxSize;
}
