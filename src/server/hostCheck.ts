/**
 * DNS rebinding guard: a page on `attacker.example` whose name is made to resolve to this server would be
 * "same-origin" with it and could fetch the proxy token. Its requests carry `Host: attacker.example`, so only
 * names the operator expects are served — as Vite's dev and preview servers do: `localhost` and its subdomains,
 * IP addresses, the `--host` name, and each `--allow-host` name.
 */
import { isIP } from 'node:net';

export function hostnameOf(hostHeader: string | undefined): string | null {
  if (!hostHeader || !URL.canParse(`http://${hostHeader}`)) return null;
  return new URL(`http://${hostHeader}`).hostname;
}

export function isAllowedHost(hostHeader: string | undefined, allowedNames: readonly string[]): boolean {
  const hostname = hostnameOf(hostHeader);
  if (hostname === null) return false;
  if (hostname === 'localhost' || hostname.endsWith('.localhost')) return true;
  if (isIP(hostname.replace(/^\[|\]$/g, '')) !== 0) return true;
  return allowedNames.some((name) => name.toLowerCase() === hostname);
}

/** The refusal, worded as Vite words it, so a person who met one recognises the other. */
export function blockedHost(hostHeader: string | undefined): Response {
  const hostname = hostnameOf(hostHeader) ?? hostHeader ?? '';
  return new Response(
    `Blocked request. This host (${JSON.stringify(hostname)}) is not allowed.\n` +
      `To allow this host, start the server with --allow-host ${hostname}.\n`,
    { status: 403, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } },
  );
}
