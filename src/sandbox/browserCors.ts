/**
 * CORS for the standalone sandbox: lets an explorer served from another origin call it directly; no credentials are
 * involved. It is Hono's own cors middleware, wrapped around each route's handler and the not-found answer rather than
 * used on '*': there it would add a level of Hono's middleware chain to every request, ~7% of the sandbox's CPU per
 * request in process (`npm run bench`).
 */
import { cors } from 'hono/cors';
import type { SandboxContext } from './errorResponse.ts';

type Answer = (c: SandboxContext) => Response | Promise<Response>;

const corsMiddleware = cors({
  origin: '*',
  allowMethods: ['GET', 'POST'],
  allowHeaders: ['Content-Type', 'X-API-Key', 'X-Timestamp', 'X-API-Signature'],
  exposeHeaders: ['X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset', 'Retry-After', 'Date'],
});

/** `answer`, with CORS headers for a browser, or the answer to a browser's preflight. */
export function withCors(answer: Answer): Answer {
  return (c) => {
    // Only browsers read CORS headers, and a cross-origin browser request always carries Origin: skipping the
    // middleware otherwise spares every curl/SDK request the copy of the response it makes (≈1.8× req/s in the bench).
    if (c.req.header('origin') === undefined) return answer(c);
    // The middleware answers a preflight itself; otherwise it puts its headers on whatever `c.res` becomes.
    return corsMiddleware(c, async () => {
      c.res = await answer(c);
    }).then((preflight) => preflight ?? c.res);
  };
}
