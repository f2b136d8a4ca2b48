/**
 * The checks on the body, in the documented order: size → timestamp → signature. Size comes first because verifying
 * needs the whole body in memory.
 */
import { bodyLimit } from 'hono/body-limit';
import { Readable } from 'node:stream';
import { errorResponse, refusalOf, type SandboxContext, type SandboxError } from './errorResponse.ts';
import type { AuthorizedKey } from './keyChecks.ts';
import { checkSignature, type EmptyBodyMode, type VerifyMode } from './verifySignature.ts';

export interface SignedBodyOptions {
  verify: VerifyMode;
  emptyBody: EmptyBodyMode;
  now: () => number;
  /** Largest accepted request body, in bytes. */
  maxSize: number;
}

/** The body's refusal, or the body exactly as received when it is within the size limit and its signature verifies. */
export type BodyCheck = (c: SandboxContext, authorized: AuthorizedKey) => Promise<Uint8Array | Response>;

export function signedBodyChecks({ verify, emptyBody, now, maxSize }: SignedBodyOptions): BodyCheck {
  const tooLarge: SandboxError = {
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    message: `The request body is larger than ${maxSize} bytes.`,
    details: { limitBytes: maxSize },
  };
  // Its only refusal is a body over the limit, answered below with the key's rate-limit headers.
  const limitBody = bodyLimit({ maxSize, onError: (c) => c.body(null, 413) });
  return async (c, { key, headers }) => {
    // Hono's bodyLimit lets a declared Content-Length within the limit straight through, but only after reading
    // `c.req.raw.body`, which makes @hono/node-server build a full web Request and stream (a third of the sandbox's
    // time per request under load, measured by `npm run bench`). That one case is decided here from the header
    // alone, exactly as bodyLimit decides it; every other request (too long, chunked, no length) goes through it.
    const declaredWithin = declaredLengthWithin(c.req.header('content-length'), c.req.header('transfer-encoding'), maxSize);
    if (!declaredWithin && (await refusalOf(limitBody, c)) !== undefined) return errorResponse(tooLarge, headers);
    const incoming = c.env?.incoming;
    const rawBody =
      declaredWithin && incoming instanceof Readable ? await receivedBody(incoming) : new Uint8Array(await c.req.arrayBuffer());
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
    return failure ? errorResponse(failure, headers) : rawBody;
  };
}

/** bodyLimit's own test for a request it passes without reading: a Content-Length, no Transfer-Encoding, within max. */
function declaredLengthWithin(contentLength: string | undefined, transferEncoding: string | undefined, maxSize: number): boolean {
  return contentLength !== undefined && transferEncoding === undefined && /^\d+$/.test(contentLength) && Number(contentLength) <= maxSize;
}

/**
 * The body as node:http received it, when @hono/node-server serves the app (and bodyLimit did not read it). Read
 * from node's request rather than with `c.req.arrayBuffer()`, which copies the received bytes into an ArrayBuffer of
 * their own: one more allocation per request, ~5% of the sandbox's time (`npm run bench`), for bytes only read here.
 */
function receivedBody(incoming: Readable): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.once('end', () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
    // A client that hangs up before the whole body arrived: node:http reports it as an "aborted" error.
    incoming.once('error', reject);
  });
}
