import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSandboxApp } from '../../src/sandbox/app.ts';
import { createDemoKeys, storedKeyOf } from '../../src/sandbox/keys.ts';
import { fromIp, NOW_MS, NOW_S, nodeSign } from './nodeSigning.ts';

const DOCUMENTED_CODES = new Set([
  'INVALID_API_KEY', 'EXPIRED_API_KEY', 'IP_NOT_ALLOWED', 'RATE_LIMIT_EXCEEDED', 'SIGNATURE_REQUIRED', 'TIMESTAMP_EXPIRED',
  'INVALID_SIGNATURE', 'INVALID_JSON', 'VALIDATION_ERROR', 'PAYLOAD_TOO_LARGE', 'NOT_FOUND', 'METHOD_NOT_ALLOWED', 'BAD_REQUEST',
]);
const RUNS = 2500;

const demoKeys = createDemoKeys(NOW_MS);
const headerText = fc.stringMatching(/^[\x20-\x7e\u00a0-\u00ff]{0,60}$/);
const bodyText = fc.oneof(
  fc.string({ maxLength: 200, unit: 'grapheme' }),
  fc.json(),
  fc.record({ to: fc.oneof(fc.string(), fc.constant('+14155550100'), fc.integer()), message: fc.oneof(fc.string(), fc.nat()) }).map((o) => JSON.stringify(o)),
  fc.uint8Array({ maxLength: 200 }),
  fc.constant(''),
);
const scenario = fc.record({
  // Weighted towards the two real endpoints so that most cases get past routing into the checks that matter.
  method: fc.oneof(
    { arbitrary: fc.constantFrom('GET', 'POST'), weight: 6 },
    fc.constantFrom('PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS', 'PROPFIND'),
  ),
  path: fc.oneof(
    { arbitrary: fc.constantFrom('/api/v1/external/messages/text', '/api/v1/external/templates'), weight: 8 },
    fc.constantFrom('/', '/api/v1/external/', '/api/v1/external/templates/', '/api/v1/external/messages/text?x=1'),
    fc.webPath(),
    fc.string({ maxLength: 30 }).map((s) => `/api/v1/external/${encodeURIComponent(s)}`),
    fc.constant('/api/v1/external/%E0%A4%A'),
  ),
  keyIndex: fc.integer({ min: -1, max: demoKeys.length - 1 }),
  randomKey: headerText,
  signing: fc.oneof({ arbitrary: fc.constant('valid'), weight: 3 }, fc.constantFrom('random', 'none', 'timestamp-only', 'signature-only')),
  timestamp: fc.oneof(
    { arbitrary: fc.integer({ min: NOW_S - 400, max: NOW_S + 400 }).map(String), weight: 4 },
    headerText,
    fc.constant(String(NOW_MS)),
  ),
  signature: fc.oneof(fc.stringMatching(/^[0-9a-fA-F]{64}$/), headerText),
  contentType: fc.option(fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data')),
  forwardedFor: fc.option(headerText),
  ip: fc.constantFrom('127.0.0.1', '203.0.113.7', '::1', '10.0.0.1'),
  trustProxy: fc.boolean(),
  verify: fc.constantFrom('raw', 'reserialized'),
  emptyBody: fc.constantFrom('empty', 'object'),
  body: bodyText,
});

describe('fuzzing the sandbox', () => {
  it(`answers ${RUNS} random requests with documented JSON and never 5xx`, async () => {
    let count = 0;
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const app = createSandboxApp({
          keys: demoKeys.map(storedKeyOf),
          now: () => NOW_MS,
          trustProxy: s.trustProxy,
          verify: s.verify as 'raw' | 'reserialized',
          emptyBody: s.emptyBody as 'empty' | 'object',
        });
        const demo = s.keyIndex >= 0 ? demoKeys[s.keyIndex] : undefined;
        const hasBody = s.method !== 'GET' && s.method !== 'HEAD';
        const body = hasBody ? s.body : '';
        const headers = new Headers();
        headers.set('X-API-Key', demo?.apiKey ?? s.randomKey);
        if (s.contentType) headers.set('Content-Type', s.contentType);
        if (s.forwardedFor !== null) headers.set('X-Forwarded-For', s.forwardedFor);
        if (s.signing !== 'none' && s.signing !== 'signature-only') headers.set('X-Timestamp', s.timestamp);
        if (s.signing === 'valid') headers.set('X-API-Signature', nodeSign(demo?.secret ?? 'x', s.timestamp, body));
        if (s.signing === 'random' || s.signing === 'signature-only') headers.set('X-API-Signature', s.signature);
        const res = await app.request(
          `http://sandbox.test${s.path}`,
          { method: s.method, headers, ...(hasBody ? { body } : {}) },
          fromIp(s.ip),
        );
        count++;
        expect(res.status).toBeLessThan(500);
        if (s.method === 'HEAD') return;
        if (s.method === 'OPTIONS' && res.status === 204) return; // a CORS preflight answer, empty by protocol
        expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
        const json = (await res.json()) as { success: unknown; data?: unknown; error?: { code: unknown; message: unknown } };
        seen.add(json.error ? String(json.error.code) : String(res.status));
        if (res.status === 200) {
          expect(json.success).toBe(true);
          expect(json.data).toBeTypeOf('object');
        } else {
          expect(json.success).toBe(false);
          expect(DOCUMENTED_CODES.has(json.error?.code as string)).toBe(true);
          expect(json.error?.message).toBeTypeOf('string');
        }
      }),
      { numRuns: RUNS },
    );
    console.log(`sandbox fuzz: ${count} requests, none 5xx, all documented JSON; answers seen: ${[...seen].sort().join(', ')}`);
    expect(count).toBeGreaterThanOrEqual(2000);
    // The generators reach past the key checks into signature and body validation, and all the way to success.
    for (const answer of ['200', 'INVALID_SIGNATURE', 'TIMESTAMP_EXPIRED', 'VALIDATION_ERROR', 'NOT_FOUND', 'METHOD_NOT_ALLOWED']) {
      expect(seen).toContain(answer);
    }
  });
});
