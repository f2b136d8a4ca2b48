// The error catalogue covers every code the sandbox and the proxy can answer with — read from their own source
// text, not from the catalogue — and the documented error body is read back faithfully.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CATALOGUE, lookupError, parseApiError } from '../../src/core/errors.ts';

// DESIGN §3's table, copied by hand, plus the sandbox's routing codes.
const DOCUMENTED: Record<string, number> = {
  INVALID_API_KEY: 401, EXPIRED_API_KEY: 401, IP_NOT_ALLOWED: 403, RATE_LIMIT_EXCEEDED: 429, SIGNATURE_REQUIRED: 401,
  TIMESTAMP_EXPIRED: 401, INVALID_SIGNATURE: 401, INVALID_JSON: 400, VALIDATION_ERROR: 400, PAYLOAD_TOO_LARGE: 413,
  NOT_FOUND: 404, METHOD_NOT_ALLOWED: 405, BAD_REQUEST: 400,
};

function codesIn(path: string, pattern: RegExp): string[] {
  return [...new Set([...readFileSync(path, 'utf8').matchAll(pattern)].map((match) => match[1]!))];
}

describe('the error catalogue', () => {
  it.each(Object.entries(DOCUMENTED))('explains %s with its documented status', (code, status) => {
    const entry = lookupError(code);
    expect(entry?.status).toBe(status);
    expect(entry?.title).not.toBe('');
    expect(entry?.cause).not.toBe('');
    expect(entry?.fix).not.toBe('');
  });

  it('knows every code the sandbox can answer with', () => {
    const sandboxCodes = codesIn('src/sandbox/errorResponse.ts', /\| '([A-Z_]+)'/g);
    expect(sandboxCodes.length).toBeGreaterThanOrEqual(13);
    for (const code of sandboxCodes) expect(lookupError(code), code).toBeDefined();
  });

  it('knows every PROXY_* code the forwarding proxy can answer with', () => {
    const proxyCodes = codesIn('src/sandbox/proxyErrors.ts', /'(PROXY_[A-Z_]+)'/g);
    expect(proxyCodes.length).toBeGreaterThanOrEqual(10);
    for (const code of proxyCodes) expect(lookupError(code)?.source, code).toBe('proxy');
  });

  it('quotes the guide for the four codes it documents', () => {
    expect(lookupError('INVALID_API_KEY')?.cause).toMatch(/doesn’t exist, its format is incorrect, or it was deleted/);
    expect(lookupError('EXPIRED_API_KEY')?.fix).toMatch(/remove the expiration date/);
    expect(lookupError('TIMESTAMP_EXPIRED')?.fix).toMatch(/NTP/);
    expect(lookupError('INVALID_SIGNATURE')?.cause).toMatch(/Wrong API secret used; body modified after signing/);
  });

  it('has no entry for an unknown code', () => {
    expect(lookupError('SOMETHING_NEW')).toBeUndefined();
    expect(ERROR_CATALOGUE.has('')).toBe(false);
  });
});

describe('parseApiError', () => {
  it('reads the documented error body, details included', () => {
    const body = '{"success":false,"error":{"code":"VALIDATION_ERROR","message":"Some fields are invalid.","details":{"to":"is required"}}}';
    expect(parseApiError(body)).toEqual({ code: 'VALIDATION_ERROR', message: 'Some fields are invalid.', details: { to: 'is required' } });
  });

  it('keeps a code without a message or details', () => {
    expect(parseApiError('{"error":{"code":"X"}}')).toEqual({ code: 'X', message: '' });
  });

  it.each([
    ['not JSON', '<html>502 Bad Gateway</html>'],
    ['empty', ''],
    ['no error object', '{"success":false}'],
    ['a non-string code', '{"error":{"code":401}}'],
    ['an array', '[{"error":{"code":"X"}}]'],
  ])('returns undefined for %s', (_name, body) => {
    expect(parseApiError(body)).toBeUndefined();
  });

  it('ignores details that are not an object', () => {
    expect(parseApiError('{"error":{"code":"X","message":"m","details":["a"]}}')).toEqual({ code: 'X', message: 'm' });
  });
});
