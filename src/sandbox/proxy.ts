/**
 * The forwarding proxy behind `/__coext/proxy`, as a plain `Request → Response` function (testable without Vite).
 *
 * The explorer's page sends the real request here with `X-Coext-Proxy-Token` and `X-Coext-Target: <absolute URL>`.
 * It is forwarded only for a same-origin caller holding the token, only to an allowed target origin, with the
 * body byte for byte both ways, no redirects followed, and hop-by-hop / X-Coext-* / page-identity headers removed.
 * Nothing here logs: request headers carry the API key and bodies carry user data.
 */
import { concatBytes } from '../core/encoding.ts';
import { isSameOriginRequest, tokensEqual } from './sameOrigin.ts';
import { networkFailure, proxyError } from './proxyErrors.ts';
import type { ProxyTargets } from './proxyTargets.ts';

export interface ProxyOptions {
  /** The per-process token the page fetched from `/__coext/proxy-token`. */
  token: string;
  /** The origins requests may go to now (see proxyTargets.ts), and what to say when there are none. */
  targets: Pick<ProxyTargets, 'allowed' | 'noTargetMessage'>;
  timeoutMs?: number;
  maxBodyBytes?: number;
}

export const PROXY_TIMEOUT_MS = 15_000;
export const PROXY_MAX_BODY_BYTES = 1024 * 1024;

const HOP_BY_HOP = new Set([
  'connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'proxy-connection', 'te', 'trailer',
  'transfer-encoding', 'upgrade', 'host', 'content-length',
]);
// What describes the explorer's page rather than the request the user built; cookies belong to the dev server.
const PAGE_IDENTITY = /^(x-coext-|sec-fetch-|sec-ch-|origin$|referer$|cookie$|accept-encoding$)/;
const UNFORWARDABLE_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);

export async function forwardRequest(request: Request, options: ProxyOptions): Promise<Response> {
  const timeoutMs = options.timeoutMs ?? PROXY_TIMEOUT_MS;
  const maxBodyBytes = options.maxBodyBytes ?? PROXY_MAX_BODY_BYTES;
  if (!isSameOriginRequest(request)) {
    return proxyError(403, 'PROXY_FORBIDDEN_ORIGIN', "The proxy only accepts requests from the explorer's own page.");
  }
  if (!tokensEqual(request.headers.get('x-coext-proxy-token'), options.token)) {
    return proxyError(403, 'PROXY_BAD_TOKEN', 'The proxy token is missing or wrong; reload the explorer to get a new one.');
  }
  const target = parseTarget(request.headers.get('x-coext-target'));
  if (!target) {
    return proxyError(400, 'PROXY_BAD_TARGET', 'X-Coext-Target must be an absolute http(s) URL.');
  }
  const allowed = options.targets.allowed();
  if (allowed.length === 0) {
    return proxyError(409, 'PROXY_NO_TARGET', options.targets.noTargetMessage);
  }
  if (!allowed.includes(target.origin)) {
    return proxyError(403, 'PROXY_TARGET_NOT_ALLOWED', `The proxy only forwards to ${allowed.join(', ')}, not ${target.origin}.`);
  }
  const method = request.method.toUpperCase();
  if (UNFORWARDABLE_METHODS.has(method)) {
    return proxyError(400, 'PROXY_BAD_REQUEST', `The ${method} method cannot be forwarded.`);
  }
  const body = await readCapped(request, maxBodyBytes);
  if (body === 'too-large') {
    return proxyError(413, 'PROXY_PAYLOAD_TOO_LARGE', `The request body is larger than ${maxBodyBytes} bytes.`);
  }

  const signal = AbortSignal.timeout(timeoutMs);
  let upstream: Response;
  let responseBody: ArrayBuffer;
  try {
    upstream = await fetch(target, {
      method,
      headers: forwardedHeaders(request.headers),
      ...(method === 'GET' || method === 'HEAD' ? {} : { body }),
      redirect: 'manual',
      signal,
    });
    responseBody = await upstream.arrayBuffer();
  } catch (error) {
    return networkFailure(error, target, timeoutMs);
  }
  const location = upstream.headers.get('location');
  if (upstream.status >= 300 && upstream.status < 400 && location !== null) {
    const destination = URL.canParse(location, target) ? new URL(location, target).origin : 'an unreadable location';
    if (destination !== target.origin) {
      return proxyError(502, 'PROXY_REDIRECT_REFUSED', `The target redirected to ${destination}; the proxy does not follow redirects to another origin.`);
    }
  }
  if (upstream.status < 200 || upstream.status > 599) {
    return proxyError(502, 'PROXY_NETWORK', `The target answered with status ${upstream.status}, which cannot be passed on.`);
  }
  return new Response(method === 'HEAD' || [204, 205, 304].includes(upstream.status) ? null : responseBody, {
    status: upstream.status,
    statusText: upstream.statusText,
    headers: returnedHeaders(upstream.headers),
  });
}

function parseTarget(header: string | null): URL | null {
  if (header === null || !URL.canParse(header)) return null;
  const url = new URL(header);
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
}

function forwardedHeaders(incoming: Headers): Headers {
  const named = (incoming.get('connection') ?? '').split(',').map((name) => name.trim().toLowerCase());
  const out = new Headers();
  incoming.forEach((value, name) => {
    if (!HOP_BY_HOP.has(name) && !PAGE_IDENTITY.test(name) && !named.includes(name)) out.append(name, value);
  });
  // Ask for an unencoded answer so the bytes the page sees are the bytes the target sent.
  out.set('accept-encoding', 'identity');
  return out;
}

function returnedHeaders(upstream: Headers): Headers {
  const out = new Headers();
  upstream.forEach((value, name) => {
    // fetch has already decoded any content-encoding; set-cookie would land on the dev server's origin.
    if (!HOP_BY_HOP.has(name) && name !== 'content-encoding' && name !== 'set-cookie') out.append(name, value);
  });
  return out;
}

/** The whole body, or 'too-large' as soon as it passes `limit` bytes (without buffering the rest). */
async function readCapped(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | 'too-large'> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limit) return 'too-large';
  if (!request.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      return 'too-large';
    }
    chunks.push(value);
  }
  return concatBytes(...chunks);
}
