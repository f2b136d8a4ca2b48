// The wire form of a sent request: exactly the documented headers, the body's UTF-8 bytes (the same bytes the
// payload signed), nothing derived from the secret, and header values no HTTP client could send are refused.
import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { headerValueProblem, isSameOrigin, prepareRequest, type SentRequest } from '../../src/core/sentRequest.ts';

const SECRET = 'sk_test_prepare';
const secretHash = createHash('sha256').update(SECRET, 'utf8').digest('hex');

function signed(body: string | undefined, extra: Partial<SentRequest> = {}): SentRequest {
  const timestamp = '1703001234';
  const payload = `${timestamp}.${body ?? ''}`;
  return {
    id: 'r1', method: 'POST', path: '/messages/text', baseUrl: 'http://127.0.0.1:5173/api/v1/external/',
    authMode: 'signed', apiKey: 'pk_test_abc', timestamp, payload,
    signature: createHmac('sha256', secretHash).update(payload, 'utf8').digest('hex'), body, sentAtMs: 0, ...extra,
  };
}

describe('prepareRequest', () => {
  it('sends the body as the UTF-8 bytes of the text that was signed', () => {
    const body = '{"message":"héllo 👋"}';
    const result = prepareRequest(signed(body));
    if (!result.ok) throw new Error(result.error.message);
    expect(Buffer.from(result.request.body!)).toEqual(Buffer.from(body, 'utf8'));
    expect(result.request.url).toBe('http://127.0.0.1:5173/api/v1/external/messages/text');
    expect(result.request.headers.map(([name]) => name)).toEqual(['Content-Type', 'X-API-Key', 'X-Timestamp', 'X-API-Signature']);
  });

  it('carries neither the secret nor its hash anywhere', () => {
    const result = prepareRequest(signed('{"a":1}'));
    const wire = JSON.stringify(result) + Buffer.from(result.ok ? result.request.body! : []).toString('utf8');
    expect(wire).not.toContain(SECRET);
    expect(wire).not.toContain(secretHash);
  });

  it('sends only Content-Type and X-API-Key with key-only authentication', () => {
    const result = prepareRequest({ ...signed('{}'), authMode: 'key-only', timestamp: undefined, signature: undefined });
    expect(result.ok && result.request.headers).toEqual([['Content-Type', 'application/json'], ['X-API-Key', 'pk_test_abc']]);
  });

  it('sends no body for a body-less GET', () => {
    const result = prepareRequest(signed(undefined, { method: 'GET', path: '/templates' }));
    expect(result.ok && 'body' in result.request).toBe(false);
  });

  it('refuses a base URL without a scheme, saying which to add', () => {
    expect(prepareRequest(signed('{}', { baseUrl: 'api.example.com/api/v1/external' }))).toEqual({
      ok: false,
      error: { kind: 'invalid-url', message: '"api.example.com/api/v1/external" has no scheme. Start it with https:// (or http:// for a local server).' },
    });
  });

  it('refuses an API key with a line break inside it', () => {
    expect(prepareRequest(signed('{}', { apiKey: 'pk_test_a\nb' }))).toMatchObject({ ok: false, error: { kind: 'invalid-header', message: expect.stringMatching(/^X-API-Key contains a line break/) } });
  });
});

describe('headerValueProblem', () => {
  it('allows what browsers trim (surrounding whitespace) and Latin-1', () => {
    expect(headerValueProblem(' pk_test_a\n')).toBeUndefined();
    expect(headerValueProblem('café')).toBeUndefined();
  });
  it('names a NUL and a character beyond Latin-1', () => {
    expect(headerValueProblem('a\0b')).toMatch(/NUL/);
    expect(headerValueProblem('pk_€')).toMatch(/beyond Latin-1/);
  });
});

describe('isSameOrigin', () => {
  it('compares origins, not prefixes', () => {
    expect(isSameOrigin('http://localhost:5173/api/v1/external/templates', 'http://localhost:5173')).toBe(true);
    expect(isSameOrigin('http://localhost:51730/x', 'http://localhost:5173')).toBe(false);
    expect(isSameOrigin('https://localhost:5173/x', 'http://localhost:5173')).toBe(false);
    expect(isSameOrigin('not a url', 'http://localhost:5173')).toBe(false);
  });
});
