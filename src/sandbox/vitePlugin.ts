/**
 * `coextSandbox()`: mounts the sandbox at `/api/v1/external` and the `/__coext/*` helpers (demo keys, proxy token,
 * forwarding proxy) in both `vite` (dev) and `vite preview`, so the explorer works out of the box on its own origin.
 * Demo keys and the proxy token are made once per process and live only in memory.
 */
import { getRequestListener } from '@hono/node-server';
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import { API_PREFIX, createSandboxApp } from './app.ts';
import { createDevHelpers } from './devHelpers.ts';
import { createDemoKeys, storedKeyOf } from './keys.ts';
import type { EmptyBodyMode, VerifyMode } from './verifySignature.ts';

export interface CoextSandboxPluginOptions {
  verify?: VerifyMode;
  emptyBody?: EmptyBodyMode;
  proxyTimeoutMs?: number;
}

export function coextSandbox(options: CoextSandboxPluginOptions = {}): Plugin {
  const demoKeys = createDemoKeys(Date.now());
  const sandbox = createSandboxApp({ keys: demoKeys.map(storedKeyOf), verify: options.verify, emptyBody: options.emptyBody });
  const helpers = createDevHelpers({
    demoKeys,
    token: randomBytes(32).toString('hex'),
    fixedTarget: process.env.COEXT_TARGET,
    proxyTimeoutMs: options.proxyTimeoutMs,
  });
  // getRequestListener passes the Node request as `env.incoming`, so the sandbox sees the real socket address.
  const sandboxListener = getRequestListener(sandbox.fetch);
  const helperListener = getRequestListener(helpers.fetch);
  const middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === API_PREFIX || path.startsWith(`${API_PREFIX}/`)) void sandboxListener(req, res);
    else if (path.startsWith('/__coext/')) void helperListener(req, res);
    else next();
  };
  return {
    name: 'coext-sandbox',
    configureServer(server) {
      server.middlewares.use(middleware);
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware);
    },
  };
}
