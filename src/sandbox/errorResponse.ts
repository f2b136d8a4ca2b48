/** The one error shape the sandbox answers with: `{ success: false, error: { code, message, details? } }`. */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

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

/** A JSON error response; headers already set on `c` (rate-limit ones) are kept. */
export function errorResponse(c: Context, error: SandboxError): Response {
  const body = { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) };
  return c.json({ success: false, error: body }, error.status);
}
