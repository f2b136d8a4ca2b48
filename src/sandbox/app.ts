/**
 * The sandbox: a Hono app implementing the documented Coext authentication contract under `/api/v1/external`.
 *
 * Check order: route (404/405) → key → expiry → IP → rate limit (counts every request naming a valid key) → body
 * size → timestamp → signature → body validation; the key checks are `keyChecks`, the body checks
 * `signedBodyChecks`, and `signedEndpoint` runs both before an endpoint. Nothing here answers 5xx: an input that
 * makes anything throw gets a 400 JSON error.
 */
import { Hono } from 'hono';
import { randomUUID } from 'node:crypto';
import { withCors } from './browserCors.ts';
import { type AnswerHeaders, errorResponse, type SandboxContext, type SandboxEnv } from './errorResponse.ts';
import { keyChecks } from './keyChecks.ts';
import type { SandboxKey } from './keys.ts';
import { listTemplates, sendTextMessage } from './routes.ts';
import { signedBodyChecks } from './signedBody.ts';
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

const MESSAGES_PATH = `${API_PREFIX}/messages/text`;
const TEMPLATES_PATH = `${API_PREFIX}/templates`;
/** Each endpoint's methods, for the 405 answer and its Allow header (Hono answers HEAD with the GET route). */
const ROUTES: Record<string, readonly string[]> = { [MESSAGES_PATH]: ['POST'], [TEMPLATES_PATH]: ['GET', 'HEAD'] };

/** What an endpoint gets once every check passed. */
interface CheckedRequest {
  rawBody: Uint8Array;
  /** The key's rate-limit state, for the answer. */
  headers: AnswerHeaders;
}

export function createSandboxApp(options: SandboxAppOptions): Hono<SandboxEnv> {
  const now = options.now ?? Date.now;
  const trustProxy = options.trustProxy ?? false;
  const verify = options.verify ?? 'raw';
  const emptyBody = options.emptyBody ?? 'empty';
  // randomUUID draws from a cached pool of random bytes; randomBytes per request cost 6% of the sandbox's time.
  const messageId = options.messageId ?? randomMessageId;
  const checkKey = keyChecks({ keys: options.keys, now, trustProxy });
  const checkBody = signedBodyChecks({ verify, emptyBody, now, maxSize: options.bodyLimit ?? DEFAULT_BODY_LIMIT });
  // The checks, and CORS, run as plain calls inside each route's one handler rather than as a chain of Hono
  // middleware: every level of that chain costs promise hops on every request, and the five it took came to a fifth
  // of the sandbox's CPU per request in process (`npm run bench`).
  const signedEndpoint = (endpoint: (request: CheckedRequest) => Response) =>
    withCors(async (c) => {
      const authorized = await checkKey(c);
      if (authorized instanceof Response) return authorized;
      const rawBody = await checkBody(c, authorized);
      if (rawBody instanceof Response) return rawBody;
      return endpoint({ rawBody, headers: authorized.headers });
    });
  const app = new Hono<SandboxEnv>();

  app.post(MESSAGES_PATH, signedEndpoint(({ rawBody, headers }) => sendTextMessage({ rawBody, headers, nowMs: now(), messageId })));
  app.get(TEMPLATES_PATH, signedEndpoint(({ headers }) => listTemplates(headers)));
  app.notFound(withCors(noEndpoint));
  app.onError((error, c) => {
    // Through `c.res`, so the CORS headers the middleware put there for a browser go out with the answer.
    c.res = errorResponse({
      status: 400,
      code: 'BAD_REQUEST',
      message: `The sandbox could not read this request (${error instanceof Error ? error.message : 'unknown error'}).`,
    });
    return c.res;
  });
  return app;
}

/** 405 with Allow for a path the sandbox serves with other methods, else 404. */
function noEndpoint(c: SandboxContext): Response {
  const methods = ROUTES[c.req.path];
  if (!methods) return errorResponse({ status: 404, code: 'NOT_FOUND', message: `No endpoint at ${c.req.path}.` });
  return errorResponse(
    { status: 405, code: 'METHOD_NOT_ALLOWED', message: `${c.req.path} accepts ${methods[0]}, not ${c.req.method}.` },
    { Allow: methods.join(', ') },
  );
}

/** `msg_` and 24 random hex digits: the UUID's first, second and last groups, which carry no version or variant bits. */
function randomMessageId(): string {
  const uuid = randomUUID();
  return `msg_${uuid.slice(0, 8)}${uuid.slice(9, 13)}${uuid.slice(24)}`;
}
