/**
 * The sandbox: a Hono app implementing the documented Coext authentication contract under `/api/v1/external`.
 *
 * Check order: route (404/405) → key → expiry → IP → rate limit (counts every request naming a valid key) → body
 * size → timestamp → signature → body validation; the key checks are `authorizeKey`, the body checks
 * `verifySignedBody`. Nothing here answers 5xx: an input that makes anything throw gets a 400 JSON error.
 */
import { cors } from 'hono/cors';
import { Hono } from 'hono';
import { randomUUID } from 'node:crypto';
import { addHeaders, errorResponse, refuse, type SandboxEnv } from './errorResponse.ts';
import { authorizeKey } from './keyChecks.ts';
import type { SandboxKey } from './keys.ts';
import { listTemplates, sendTextMessage } from './routes.ts';
import { verifySignedBody } from './signedBody.ts';
import type { EmptyBodyMode, VerifyMode } from './verifySignature.ts';

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
  const messageId = options.messageId ?? randomMessageId;
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
  app.use('*', (c, next) => {
    const methods = ROUTES[c.req.path];
    if (!methods) {
      return refuse(c, { status: 404, code: 'NOT_FOUND', message: `No endpoint at ${c.req.path}.` });
    }
    if (!methods.includes(c.req.method)) {
      addHeaders(c, { Allow: methods.join(', ') });
      return refuse(c, {
        status: 405,
        code: 'METHOD_NOT_ALLOWED',
        message: `${c.req.path} accepts ${methods[0]}, not ${c.req.method}.`,
      });
    }
    return next();
  });
  app.use('*', authorizeKey({ keys: options.keys, now, trustProxy }));
  app.use('*', verifySignedBody({ verify, emptyBody, now, maxSize: options.bodyLimit ?? DEFAULT_BODY_LIMIT }));

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

/** `msg_` and 24 random hex digits: the UUID's first, second and last groups, which carry no version or variant bits. */
function randomMessageId(): string {
  const uuid = randomUUID();
  return `msg_${uuid.slice(0, 8)}${uuid.slice(9, 13)}${uuid.slice(24)}`;
}
