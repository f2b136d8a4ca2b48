/**
 * Every answer the sandbox gives is JSON built here; errors have the one shape `{ success: false, error: { code,
 * message, details? } }`.
 *
 * Why not Hono's `c.json` and `c.header`: with more than one header Hono builds a web `Headers`, which
 * @hono/node-server then copies back into a plain object for node:http — about a tenth of a verified request's time
 * under load (`npm run bench`). A `Response` whose headers are a plain object goes straight to `writeHead`. Headers a
 * check adds on the way (rate-limit state, Allow) are collected with `addHeaders` and sent with whatever answer follows.
 */
import type { HttpBindings } from '@hono/node-server';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { SandboxKey } from './keys.ts';

export interface SandboxEnv {
  Bindings: Partial<HttpBindings>;
  Variables: { key: SandboxKey; rawBody: Uint8Array; responseHeaders: Record<string, string> | undefined };
}

export type SandboxContext = Context<SandboxEnv>;

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

/** Headers to send with this request's answer, whichever check or route gives it. */
export function addHeaders(c: SandboxContext, headers: Record<string, string>): void {
  c.set('responseHeaders', { ...c.get('responseHeaders'), ...headers });
}

/** A JSON answer carrying the headers added so far. */
export function jsonResponse(c: SandboxContext, status: ContentfulStatusCode, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...c.get('responseHeaders') } });
}

/** A JSON error answer carrying the headers added so far. */
export function errorResponse(c: SandboxContext, error: SandboxError): Response {
  const body = { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) };
  return jsonResponse(c, error.status, { success: false, error: body });
}

/** `errorResponse` for a middleware that refuses without awaiting anything (Hono's middleware type is async). */
export function refuse(c: SandboxContext, error: SandboxError): Promise<Response> {
  return Promise.resolve(errorResponse(c, error));
}

/**
 * A `next` for one of Hono's own middleware (bodyLimit, ipRestriction) that runs `step`, the sandbox's next check.
 * Hono's middleware await `next()` and drop its value, since inside Hono's chain a refusal travels on `c.res`; so
 * this puts a refusal `step` returns there. (A `step` that went on down Hono's chain resolves to the context.)
 */
export function nextSettingResponse(c: SandboxContext, step: () => Promise<unknown>): () => Promise<void> {
  return async () => {
    const result = await step();
    if (result instanceof Response) c.res = result;
  };
}
