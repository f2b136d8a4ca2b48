/**
 * Same-origin helper endpoints the dev, preview and `npm start` servers add beside the sandbox:
 *   GET /__coext/sandbox-keys   the demo keys, for the explorer's "Sandbox keys" panel (404 without a sandbox)
 *   GET /__coext/proxy-token    { token } — only for the explorer's own page
 *   GET/PUT /__coext/proxy/target   the origin the proxy forwards to (PUT needs the token; see proxyTargets.ts)
 *   ANY /__coext/proxy          the forwarding proxy (see proxy.ts)
 */
import { Hono } from 'hono';
import { API_PREFIX } from './app.ts';
import type { DemoKey } from './keys.ts';
import { forwardRequest } from './proxy.ts';
import { proxyError } from './proxyErrors.ts';
import { allowListTargets, normalizeOrigin, registeredTarget } from './proxyTargets.ts';
import { isNotCrossSite, isSameOriginRequest, tokensEqual } from './sameOrigin.ts';

export interface DevHelperOptions {
  /** The built-in sandbox's demo keys; absent when the server runs without a sandbox. */
  demoKeys?: readonly DemoKey[];
  token: string;
  /** `process.env.COEXT_TARGET`: when set, the only target, and the page cannot change it. */
  fixedTarget?: string | undefined;
  /** `npm start --allow-target`: the only origins the proxy forwards to, none when empty (replaces the above). */
  allowedTargets?: readonly string[];
  proxyTimeoutMs?: number;
}

const NO_STORE = { 'Cache-Control': 'no-store' };

export function createDevHelpers(options: DevHelperOptions): Hono {
  const targets = options.allowedTargets ? allowListTargets(options.allowedTargets) : registeredTarget(options.fixedTarget);
  const notYours = () => proxyError(403, 'PROXY_FORBIDDEN_ORIGIN', "Only the explorer's own page may call this.");
  const app = new Hono();

  const { demoKeys } = options;
  if (demoKeys) {
    app.get('/__coext/sandbox-keys', (c) => {
      if (!isNotCrossSite(c.req.raw)) return notYours();
      return c.json({ baseUrl: API_PREFIX, keys: demoKeys }, 200, NO_STORE);
    });
  }
  app.get('/__coext/proxy-token', (c) => {
    if (!isSameOriginRequest(c.req.raw)) return notYours();
    return c.json({ token: options.token }, 200, NO_STORE);
  });
  app.get('/__coext/proxy/target', (c) => {
    if (!isSameOriginRequest(c.req.raw)) return notYours();
    return c.json(targets.describe(), 200, NO_STORE);
  });
  app.put('/__coext/proxy/target', async (c) => {
    if (!isSameOriginRequest(c.req.raw)) return notYours();
    if (!tokensEqual(c.req.header('x-coext-proxy-token') ?? null, options.token)) {
      return proxyError(403, 'PROXY_BAD_TOKEN', 'The proxy token is missing or wrong; reload the explorer to get a new one.');
    }
    const requested = await c.req.json<{ origin?: unknown }>().catch(() => ({ origin: undefined }));
    const origin = typeof requested?.origin === 'string' ? normalizeOrigin(requested.origin) : null;
    if (origin === null) return proxyError(400, 'PROXY_BAD_TARGET', 'Send {"origin": "https://host[:port]"}.');
    return targets.register(origin) ?? c.json(targets.describe(), 200, NO_STORE);
  });
  app.all('/__coext/proxy', (c) =>
    forwardRequest(c.req.raw, { token: options.token, targets, timeoutMs: options.proxyTimeoutMs }),
  );
  app.notFound(() => proxyError(404, 'PROXY_BAD_REQUEST', 'No such helper endpoint.'));
  app.onError(() => proxyError(400, 'PROXY_BAD_REQUEST', 'The proxy could not read this request.'));
  return app;
}
