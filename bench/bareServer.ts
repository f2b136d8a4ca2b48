/**
 * Child process: the physical limit for the sandbox — a bare `node:http` server doing only the work any verifying
 * server must do per request: read the body, HMAC-SHA256 over `timestamp + "." + body` keyed with the stored
 * SHA-256 hex of the secret, constant-time compare, JSON.parse, answer a small JSON. No routing, no key lookup
 * beyond one comparison, no rate limit, no validation.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const apiKey = process.env.BENCH_API_KEY!;
const secretSha256 = process.env.BENCH_SECRET_SHA256!;
let sent = 0;

const server = createServer((request, response) => {
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
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })}\n`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
