/**
 * The one HTTP module. It sends a prepared request — directly when it targets this page's own origin, otherwise
 * through the dev server's forwarding proxy (`/__coext/proxy`) — and returns a value, never throwing, never
 * navigating, never showing anything. Redirects are not followed: a redirect would drop or re-send the signed request.
 * Nothing here logs: headers carry the API key and bodies carry user data.
 */
import { isSameOrigin, type PreparedRequest } from '../core/sentRequest.ts';
import type { DemoKey } from '../sandbox/keys.ts';

export interface HttpResponse {
  status: number;
  statusText: string;
  headers: [string, string][];
  bodyText: string;
  durationMs: number;
  sizeBytes: number;
  serverDate?: string;
}

/** `not-ready`: nothing was sent (no valid timestamp or signature yet); `invalid-*`: the request cannot be built. */
export type HttpFailureKind = 'network' | 'timeout' | 'aborted' | 'proxy' | 'invalid-url' | 'invalid-header' | 'not-ready';

export interface HttpFailure {
  kind: HttpFailureKind;
  /** A plain sentence for a person. */
  message: string;
  /** The proxy's `PROXY_*` code when the proxy refused or could not reach the target. */
  code?: string;
}

export type HttpResult = { ok: true; response: HttpResponse } | { ok: false; error: HttpFailure };

export interface SendOptions {
  pageOrigin: string;
  signal?: AbortSignal;
  timeoutMs?: number;
  /** A monotonic clock in milliseconds, for the duration. */
  now?: () => number;
}

export const SEND_TIMEOUT_MS = 30_000;
const NETWORK_KINDS: Record<string, HttpFailureKind> = {
  PROXY_TIMEOUT: 'timeout',
  PROXY_CONNECTION_REFUSED: 'network',
  PROXY_CONNECTION_RESET: 'network',
  PROXY_DNS: 'network',
  PROXY_TLS: 'network',
  PROXY_NETWORK: 'network',
};

/** Sends `request` and resolves with the answer or a failure; cancel with `options.signal`. */
export async function sendRequest(request: PreparedRequest, options: SendOptions): Promise<HttpResult> {
  const now = options.now ?? (() => performance.now());
  const timeoutMs = options.timeoutMs ?? SEND_TIMEOUT_MS;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  if (options.signal?.aborted) controller.abort();
  const started = now();
  try {
    if (isSameOrigin(request.url, options.pageOrigin)) return await fetchOnce(request, undefined, controller.signal, started, now);
    // Once more with a fresh token and registration if the server restarted since they were fetched.
    for (let attempt = 0; ; attempt++) {
      const route = await getProxyRoute(new URL(request.url).origin, controller.signal);
      if (route.kind === 'failed') return { ok: false, error: route.error };
      const result = await fetchOnce(request, route, controller.signal, started, now);
      const stale = !result.ok && (result.error.code === 'PROXY_BAD_TOKEN' || result.error.code === 'PROXY_NO_TARGET');
      if (!stale || attempt > 0) return result;
      resetProxyRoute();
    }
  } catch (error) {
    if (options.signal?.aborted) return fail('aborted', 'The request was cancelled before an answer arrived.');
    if (timedOut) return fail('timeout', `No answer within ${timeoutMs / 1000} seconds; the request was abandoned.`);
    return fail('network', networkMessage(request.url, error));
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

async function fetchOnce(
  request: PreparedRequest,
  route: ProxyRoute | undefined,
  signal: AbortSignal,
  started: number,
  now: () => number,
): Promise<HttpResult> {
  const headers = new Headers(request.headers);
  let url = request.url;
  if (route?.kind === 'proxy') {
    headers.set('X-Coext-Proxy-Token', route.token);
    headers.set('X-Coext-Target', request.url);
    url = '/__coext/proxy';
  }
  const body = request.body && request.method !== 'GET' ? copyBytes(request.body) : undefined;
  const response = await fetch(url, { method: request.method, headers, body, redirect: 'manual', signal, cache: 'no-store' });
  if (response.type === 'opaqueredirect') {
    return fail('network', `${new URL(request.url).origin} answered with a redirect, which the explorer does not follow (it would re-send the signed request elsewhere). Use the final URL as the base URL.`);
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  const durationMs = Math.max(0, Math.round(now() - started));
  const bodyText = new TextDecoder().decode(bytes);
  if (route?.kind === 'proxy') {
    const proxyFailure = readProxyFailure(response, bodyText);
    if (proxyFailure) return { ok: false, error: proxyFailure };
  }
  const serverDate = response.headers.get('date') ?? undefined;
  return {
    ok: true,
    response: {
      status: response.status,
      statusText: response.statusText,
      headers: [...response.headers.entries()],
      bodyText,
      durationMs,
      sizeBytes: bytes.length,
      ...(serverDate === undefined ? {} : { serverDate }),
    },
  };
}

type ProxyRoute = { kind: 'proxy'; token: string } | { kind: 'direct' } | { kind: 'failed'; error: HttpFailure };

// The token is per server process; the registered origin is the one the proxy currently forwards to.
let proxyToken: Promise<string | null> | undefined;
let registeredOrigin: string | undefined;

function resetProxyRoute(): void {
  proxyToken = undefined;
  registeredOrigin = undefined;
}

/** How to reach another origin: through the proxy (token fetched once, target registered), or directly without one. */
async function getProxyRoute(targetOrigin: string, signal: AbortSignal): Promise<ProxyRoute> {
  proxyToken ??= fetchProxyToken();
  const token = await proxyToken.catch((error: unknown) => {
    proxyToken = undefined;
    throw error;
  });
  // No proxy on this server (a static deployment): try directly; only a CORS-enabled server will answer.
  if (token === null) return { kind: 'direct' };
  if (registeredOrigin !== targetOrigin) {
    const response = await fetch('/__coext/proxy/target', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', 'X-Coext-Proxy-Token': token },
      body: JSON.stringify({ origin: targetOrigin }),
      signal,
      cache: 'no-store',
    });
    const text = await response.text();
    if (!response.ok) {
      return { kind: 'failed', error: readProxyFailure(response, text) ?? { kind: 'proxy', message: `The local proxy refused the target ${targetOrigin} (HTTP ${response.status}).` } };
    }
    registeredOrigin = targetOrigin;
  }
  return { kind: 'proxy', token };
}

async function fetchProxyToken(): Promise<string | null> {
  const response = await fetch('/__coext/proxy-token', { cache: 'no-store' });
  // A static host answers 404, or its single-page fallback (HTML): either way there is no proxy.
  if (response.status === 404 || !isJson(response)) return null;
  const parsed = (await response.json().catch(() => ({}))) as { token?: unknown };
  if (!response.ok || typeof parsed.token !== 'string') throw new TypeError('The local proxy gave no token.');
  return parsed.token;
}

/** A `PROXY_*` error body from the proxy itself (the target's own answers pass through untouched). */
function readProxyFailure(response: Response, bodyText: string): HttpFailure | undefined {
  if (response.ok) return undefined;
  try {
    const parsed = JSON.parse(bodyText) as { error?: { code?: unknown; message?: unknown } };
    const code = parsed.error?.code;
    if (typeof code !== 'string' || !code.startsWith('PROXY_')) return undefined;
    const message = typeof parsed.error?.message === 'string' ? parsed.error.message : `The local proxy refused (${code}).`;
    return { kind: NETWORK_KINDS[code] ?? 'proxy', message, code };
  } catch {
    return undefined;
  }
}

function networkMessage(url: string, error: unknown): string {
  const origin = URL.canParse(url) ? new URL(url).origin : url;
  const detail = error instanceof TypeError ? '' : ' (an unexpected error)';
  return `The request to ${origin} failed before any answer arrived${detail}: the server is unreachable, or the browser blocked it (CORS).`;
}

function fail(kind: HttpFailureKind, message: string): HttpResult {
  return { ok: false, error: { kind, message } };
}

/** A private copy, so nothing that edits the caller's array can change the bytes in flight. */
function copyBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes);
}

