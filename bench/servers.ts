/**
 * The servers of figure 3. The sandbox is the real one, with a bench key; the two it is measured against are request
 * handlers here. The physical limit: bare node:http doing only the work any verifying server must do per request —
 * read the body, HMAC-SHA256 over `timestamp + "." + body` keyed with the stored SHA-256 hex of the secret,
 * constant-time compare, JSON.parse, a small JSON answer; no routing, no key lookup beyond one comparison, no rate
 * limit, no validation. The stack's floor: the same work as one Hono route on @hono/node-server. Served over loopback
 * by bareServer.ts and honoFloorServer.ts, and driven in process by sandboxInProcess.ts.
 */
import { Hono } from 'hono';
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { RequestListener } from 'node:http';
import type { SandboxKey } from '../src/sandbox/keys.ts';

export interface BenchCredential {
  apiKey: string;
  secretSha256: string;
}

/** A request signed with the bench credential: its headers (X-API-Key, X-Timestamp, X-API-Signature…) and body. */
export interface SignedRequest { headers: Record<string, string>; body: string }

/** The credential as a sandbox key that requires signing and whose rate limit never bites. */
export function benchSandboxKey({ apiKey, secretSha256 }: BenchCredential): SandboxKey {
  return { name: 'Bench', apiKey, secretSha256, rateLimitPerMinute: 1_000_000_000, expiresAtMs: null, allowedIps: [], requireSignature: true };
}

export function bareHandler({ apiKey, secretSha256 }: BenchCredential): RequestListener {
  let sent = 0;
  return (request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      const timestamp = String(request.headers['x-timestamp'] ?? '');
      const signature = Buffer.from(String(request.headers['x-api-signature'] ?? ''), 'latin1');
      const expected = Buffer.from(createHmac('sha256', secretSha256).update(`${timestamp}.`).update(body).digest('hex'), 'latin1');
      const ok = request.headers['x-api-key'] === apiKey && signature.length === expected.length && timingSafeEqual(signature, expected);
      const message = ok ? (JSON.parse(body.toString('utf8')) as { to: string }) : undefined;
      response.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' });
      response.end(JSON.stringify(ok ? { success: true, data: { message_id: `msg_${++sent}`, to: message!.to, status: 'queued' } }
        : { success: false, error: { code: 'INVALID_SIGNATURE' } }));
    });
  };
}

export function honoFloorApp({ apiKey, secretSha256 }: BenchCredential): Hono {
  const utf8Decoder = new TextDecoder();
  let sent = 0;
  const app = new Hono();
  app.post('/api/v1/external/messages/text', async (c) => {
    const body = new Uint8Array(await c.req.arrayBuffer());
    const signature = Buffer.from(c.req.header('x-api-signature') ?? '', 'latin1');
    const expected = Buffer.from(createHmac('sha256', secretSha256).update(`${c.req.header('x-timestamp') ?? ''}.`).update(body).digest('hex'), 'latin1');
    const ok = c.req.header('x-api-key') === apiKey && signature.length === expected.length && timingSafeEqual(signature, expected);
    if (!ok) return c.json({ success: false, error: { code: 'INVALID_SIGNATURE' } }, 401);
    const message = JSON.parse(utf8Decoder.decode(body)) as { to: string };
    return c.json({ success: true, data: { message_id: `msg_${++sent}`, to: message.to, status: 'queued' } });
  });
  return app;
}
