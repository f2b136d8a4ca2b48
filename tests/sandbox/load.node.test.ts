// Load on loopback with autocannon: a key limited to N requests a minute, hit by 50 concurrent connections with
// validly signed requests, admits exactly N (200) and refuses every other one with 429 — never one more, which a
// racy counter would. The sandbox's clock is fixed, so the whole run falls in one rate-limit window however long it
// takes; the signatures come from node:crypto. Figures (p99 latency, requests per second) are printed, not asserted.
import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/server.ts';
import { NOW_MS, NOW_S, signedHeaders, testKey } from './nodeSigning.ts';

const LIMIT = 500;
const TOTAL = 3000;
const CONNECTIONS = 50;
const BODY = '{"to":"+14155550100","message":"load"}';

const limited = testKey({ rateLimitPerMinute: LIMIT });
const bystander = testKey({ name: 'Bystander', apiKey: 'pk_test_bystander0123456789abcdefghij', secret: 'sk_test_bystander', rateLimitPerMinute: 5 });
let sandbox: RunningSandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ keys: [limited.key, bystander.key], now: () => NOW_MS });
});
afterAll(() => sandbox?.close());

describe('the sandbox under load', () => {
  it(`admits exactly ${LIMIT} of ${TOTAL} signed requests over ${CONNECTIONS} connections and answers 429 to the rest`, async () => {
    const result = await autocannon({
      url: `${sandbox.baseUrl}/messages/text`,
      connections: CONNECTIONS,
      amount: TOTAL,
      method: 'POST',
      headers: signedHeaders(limited.key.apiKey, limited.secret, NOW_S, BODY),
      body: BODY,
      timeout: 20,
    });
    const counts = Object.fromEntries(Object.entries(result.statusCodeStats).map(([status, { count }]) => [status, Number(count)]));
    expect(result.errors).toBe(0);
    expect(result.timeouts).toBe(0);
    expect(counts).toEqual({ 200: LIMIT, 429: TOTAL - LIMIT });
    console.log(
      `sandbox load: ${TOTAL} requests over ${CONNECTIONS} connections in ${result.duration.toFixed(2)} s; ` +
        `${counts[200]} × 200, ${counts[429]} × 429; latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms; ` +
        `${Math.round(result.requests.average)} req/s`,
    );
  }, 120_000);

  it('keeps refusing the spent key, with Retry-After, and still serves another key', async () => {
    const spent = await fetch(`${sandbox.baseUrl}/messages/text`, {
      method: 'POST', headers: signedHeaders(limited.key.apiKey, limited.secret, NOW_S, BODY), body: BODY,
    });
    expect(spent.status).toBe(429);
    expect(spent.headers.get('X-RateLimit-Remaining')).toBe('0');
    expect(Number(spent.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(((await spent.json()) as { error: { code: string } }).error.code).toBe('RATE_LIMIT_EXCEEDED');
    const other = await fetch(`${sandbox.baseUrl}/messages/text`, {
      method: 'POST', headers: signedHeaders(bystander.key.apiKey, bystander.secret, NOW_S, BODY), body: BODY,
    });
    expect(other.status).toBe(200);
  });
});