function isJson(response: Response): boolean {
  return (response.headers.get('content-type') ?? '').includes('json');
}

/**
 * A demo key of the built-in sandbox, as `/__coext/sandbox-keys` lists it: the sandbox's own type (types only —
 * nothing of the Node server is bundled), with the name widened because the page only displays it.
 */
export type SandboxKeyInfo = Omit<DemoKey, 'name'> & { name: string };

export type SandboxKeysResult =
  | { ok: true; keys: SandboxKeyInfo[] }
  | { ok: false; reason: 'absent' | 'failed'; message: string };

/** The dev or preview server's demo keys; `absent` where no sandbox is mounted (a static deployment). */
export async function fetchSandboxKeys(): Promise<SandboxKeysResult> {
  let response: Response;
  try {
    response = await fetch('/__coext/sandbox-keys', { cache: 'no-store' });
  } catch {
    return { ok: false, reason: 'failed', message: 'The sandbox keys could not be loaded: the server did not answer.' };
  }
  if (response.status === 404 || !isJson(response)) {
    return { ok: false, reason: 'absent', message: 'This server has no built-in sandbox.' };
  }
  const parsed = (await response.json().catch(() => undefined)) as { keys?: unknown } | undefined;
  const keys = Array.isArray(parsed?.keys) ? parsed.keys.filter(isSandboxKey) : [];
  if (!response.ok || keys.length === 0) {
    return { ok: false, reason: 'failed', message: `The sandbox keys could not be read (HTTP ${response.status}).` };
  }
  return { ok: true, keys };
}

function isSandboxKey(value: unknown): value is SandboxKeyInfo {
  const key = value as Partial<SandboxKeyInfo> | null;
  return (
    typeof key === 'object' && key !== null &&
    typeof key.name === 'string' && typeof key.apiKey === 'string' && typeof key.secret === 'string' &&
    typeof key.rateLimitPerMinute === 'number' && (key.expiresAt === null || typeof key.expiresAt === 'string') &&
    Array.isArray(key.allowedIps) && typeof key.requireSignature === 'boolean'
  );
}
