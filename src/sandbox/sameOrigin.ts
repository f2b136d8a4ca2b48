/**
 * Guards for the dev server's helper endpoints. A browser marks every request with where it came from
 * (Sec-Fetch-Site, Origin) and no page can forge those, so "the explorer's own page" is checkable server-side.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

/** The origin the request was addressed to (its Host), i.e. the dev server's own. */
export function ownOrigin(request: Request): string {
  return new URL(request.url).origin;
}

/**
 * Strict: a positive same-origin signal is required (Sec-Fetch-Site: same-origin, or an Origin equal to our own),
 * and any contrary signal refuses. For the proxy and its token, which must never serve another site's page.
 */
export function isSameOriginRequest(request: Request): boolean {
  const site = request.headers.get('sec-fetch-site');
  const origin = request.headers.get('origin');
  if (site !== null && site !== 'same-origin') return false;
  if (origin !== null && origin !== ownOrigin(request)) return false;
  return site === 'same-origin' || origin !== null;
}

/**
 * Lenient: refuses only requests a browser marked as coming from another site; a terminal client (curl, a test)
 * sends neither header and may read the local demo keys, which it could equally read from the CLI banner.
 */
export function isNotCrossSite(request: Request): boolean {
  const site = request.headers.get('sec-fetch-site');
  const origin = request.headers.get('origin');
  if (site !== null && site !== 'same-origin' && site !== 'none') return false;
  return origin === null || origin === ownOrigin(request);
}

/** Constant-time string equality: both sides are hashed first so their lengths leak nothing either. */
export function tokensEqual(given: string | null, expected: string): boolean {
  if (given === null) return false;
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}
