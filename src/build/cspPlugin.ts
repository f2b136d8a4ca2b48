/**
 * `contentSecurityPolicy()`: a Vite plugin that puts the explorer's CSP on the page in all three places it is served.
 * Dev and preview send it as a response header on the page itself (`/`, `/index.html`) — only there, so Vitest's own
 * runner pages, served by the same dev server during browser tests, keep working. The build also writes it into
 * `index.html` as a `<meta>`, so a static deployment without these servers is covered too.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import { contentSecurityPolicy, type PolicyMode } from './contentSecurityPolicy.ts';

const PAGE_PATHS = new Set(['/', '/index.html']);

function policyHeader(mode: PolicyMode) {
  const value = contentSecurityPolicy(mode, 'header');
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (PAGE_PATHS.has(path)) res.setHeader('Content-Security-Policy', value);
    next();
  };
}

export function cspPlugin(): Plugin {
  let command: 'build' | 'serve' = 'serve';
  return {
    name: 'coext-content-security-policy',
    configResolved(config) {
      command = config.command;
    },
    configureServer(server) {
      server.middlewares.use(policyHeader('dev'));
    },
    configurePreviewServer(server) {
      server.middlewares.use(policyHeader('production'));
    },
    transformIndexHtml: {
      order: 'post',
      handler() {
        if (command !== 'build') return [];
        return [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy('production', 'meta') }, injectTo: 'head-prepend' }];
      },
    },
  };
}
