/**
 * Child process: what the mandated stack costs by itself — the bare server's work as one Hono route on
 * @hono/node-server (servers.ts), with none of the sandbox's checks. The sandbox's rate against this one says
 * how much of the gap to bare node:http is the framework and how much is the sandbox's own checks.
 */
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { honoFloorApp } from './servers.ts';

const app = honoFloorApp({ apiKey: process.env.BENCH_API_KEY!, secretSha256: process.env.BENCH_SECRET_SHA256! });
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (address: AddressInfo) => {
  process.stdout.write(`${JSON.stringify({ origin: `http://127.0.0.1:${address.port}` })}\n`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
