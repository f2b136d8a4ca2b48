/**
 * Every answer the sandbox gives is JSON built here; errors have the one shape `{ success: false, error: { code,
 * message, details? } }`.
 *
 * Why not Hono's `c.json` and `c.header`: with more than one header Hono builds a web `Headers`, which
 * @hono/node-server then copies back into a plain object for node:http — about a tenth of a verified request's time
 * under load (`npm run bench`). A `Response` whose headers are a plain object goes straight to `writeHead`. Headers a
 * check decides on the way (rate-limit state, Allow) are passed to whichever answer follows.
 */
import type { HttpBindings } from '@hono/node-server';
import type { Context, MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export interface SandboxEnv {
  Bindings: Partial<HttpBindings>;
}

export type SandboxContext = Context<SandboxEnv>;

/** Headers for the answer, whichever check or endpoint gives it. */
export type AnswerHeaders = Record<string, string>;

export type SandboxErrorCode =
  | 'INVALID_API_KEY'
  | 'EXPIRED_API_KEY'
  | 'IP_NOT_ALLOWED'
  | 'RATE_LIMIT_EXCEEDED'
  | 'SIGNATURE_REQUIRED'
  | 'TIMESTAMP_EXPIRED'
  | 'INVALID_SIGNATURE'
  | 'INVALID_JSON'
  | 'VALIDATION_ERROR'
  | 'PAYLOAD_TOO_LARGE'
  | 'NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'BAD_REQUEST';

export interface SandboxError {
  status: ContentfulStatusCode;
  code: SandboxErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

/** A JSON answer with `headers` besides its Content-Type. */
export function jsonResponse(status: ContentfulStatusCode, body: unknown, headers?: AnswerHeaders): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

/** A JSON error answer. */
export function errorResponse(error: SandboxError, headers?: AnswerHeaders): Response {
  const body = { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) };
  return jsonResponse(error.status, { success: false, error: body }, headers);
}

/**
 * Runs one of Hono's own middleware (bodyLimit, ipRestriction) as a check: resolves to its refusal, or to `undefined`
 * when it let the request through by calling `next`.
 */
export async function refusalOf(middleware: MiddlewareHandler<SandboxEnv>, c: SandboxContext): Promise<Response | undefined> {
  let passed = false;
  const answer = await middleware(c, async () => {
    passed = true;
  });
  return passed ? undefined : (answer ?? c.res);
}
