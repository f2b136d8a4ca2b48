/** Child process: the real sandbox (Hono app, every check) with one key whose rate limit never bites. */
import { startSandbox } from '../src/sandbox/server.ts';

const sandbox = await startSandbox({
  keys: [{
    name: 'Bench', apiKey: process.env.BENCH_API_KEY!, secretSha256: process.env.BENCH_SECRET_SHA256!,
    rateLimitPerMinute: 1_000_000_000, expiresAtMs: null, allowedIps: [], requireSignature: true,
  }],
});
process.stdout.write(`${JSON.stringify({ origin: sandbox.origin })}\n`);
process.once('SIGTERM', () => void sandbox.close().then(() => process.exit(0)));
