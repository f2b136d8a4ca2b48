/**
 * The proxy's own errors: `{ success: false, error: { code: 'PROXY_<KIND>', message } }` with a plain sentence, so
 * the explorer can tell "the proxy refused" and "the target is unreachable" apart from anything the target said.
 */
export type ProxyErrorCode =
  | 'PROXY_FORBIDDEN_ORIGIN'
  | 'PROXY_BAD_TOKEN'
  | 'PROXY_BAD_TARGET'
  | 'PROXY_NO_TARGET'
  | 'PROXY_TARGET_NOT_ALLOWED'
  | 'PROXY_TARGET_FIXED'
  | 'PROXY_BAD_REQUEST'
  | 'PROXY_PAYLOAD_TOO_LARGE'
  | 'PROXY_REDIRECT_REFUSED'
  | 'PROXY_CONNECTION_REFUSED'
  | 'PROXY_CONNECTION_RESET'
  | 'PROXY_DNS'
  | 'PROXY_TLS'
  | 'PROXY_TIMEOUT'
  | 'PROXY_NETWORK';

export function proxyError(status: number, code: ProxyErrorCode, message: string): Response {
  return Response.json(
    { success: false, error: { code, message } },
    { status, headers: { 'Cache-Control': 'no-store' } },
  );
}

const TLS_CODES = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|ERR_OSSL_|HOSTNAME_MISMATCH)/;

/** Every `code` on the error, its causes and (for happy-eyeballs AggregateErrors) their members. */
function errorCodes(error: unknown, depth = 0): string[] {
  if (typeof error !== 'object' || error === null || depth > 5) return [];
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  const own = typeof code === 'string' ? [code] : [];
  const nested = Array.isArray(errors) ? errors.flatMap((e) => errorCodes(e, depth + 1)) : [];
  return [...own, ...errorCodes(cause, depth + 1), ...nested];
}

/** Maps a failed fetch to a 502/504 with a sentence a person can act on. Never echoes headers or bodies. */
export function networkFailure(error: unknown, target: URL, timeoutMs: number): Response {
  const name = (error as { name?: unknown } | null)?.name;
  const codes = errorCodes(error);
  const where = target.origin;
  if (name === 'TimeoutError' || codes.includes('UND_ERR_CONNECT_TIMEOUT') || codes.includes('ETIMEDOUT')) {
    return proxyError(504, 'PROXY_TIMEOUT', `${where} did not answer within ${timeoutMs / 1000} seconds.`);
  }
  if (codes.includes('ECONNREFUSED')) {
    return proxyError(502, 'PROXY_CONNECTION_REFUSED', `${where} refused the connection: nothing is listening there.`);
  }
  if (codes.includes('ENOTFOUND') || codes.includes('EAI_AGAIN')) {
    return proxyError(502, 'PROXY_DNS', `The host name ${target.hostname} could not be found.`);
  }
  if (codes.some((code) => TLS_CODES.test(code))) {
    return proxyError(502, 'PROXY_TLS', `The secure connection to ${where} failed: its TLS certificate or setup was rejected.`);
  }
  if (codes.includes('ECONNRESET') || codes.includes('UND_ERR_SOCKET') || codes.includes('EPIPE')) {
    return proxyError(502, 'PROXY_CONNECTION_RESET', `${where} closed the connection before answering.`);
  }
  return proxyError(502, 'PROXY_NETWORK', `The request to ${where} failed before any answer arrived.`);
}
