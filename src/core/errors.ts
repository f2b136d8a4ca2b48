/**
 * The catalogue of error codes the explorer can meet: every code in the Coext guide's table (DESIGN §3), the
 * sandbox's routing codes, and the local forwarding proxy's `PROXY_*` codes. Each entry says what the code means,
 * its documented cause and the fix; what the *current* request did to earn it is computed elsewhere (clockSkew,
 * keyProblems, payloadComparison) from the values that were actually sent.
 */
export interface ErrorEntry {
  code: string;
  /** The HTTP status the code comes with. */
  status: number;
  title: string;
  cause: string;
  fix: string;
  /** Who documents it: the API guide itself, the sandbox's contract (DESIGN §3), or the explorer's proxy. */
  source: 'guide' | 'sandbox' | 'proxy';
}

/** The documented error body: `{ success: false, error: { code, message, details? } }`. */
export interface ApiError {
  code: string;
  message: string;
  details?: Record<string, unknown>;
}

const entries: ErrorEntry[] = [
  { code: 'INVALID_API_KEY', status: 401, source: 'guide', title: 'Invalid API key',
    cause: 'The key doesn’t exist, its format is incorrect, or it was deleted (or the X-API-Key header is missing).',
    fix: 'Verify that the API key is correct and active in the dashboard of the environment you are calling.' },
  { code: 'EXPIRED_API_KEY', status: 401, source: 'guide', title: 'API key expired',
    cause: 'The key is past its expiry date.',
    fix: 'Create a new API key, or remove the expiration date of this one.' },
  { code: 'IP_NOT_ALLOWED', status: 403, source: 'sandbox', title: 'Caller IP not allowed',
    cause: 'The key is restricted to a list of IP addresses and the request came from another one.',
    fix: 'Add the address the server saw to the key’s allowed IPs, or call from an allowed machine.' },
  { code: 'RATE_LIMIT_EXCEEDED', status: 429, source: 'sandbox', title: 'Rate limit exceeded',
    cause: 'More requests were made with this key in the current minute than its plan allows.',
    fix: 'Wait for the time in Retry-After, then retry; back off exponentially in code.' },
  { code: 'SIGNATURE_REQUIRED', status: 401, source: 'sandbox', title: 'Signature required',
    cause: 'This key only accepts signed requests, and X-Timestamp and X-API-Signature were both absent.',
    fix: 'Sign the request: send X-Timestamp and X-API-Signature.' },
  { code: 'TIMESTAMP_EXPIRED', status: 401, source: 'guide', title: 'Timestamp outside the window',
    cause: 'The timestamp is more than 5 minutes (300 s) from the server’s clock, or the system clock is out of sync (or it is not whole Unix seconds).',
    fix: 'Sync the clock with NTP and send the current time in whole seconds (Math.floor(Date.now() / 1000), int(time.time())).' },
  { code: 'INVALID_SIGNATURE', status: 401, source: 'guide', title: 'Signature does not match',
    cause: 'Wrong API secret used; body modified after signing; JSON serialization differs from what was signed; timestamp doesn’t match the signature payload (or a signature header is missing or malformed).',
    fix: 'Sign exactly the bytes you send ("<timestamp>.<body>") with the hex SHA-256 of the secret as the HMAC key.' },
  { code: 'INVALID_JSON', status: 400, source: 'sandbox', title: 'Body is not valid JSON',
    cause: 'The request body could not be parsed as JSON.',
    fix: 'Fix the JSON syntax; the body is sent exactly as typed.' },
  { code: 'VALIDATION_ERROR', status: 400, source: 'sandbox', title: 'Invalid fields',
    cause: 'The body is JSON, but some fields are missing or have the wrong form.',
    fix: 'Correct each field listed below.' },
  { code: 'PAYLOAD_TOO_LARGE', status: 413, source: 'sandbox', title: 'Body too large',
    cause: 'The request body is larger than the server accepts.',
    fix: 'Send a smaller body.' },
  { code: 'NOT_FOUND', status: 404, source: 'sandbox', title: 'No such endpoint',
    cause: 'Nothing is served at this path.',
    fix: 'Check the base URL (it ends in /api/v1/external) and the path (/messages/text, /templates).' },
  { code: 'METHOD_NOT_ALLOWED', status: 405, source: 'sandbox', title: 'Method not allowed',
    cause: 'The endpoint exists but does not accept this HTTP method.',
    fix: 'Use the method listed in the Allow header.' },
  { code: 'BAD_REQUEST', status: 400, source: 'sandbox', title: 'Unreadable request',
    cause: 'The server could not read the request at all.',
    fix: 'Check the headers and body encoding.' },
  ...proxyEntries(),
];

