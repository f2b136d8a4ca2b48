/** Child process: the real sandbox (Hono app, every check) with the bench key (servers.ts). */
import { startSandbox } from '../src/sandbox/server.ts';
import { benchSandboxKey } from './servers.ts';

const sandbox = await startSandbox({
  keys: [benchSandboxKey({ apiKey: process.env.BENCH_API_KEY!, secretSha256: process.env.BENCH_SECRET_SHA256! })],
});
process.stdout.write(`${JSON.stringify({ origin: sandbox.origin })}\n`);
process.once('SIGTERM', () => void sandbox.close().then(() => process.exit(0)));
