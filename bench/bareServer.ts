/** Child process: the physical limit for the sandbox, bare `node:http` (servers.ts), on a loopback port. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { bareHandler } from './servers.ts';

const server = createServer(bareHandler({ apiKey: process.env.BENCH_API_KEY!, secretSha256: process.env.BENCH_SECRET_SHA256! }));
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })}\n`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
