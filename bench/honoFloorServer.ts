/**
 * Child process: what the mandated stack costs by itself — the bare server's work (bareServer.ts) as one Hono route
 * on @hono/node-server, with none of the sandbox's checks. The sandbox's rate against this one says how much of
 * the gap to bare node:http is the framework and how much is the sandbox's own checks.
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';

const apiKey = process.env.BENCH_API_KEY!;
const secretSha256 = process.env.BENCH_SECRET_SHA256!;
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

const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (address: AddressInfo) => {
  process.stdout.write(`${JSON.stringify({ origin: `http://127.0.0.1:${address.port}` })}\n`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