function proxyEntries(): ErrorEntry[] {
  const proxy = (code: string, status: number, title: string, cause: string, fix: string): ErrorEntry =>
    ({ code, status, title, cause, fix, source: 'proxy' });
  const reload = 'Reload the explorer; if it persists, restart the dev or preview server.';
  return [
    proxy('PROXY_FORBIDDEN_ORIGIN', 403, 'Proxy refused the caller', 'The local proxy only serves the explorer’s own page.', reload),
    proxy('PROXY_BAD_TOKEN', 403, 'Proxy token rejected', 'The page’s proxy token is missing or from an earlier server run.', reload),
    proxy('PROXY_BAD_TARGET', 400, 'Bad proxy target', 'The target is not an absolute http(s) URL.', 'Enter a base URL such as https://api.example.com/api/v1/external.'),
    proxy('PROXY_NO_TARGET', 409, 'No proxy target', 'No target origin was registered with the proxy.', reload),
    proxy('PROXY_TARGET_NOT_ALLOWED', 403, 'Target not allowed', 'The proxy forwards to one origin only, and this is another.', 'Use the base URL of the allowed origin, or restart without COEXT_TARGET.'),
    proxy('PROXY_TARGET_FIXED', 409, 'Target fixed by the server', 'COEXT_TARGET fixes the proxy’s target.', 'Restart the server without COEXT_TARGET to call another origin.'),
    proxy('PROXY_BAD_REQUEST', 400, 'Proxy could not forward', 'The request could not be forwarded as built.', 'Check the method and headers.'),
    proxy('PROXY_PAYLOAD_TOO_LARGE', 413, 'Body too large for the proxy', 'The local proxy forwards bodies up to 1 MiB.', 'Send a smaller body, or call the server directly.'),
    proxy('PROXY_REDIRECT_REFUSED', 502, 'Redirect to another origin', 'The target answered with a redirect to another origin, which the proxy does not follow.', 'Use the final URL as the base URL (often https:// instead of http://).'),
    proxy('PROXY_CONNECTION_REFUSED', 502, 'Connection refused', 'Nothing is listening at the target’s host and port.', 'Check the base URL’s host and port, and that the server is running.'),
    proxy('PROXY_CONNECTION_RESET', 502, 'Connection closed', 'The target closed the connection before answering.', 'Check the scheme (http vs https) and that the server is healthy.'),
    proxy('PROXY_DNS', 502, 'Host not found', 'The target’s host name could not be resolved.', 'Check the spelling of the base URL’s host.'),
    proxy('PROXY_TLS', 502, 'TLS failure', 'The secure connection failed: the certificate or TLS setup was rejected.', 'Check the certificate, or use http:// for a local server.'),
    proxy('PROXY_TIMEOUT', 504, 'Target timed out', 'The target did not answer in time.', 'Check that the server is reachable and not overloaded.'),
    proxy('PROXY_NETWORK', 502, 'Network failure', 'The request failed before any answer arrived.', 'Check the base URL and the network.'),
  ];
}

/** Every catalogued code, by code. */
export const ERROR_CATALOGUE: ReadonlyMap<string, ErrorEntry> = new Map(entries.map((entry) => [entry.code, entry]));

/** The catalogue entry for `code`, or undefined for a code this catalogue does not know. */
export function lookupError(code: string): ErrorEntry | undefined {
  return ERROR_CATALOGUE.get(code);
}

/** Reads the documented error body out of a response text; undefined when it is not that shape. */
export function parseApiError(bodyText: string): ApiError | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(bodyText);
  } catch {
    return undefined;
  }
  if (!isRecord(parsed) || !isRecord(parsed.error)) return undefined;
  const { code, message, details } = parsed.error;
  if (typeof code !== 'string') return undefined;
  return {
    code,
    message: typeof message === 'string' ? message : '',
    ...(isRecord(details) ? { details } : {}),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
