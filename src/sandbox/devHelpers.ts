/**
 * Same-origin helper endpoints the dev and preview servers add beside the sandbox:
 *   GET /__coext/sandbox-keys   the demo keys, for the explorer's "Sandbox keys" panel
 *   GET /__coext/proxy-token    { token } — only for the explorer's own page
 *   GET/PUT /__coext/proxy/target   the one origin the proxy may forward to (PUT needs the token)
 *   ANY /__coext/proxy          the forwarding proxy (see proxy.ts)
 */
import { Hono } from 'hono';
import { API_PREFIX } from './app.ts';
import type { DemoKey } from './keys.ts';
import { forwardRequest } from './proxy.ts';
import { proxyError } from './proxyErrors.ts';
import { isNotCrossSite, isSameOriginRequest, tokensEqual } from './sameOrigin.ts';

export interface DevHelperOptions {
  demoKeys: readonly DemoKey[];
  token: string;
  /** `process.env.COEXT_TARGET`: when set, the only target, and the page cannot change it. */
  fixedTarget?: string | undefined;
  proxyTimeoutMs?: number;
}

const NO_STORE = { 'Cache-Control': 'no-store' };

export function createDevHelpers(options: DevHelperOptions): Hono {
  const fixed = options.fixedTarget ? normalizeOrigin(options.fixedTarget) : null;
  let registered: string | null = null;
  const targetOrigin = () => fixed ?? registered;
  const notYours = () => proxyError(403, 'PROXY_FORBIDDEN_ORIGIN', "Only the explorer's own page may call this.");
  const app = new Hono();

  app.get('/__coext/sandbox-keys', (c) => {
    if (!isNotCrossSite(c.req.raw)) return notYours();
    return c.json({ baseUrl: API_PREFIX, keys: options.demoKeys }, 200, NO_STORE);
  });
  app.get('/__coext/proxy-token', (c) => {
    if (!isSameOriginRequest(c.req.raw)) return notYours();
    return c.json({ token: options.token }, 200, NO_STORE);
  });
  app.get('/__coext/proxy/target', (c) => {
    if (!isSameOriginRequest(c.req.raw)) return notYours();
    return c.json({ origin: targetOrigin(), fixed: fixed !== null }, 200, NO_STORE);
  });
  app.put('/__coext/proxy/target', async (c) => {
    if (!isSameOriginRequest(c.req.raw)) return notYours();
    if (!tokensEqual(c.req.header('x-coext-proxy-token') ?? null, options.token)) {
      return proxyError(403, 'PROXY_BAD_TOKEN', 'The proxy token is missing or wrong; reload the explorer to get a new one.');
    }
    const requested = await c.req.json<{ origin?: unknown }>().catch(() => ({ origin: undefined }));
    const origin = typeof requested?.origin === 'string' ? normalizeOrigin(requested.origin) : null;
    if (origin === null) return proxyError(400, 'PROXY_BAD_TARGET', 'Send {"origin": "https://host[:port]"}.');
    if (fixed !== null && origin !== fixed) {
      return proxyError(409, 'PROXY_TARGET_FIXED', `COEXT_TARGET fixes the target to ${fixed}; restart without it to change.`);
    }
    registered = origin;
    return c.json({ origin: targetOrigin(), fixed: fixed !== null }, 200, NO_STORE);
  });
  app.all('/__coext/proxy', (c) =>
    forwardRequest(c.req.raw, { token: options.token, targetOrigin, timeoutMs: options.proxyTimeoutMs }),
  );
  app.notFound(() => proxyError(404, 'PROXY_BAD_REQUEST', 'No such helper endpoint.'));
  app.onError(() => proxyError(400, 'PROXY_BAD_REQUEST', 'The proxy could not read this request.'));
  return app;
}

/** The origin of an http(s) URL (`https://api.example.com`), or null. */
function normalizeOrigin(text: string): string | null {
  if (!URL.canParse(text)) return null;
  const url = new URL(text);
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
}
