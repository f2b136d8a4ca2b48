// Share links: what goes into the fragment (read back with lz-string itself, not with readShareLink), what a bad,
// damaged or oversized link gets, and that reading never throws whatever is pasted into the address bar.
import fc from 'fast-check';
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { buildShareLink, MAX_SHARE_LINK_LENGTH, readShareLink, type SharedRequest } from '../../src/core/shareLink.ts';

const PAGE = 'https://explorer.example/app/';

const request: SharedRequest = {
  v: 1,
  method: 'POST',
  path: '/messages/text',
  body: '{"to":"+919876543210","message":"Café ☕ 😀\r\nline two\u0000 \\ \' "}',
  baseUrl: 'https://api.example.com/api/v1/external',
  authMode: 'key-only',
  emptyBody: 'object',
  timestamp: '1700000000',
};

/** The fragment's JSON, decoded with lz-string directly. */
function fragmentJson(link: string): unknown {
  const packed = link.slice(link.indexOf('#share=') + '#share='.length);
  return JSON.parse(decompressFromEncodedURIComponent(packed) ?? 'null');
}

function linkFor(data: unknown): string {
  return `${PAGE}#share=${compressToEncodedURIComponent(JSON.stringify(data))}`;
}

describe('buildShareLink', () => {
  it('puts exactly the request, non-ASCII and CR included, into a #share= fragment of the page URL', () => {
    const result = buildShareLink(PAGE, request);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.link.startsWith(`${PAGE}#share=`)).toBe(true);
    expect(result.link).toMatch(/^[^#]+#share=[A-Za-z0-9+\-$]+$/); // nothing a URL would need to escape
    expect(fragmentJson(result.link)).toEqual(request);
  });

  it('copies only the documented fields, so a credential on the object passed in never reaches the link', () => {
    const withSecrets = { ...request, apiKey: 'ck_live_abc', secret: 'sk_live_xyz', signature: 'f'.repeat(64) };
    const result = buildShareLink(PAGE, withSecrets);
    if (!result.ok) throw new Error(result.error.message);
    expect(Object.keys(fragmentJson(result.link) as object).sort()).toEqual(Object.keys(request).sort());
    expect(JSON.stringify(fragmentJson(result.link))).not.toMatch(/ck_live_abc|sk_live_xyz|ffff/);
  });

  it('leaves out the timestamp when it follows the clock', () => {
    const { timestamp: _dropped, ...live } = request;
    const result = buildShareLink(PAGE, live);
    if (!result.ok) throw new Error(result.error.message);
    expect(fragmentJson(result.link)).not.toHaveProperty('timestamp');
  });

  it('refuses a body whose link would pass 8,000 characters, saying so', () => {
    const noisy = Array.from({ length: 9000 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 20000))).join('');
    const result = buildShareLink(PAGE, { ...request, body: noisy });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.field).toBe('body');
    expect(result.error.length).toBeGreaterThan(MAX_SHARE_LINK_LENGTH);
    expect(result.error.message).toMatch(/body is too large to share by link/);
  });

  it('measures the link, not the body: a long but repetitive body still fits', () => {
    const result = buildShareLink(PAGE, { ...request, body: `{"message":"${'a'.repeat(50_000)}"}` });
    expect(result.ok).toBe(true);
  });
});

describe('readShareLink', () => {
  it('reads a link made by lz-string from the documented shape', () => {
    expect(readShareLink(linkFor(request))).toEqual({ ok: true, request });
  });

  it('finds no request in a URL without a #share= fragment', () => {
    expect(readShareLink(PAGE)).toEqual({ ok: true, request: undefined });
    expect(readShareLink(`${PAGE}#request-heading`)).toEqual({ ok: true, request: undefined });
  });

  it('reads a link whose $ and + a chat tool percent-encoded', () => {
    const link = linkFor(request);
    const encoded = link.replace(/\$/g, '%24').replace(/\+/g, '%2B');
    expect(readShareLink(encoded)).toEqual({ ok: true, request });
  });

  it.each([
    ['a truncated link', linkFor(request).slice(0, 60)],
    ['garbage', `${PAGE}#share=%%%not-lz`],
    ['an empty fragment', `${PAGE}#share=`],
  ])('calls %s damaged', (_name, link) => {
    const result = readShareLink(link);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/damaged|not a request|valid request/);
  });

  it('names the fields that are wrong', () => {
    const result = readShareLink(linkFor({ ...request, method: 'TRACE', body: 42 }));
    expect(result).toEqual({ ok: false, error: { field: 'share', message: expect.stringMatching(/wrong or missing: method, body/) } });
  });

  it('says when a link is from another format version', () => {
    const result = readShareLink(linkFor({ ...request, v: 2 }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/another version of the explorer \(format 2\)/);
  });

  it('refuses a link over 8,000 characters before unpacking it', () => {
    const result = readShareLink(`${PAGE}#share=${'A'.repeat(MAX_SHARE_LINK_LENGTH)}`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/more than the 8,000 a share link can have/);
  });

  it('drops fields a link was not meant to carry, such as credentials', () => {
    const result = readShareLink(linkFor({ ...request, apiKey: 'ck_live_abc', secret: 'sk_live_xyz' }));
    expect(result).toEqual({ ok: true, request });
  });

  it('never throws, whatever follows #share=', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
      const result = readShareLink(`${PAGE}#share=${text}`);
      expect(typeof result.ok).toBe('boolean');
    }), { numRuns: 2000 });
  });

  it('never throws on any JSON value packed the way links are', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      const result = readShareLink(linkFor(value));
      expect(typeof result.ok).toBe('boolean');
    }), { numRuns: 500 });
  });

  it('gives back every request it made a link for', () => {
    const shared = fc.record({
      v: fc.constant(1 as const),
      method: fc.constantFrom('GET' as const, 'POST' as const, 'PUT' as const, 'PATCH' as const, 'DELETE' as const),
      path: fc.string({ unit: 'binary', maxLength: 50 }),
      body: fc.string({ unit: 'binary', maxLength: 300 }),
      baseUrl: fc.string({ maxLength: 50 }),
      authMode: fc.constantFrom('signed' as const, 'key-only' as const),
      emptyBody: fc.constantFrom('empty' as const, 'object' as const),
      timestamp: fc.option(fc.string({ maxLength: 15 }), { nil: undefined }),
    }, { requiredKeys: ['v', 'method', 'path', 'body', 'baseUrl', 'authMode', 'emptyBody'] });
    fc.assert(fc.property(shared, (value) => {
      const built = buildShareLink(PAGE, value);
      if (!built.ok) throw new Error(built.error.message);
      expect(readShareLink(built.link)).toEqual({ ok: true, request: value });
    }), { numRuns: 300 });
  });
});
