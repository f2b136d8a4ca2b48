/**
 * `createServerApp()`: what `npm start` serves — the built explorer, the same-origin forwarding proxy, and the
 * sandbox only when asked. Pure of process and argv (cli.ts reads those), so tests can call it in process.
 *
 * Every request first passes the Host check (hostCheck.ts); then
 *   /api/v1/external/*  the built-in sandbox, or a JSON 404 saying how to turn it on
 *   /__coext/*          the helpers of devHelpers.ts: the proxy with its token, same-origin and size locks,
 *                       forwarding only to the `--allow-target` origins
 *   anything else       the files of dist/ (staticFiles.ts)
 */
import { type Context, Hono } from 'hono';
import { randomBytes } from 'node:crypto';
import { API_PREFIX, createSandboxApp } from '../sandbox/app.ts';
import { createDevHelpers } from '../sandbox/devHelpers.ts';
import { errorResponse } from '../sandbox/errorResponse.ts';
import { createDemoKeys, storedKeyOf } from '../sandbox/keys.ts';
import { blockedHost, isAllowedHost } from './hostCheck.ts';
import { staticFiles } from './staticFiles.ts';

export interface ServerAppOptions {
  /** The folder `npm run build` wrote (index.html and assets/). */
  distDir: string;
  /** The origins the proxy may forward to; none: the proxy forwards nowhere. */
  allowTargets?: readonly string[];
  /** Mount the built-in sandbox, with demo keys made for this process. */
  sandbox?: boolean;
  /** Host names served besides localhost and IP addresses. */
  allowHosts?: readonly string[];
  /** The proxy token; a fresh random one by default. */
  token?: string;
  proxyTimeoutMs?: number;
  /** The clock, for the sandbox's demo keys and timestamps. */
  now?: () => number;
}

export function createServerApp(options: ServerAppOptions): Hono {
  const now = options.now ?? Date.now;
  const allowHosts = options.allowHosts ?? [];
  const demoKeys = options.sandbox ? createDemoKeys(now()) : undefined;
  const sandbox = demoKeys ? createSandboxApp({ keys: demoKeys.map(storedKeyOf), now }) : null;
  const helpers = createDevHelpers({
    demoKeys,
    token: options.token ?? randomBytes(32).toString('hex'),
    allowedTargets: options.allowTargets ?? [],
    proxyTimeoutMs: options.proxyTimeoutMs,
  });
  const app = new Hono();

  app.use(async (c, next) => {
    // Both the Host header and the URL built from it (an absolute-form request line could name another host).
    const host = c.req.header('host');
    if (!isAllowedHost(host, allowHosts) || !isAllowedHost(new URL(c.req.url).host, allowHosts)) return blockedHost(host);
    await next();
  });
  const toSandbox = (c: Context) =>
    sandbox
      ? sandbox.fetch(c.req.raw, c.env)
      : errorResponse({
          status: 404,
          code: 'NOT_FOUND',
          message: 'This server runs without the built-in sandbox; its operator can start it with --sandbox.',
        });
  app.all(API_PREFIX, toSandbox);
  app.all(`${API_PREFIX}/*`, toSandbox);
  app.all('/__coext/*', (c) => helpers.fetch(c.req.raw, c.env));
  app.on(['GET', 'HEAD'], '*', staticFiles(options.distDir));
  app.all('*', () => new Response('Only GET and HEAD are served here.', { status: 405, headers: { Allow: 'GET, HEAD' } }));
  return app;
}
