/**
 * The explorer's Content-Security-Policy: everything from its own origin, nothing from anywhere else.
 *
 * - `connect-src 'self'`: the page reaches other origins only through the same-origin forwarding proxy
 *   (`/__coext/proxy`), and the sandbox is mounted on the same origin. (A static deployment without the proxy can
 *   then call only its own origin — the deliberate price of "nothing leaves except through the proxy".)
 * - `style-src 'unsafe-inline'`: Monaco injects `<style>` elements at run time (vs/base/browser/domStylesheets.js,
 *   per theme and per decoration) and Vite's dev server injects each CSS module as a `<style>`. Styles cannot run code.
 * - `script-src 'unsafe-inline'` in dev only: the React Refresh preamble is an inline module script in index.html.
 *   The build has no inline script, so production allows `'self'` alone. Never `'unsafe-eval'`.
 * - `img-src data:`: Monaco draws its error squiggles and colour-picker strips as `data:` images in its CSS; a
 *   `data:` image is inert and, being inline, reaches no server.
 * - `worker-src 'self'`: Vite's `?worker` and `new Worker(new URL(...))` emit same-origin files in the build and
 *   serve same-origin URLs in dev; nothing needs `blob:`.
 */

export type PolicyMode = 'dev' | 'production';

/** How the policy reaches the browser: a `<meta>` cannot carry `frame-ancestors` (Chromium warns and ignores it). */
export type PolicyDelivery = 'header' | 'meta';

/** The directives, in a stable order, for `mode` and `delivery`. */
export function cspDirectives(mode: PolicyMode, delivery: PolicyDelivery): Array<[string, string[]]> {
  const directives: Array<[string, string[]]> = [
    ['default-src', ["'none'"]],
    ['script-src', mode === 'dev' ? ["'self'", "'unsafe-inline'"] : ["'self'"]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['worker-src', ["'self'"]],
    ['manifest-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
  ];
  if (delivery === 'header') directives.push(['frame-ancestors', ["'none'"]]);
  return directives;
}

/** The policy as one header value: `default-src 'none'; script-src 'self'; …`. */
export function contentSecurityPolicy(mode: PolicyMode, delivery: PolicyDelivery): string {
  return cspDirectives(mode, delivery)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}
