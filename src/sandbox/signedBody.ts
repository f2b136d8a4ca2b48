/**
 * The checks on the body, in the documented order: size → timestamp → signature. Size comes first because verifying
 * needs the whole body in memory. One middleware, like the key checks, for the same reason (see keyChecks.ts).
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { errorResponse, nextSettingResponse, type SandboxEnv } from './errorResponse.ts';
import { checkSignature, type EmptyBodyMode, type VerifyMode } from './verifySignature.ts';

type Middleware = MiddlewareHandler<SandboxEnv>;

export interface SignedBodyOptions {
  verify: VerifyMode;
  emptyBody: EmptyBodyMode;
  now: () => number;
  /** Largest accepted request body, in bytes. */
  maxSize: number;
}

/** Reads the body within the size limit and lets the request through when its signature verifies. */
export function verifySignedBody({ verify, emptyBody, now, maxSize }: SignedBodyOptions): Middleware {
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
  const verifyBody: Middleware = async (c, next) => {
    const rawBody = new Uint8Array(await c.req.arrayBuffer());
    const key = c.get('key');
    const failure = checkSignature({
      timestampHeader: c.req.header('x-timestamp'),
      signatureHeader: c.req.header('x-api-signature'),
      rawBody,
      secretSha256: key.secretSha256,
      requireSignature: key.requireSignature,
      verify,
      emptyBody,
      nowMs: now(),
    });
    if (failure) return errorResponse(c, failure);
    c.set('rawBody', rawBody);
    await next();
  };
  // Hono's bodyLimit lets a declared Content-Length within the limit straight through, but only after reading
  // `c.req.raw.body`, which makes @hono/node-server build a full web Request and stream (a third of the sandbox's
  // time per request under load, measured by `npm run bench`). That one case is decided here from the header alone,
  // exactly as bodyLimit decides it; every other request (too long, chunked, no length) still goes through bodyLimit.
  return (c, next) =>
    declaredLengthWithin(c.req.header('content-length'), c.req.header('transfer-encoding'), maxSize)
      ? verifyBody(c, next)
      : limitBody(c, nextSettingResponse(c, () => verifyBody(c, next)));
}

/** bodyLimit's own test for a request it passes without reading: a Content-Length, no Transfer-Encoding, within max. */
function declaredLengthWithin(contentLength: string | undefined, transferEncoding: string | undefined, maxSize: number): boolean {
  return contentLength !== undefined && transferEncoding === undefined && /^\d+$/.test(contentLength) && Number(contentLength) <= maxSize;
}
