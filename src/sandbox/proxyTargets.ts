/**
 * Which origins the forwarding proxy may reach, and what `PUT /__coext/proxy/target` does.
 *
 * - `registeredTarget` (dev and preview): one origin at a time — `COEXT_TARGET`, fixed, or else whatever the
 *   explorer's own page last registered. One person, one machine.
 * - `allowListTargets` (`npm start`): the origins named with `--allow-target` when the server started, and only
 *   those. The page's registration only checks its choice against the list and changes nothing shared, so
 *   several people on one server cannot move each other's target; an empty list forwards nowhere.
 */
import { proxyError } from './proxyErrors.ts';

export interface ProxyTargets {
  /** The origins a request may go to right now (empty: none). */
  allowed(): readonly string[];
  /** What the proxy answers when `allowed()` is empty. */
  noTargetMessage: string;
  /** The page names the origin it will send to: null when accepted, else the refusal to send back. */
  register(origin: string): Response | null;
  /** The answer to `GET/PUT /__coext/proxy/target`. */
  describe(): { origin: string | null; fixed: boolean };
}

export function registeredTarget(fixedTarget: string | undefined): ProxyTargets {
  const fixed = fixedTarget ? normalizeOrigin(fixedTarget) : null;
  let registered: string | null = null;
  const current = () => fixed ?? registered;
  return {
    allowed: () => {
      const origin = current();
      return origin === null ? [] : [origin];
    },
    noTargetMessage: 'No target is configured: set COEXT_TARGET or register one first.',
    register(origin) {
      if (fixed !== null && origin !== fixed) {
        return proxyError(409, 'PROXY_TARGET_FIXED', `COEXT_TARGET fixes the target to ${fixed}; restart without it to change.`);
      }
      registered = origin;
      return null;
    },
    describe: () => ({ origin: current(), fixed: fixed !== null }),
  };
}

export function allowListTargets(origins: readonly string[]): ProxyTargets {
  const list = [...new Set(origins)];
  return {
    allowed: () => list,
    noTargetMessage: 'This server forwards to no target: its operator can start it with --allow-target https://api.example.com.',
    register(origin) {
      if (list.includes(origin)) return null;
      return proxyError(403, 'PROXY_TARGET_NOT_ALLOWED', list.length === 0
        ? `This server forwards to no target, so not to ${origin}: its operator can start it with --allow-target ${origin}.`
        : `This server only forwards to ${list.join(', ')}, not ${origin}.`);
    },
    // Nothing is registered per page: `origin` is the one target when there is exactly one.
    describe: () => ({ origin: list.length === 1 ? list[0]! : null, fixed: true }),
  };
}

/** The origin of an http(s) URL (`https://api.example.com`), or null. */
export function normalizeOrigin(text: string): string | null {
  if (!URL.canParse(text)) return null;
  const url = new URL(text);
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
}
