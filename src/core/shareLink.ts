/**
 * Share links: the request (never a credential, nor anything derived from the secret) compressed into the URL
 * fragment as `#share=<lz-string>`. The fragment never reaches a server, and the link is checked on both ends:
 * too long to survive browsers and chat tools is refused when made and when opened; anything that does not decode
 * to exactly the shape below is refused with a message, so a bad link changes nothing.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import * as z from 'zod/mini';
import { HTTP_METHODS, type HttpMethod } from './requestModel.ts';

/** What a link carries. `timestamp` is the pinned Timestamp field as typed; absent when it follows the clock. */
export interface SharedRequest {
  v: 1;
  method: HttpMethod;
  path: string;
  body: string;
  /** The Base URL setting as typed; empty means the sandbox of whichever explorer opens the link. */
  baseUrl: string;
  authMode: 'signed' | 'key-only';
  emptyBody: 'empty' | 'object';
  timestamp?: string;
}

/** Past about 8,000 characters links break: some browsers, proxies and chat tools cut or refuse them. */
export const MAX_SHARE_LINK_LENGTH = 8000;
/** A short link can still inflate enormously (LZ dictionaries grow); the editor has no use for more than this. */
const MAX_DECODED_LENGTH = 2_000_000;
const FRAGMENT_PREFIX = '#share=';

const sharedRequestSchema = z.object({
  v: z.literal(1),
  method: z.enum(HTTP_METHODS),
  path: z.string(),
  body: z.string(),
  baseUrl: z.string(),
  authMode: z.enum(['signed', 'key-only']),
  emptyBody: z.enum(['empty', 'object']),
  timestamp: z.optional(z.string()),
});

export type ShareLinkResult =
  | { ok: true; link: string }
  | { ok: false; error: { field: 'body'; message: string; length: number } };

export type ReadShareResult =
  | { ok: true; request: SharedRequest | undefined }
  | { ok: false; error: { field: 'share'; message: string } };

/**
 * The link to `pageUrl` (origin and path, no fragment) that reopens `request`. Only the fields of
 * {@link SharedRequest} are copied, so whatever else the caller's object holds cannot leak into the link.
 */
export function buildShareLink(pageUrl: string, request: SharedRequest): ShareLinkResult {
  const shared: SharedRequest = {
    v: 1,
    method: request.method,
    path: request.path,
    body: request.body,
    baseUrl: request.baseUrl,
    authMode: request.authMode,
    emptyBody: request.emptyBody,
    ...(request.timestamp === undefined ? {} : { timestamp: request.timestamp }),
  };
  const link = `${pageUrl}${FRAGMENT_PREFIX}${compressToEncodedURIComponent(JSON.stringify(shared))}`;
  if (link.length > MAX_SHARE_LINK_LENGTH) {
    return {
      ok: false,
      error: {
        field: 'body',
        length: link.length,
        message: `The body is too large to share by link: the link would be ${link.length.toLocaleString('en')} characters, `
          + `and links longer than ${MAX_SHARE_LINK_LENGTH.toLocaleString('en')} are cut or refused by browsers and chat tools.`,
      },
    };
  }
  return { ok: true, link };
}

/**
 * The request carried by `href` (a whole URL or just its fragment). `request` is undefined when there is no
 * `#share=` fragment at all. Never throws, whatever the text.
 */
export function readShareLink(href: string): ReadShareResult {
  const hashAt = href.indexOf('#');
  const fragment = hashAt === -1 ? '' : href.slice(hashAt);
  if (!fragment.startsWith(FRAGMENT_PREFIX)) return { ok: true, request: undefined };
  if (href.length > MAX_SHARE_LINK_LENGTH) {
    return fail(`This share link is ${href.length.toLocaleString('en')} characters long, more than the ${MAX_SHARE_LINK_LENGTH.toLocaleString('en')} a share link can have: it was not made by the Share button, or was changed since. Nothing was changed.`);
  }
  const json = inflate(fragment.slice(FRAGMENT_PREFIX.length));
  if (json === undefined) return fail('This share link is damaged (it was probably cut off or changed when copied): its request cannot be read. Nothing was changed.');
  if (json.length > MAX_DECODED_LENGTH) return fail('This share link unpacks to more text than a request can hold. Nothing was changed.');
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return fail('This share link is damaged: its contents are not a request. Nothing was changed.');
  }
  if (typeof data === 'object' && data !== null && 'v' in data && data.v !== 1) {
    return fail(`This share link was made by another version of the explorer (format ${JSON.stringify(data.v)}), which this one cannot read. Nothing was changed.`);
  }
  const parsed = sharedRequestSchema.safeParse(data);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || 'the request'))].join(', ');
    return fail(`This share link does not hold a valid request (wrong or missing: ${fields}). Nothing was changed.`);
  }
  return { ok: true, request: parsed.data };
}

function inflate(packed: string): string | undefined {
  try {
    // Some chat tools percent-encode the alphabet's `$` and `+`; decodeURIComponent throws on a stray `%`.
    const text = decompressFromEncodedURIComponent(packed.includes('%') ? decodeURIComponent(packed) : packed);
    return typeof text === 'string' && text !== '' ? text : undefined;
  } catch {
    return undefined; // lz-string throws on some malformed input
  }
}

function fail(message: string): ReadShareResult {
  return { ok: false, error: { field: 'share', message } };
}
