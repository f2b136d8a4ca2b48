/**
 * Figure 3: verified signed requests per second and p99 latency under autocannon on loopback — the sandbox (all of
 * its checks, Hono and @hono/node-server) against a bare node:http server doing the same HMAC and JSON parse, and,
 * to tell the framework's share from the sandbox's, the same bare work as one Hono route. The three alternate, run
 * after run, so a noisy moment of the machine hits all of them.
 */
import autocannon from 'autocannon';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { FigureResult, Row } from './report.ts';
import { fixed, thousands } from './report.ts';
import { startServerProcess, type ServerProcess } from './serverProcess.ts';
import type { BenchCredential, SignedRequest } from './servers.ts';
import { pairedRatios, ratio, summarize, type Summary } from './stats.ts';

const RUNS = 5;
const DURATION_SECONDS = 3;
const CONNECTIONS = 50;
const PATH = '/api/v1/external/messages/text';

export interface ServerFigure { requestsPerSecond: Summary; p99Ms: Summary; failures: number }
export interface SandboxFigure {
  connections: number; durationSeconds: number; sandbox: ServerFigure; bare: ServerFigure; honoFloor: ServerFigure;
  /** Each round's req/s over the bare server's in that round (see `pairedRatios`), for the sandbox and the floor. */
  roundRatios: Summary; floorRoundRatios: Summary;
  /** The median of `roundRatios`: the figure's ratio. */
  ratio: number;
  /** The ratio of the two medians, for comparison with earlier runs. */
  ratioOfMedians: number;
}

const SERVERS = ['sandbox', 'bare', 'honoFloor'] as const;

interface Load { requestsPerSecond: number; p99Ms: number; failures: number }

async function load(server: ServerProcess, request: SignedRequest, duration: number): Promise<Load> {
  // A variable, not a literal: tests/support/autocannon.d.ts types the options without `duration`.
  const options = { url: `${server.origin}${PATH}`, method: 'POST', connections: CONNECTIONS, duration, ...request };
  const result = await autocannon(options);
  return { requestsPerSecond: result.requests.average, p99Ms: result.latency.p99, failures: result.non2xx + result.errors + result.timeouts };
}

/**
 * A throwaway credential made for this run only (it is never printed) and one request signed with it, once, up front,
 * with node:crypto and a timestamp of now (inside the ±300 s window for the whole run).
 */
export function signedBenchRequest(): { credential: BenchCredential; request: SignedRequest } {
  const apiKey = `pk_test_${randomBytes(16).toString('hex')}`;
  const secretSha256 = createHash('sha256').update(`sk_test_${randomBytes(16).toString('hex')}`).digest('hex');
  const body = JSON.stringify({ to: '+14155550100', message: 'Your verification code is 482913.' });
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = createHmac('sha256', secretSha256).update(`${timestamp}.${body}`).digest('hex');
  return {
    credential: { apiKey, secretSha256 },
    request: {
      body,
      headers: { 'content-type': 'application/json', 'x-api-key': apiKey, 'x-timestamp': timestamp, 'x-api-signature': signature },
    },
  };
}

export async function measureSandbox({ credential, request }: ReturnType<typeof signedBenchRequest>): Promise<FigureResult<SandboxFigure>> {
  const env = { BENCH_API_KEY: credential.apiKey, BENCH_SECRET_SHA256: credential.secretSha256 };
  const servers = {
    sandbox: await startServerProcess(join(import.meta.dirname, 'sandboxServer.ts'), env),
    bare: await startServerProcess(join(import.meta.dirname, 'bareServer.ts'), env),
    honoFloor: await startServerProcess(join(import.meta.dirname, 'honoFloorServer.ts'), env),
  };
  try {
    const runs: Record<(typeof SERVERS)[number], Load[]> = { sandbox: [], bare: [], honoFloor: [] };
    for (const name of SERVERS) await load(servers[name], request, 1); // warm-up: JIT
    for (let i = 0; i < RUNS; i++) {
      for (const name of SERVERS) runs[name].push(await load(servers[name], request, DURATION_SECONDS));
    }
    const figure = (loads: Load[]): ServerFigure => ({
      requestsPerSecond: summarize(loads.map((l) => l.requestsPerSecond)),
      p99Ms: summarize(loads.map((l) => l.p99Ms)),
      failures: loads.reduce((sum, l) => sum + l.failures, 0),
    });
    const rates = (loads: Load[]) => loads.map((l) => l.requestsPerSecond);
    const roundRatios = pairedRatios(rates(runs.sandbox), rates(runs.bare));
    const sandbox = figure(runs.sandbox);
    const bare = figure(runs.bare);
    const data: SandboxFigure = {
      connections: CONNECTIONS, durationSeconds: DURATION_SECONDS, sandbox, bare, honoFloor: figure(runs.honoFloor),
      roundRatios, floorRoundRatios: pairedRatios(rates(runs.honoFloor), rates(runs.bare)), ratio: roundRatios.median,
      ratioOfMedians: ratio(sandbox.requestsPerSecond.median, bare.requestsPerSecond.median),
    };
    return { data, rows: rowsOf(data) };
  } finally {
    await Promise.all(SERVERS.map((name) => servers[name].stop()));
  }
}

function rowsOf(data: SandboxFigure): Row[] {
  const rate = (f: ServerFigure) => `${thousands(f.requestsPerSecond.median)} req/s (${thousands(f.requestsPerSecond.min)}–${thousands(f.requestsPerSecond.max)}, n=${f.requestsPerSecond.runs})`
    + (f.failures > 0 ? `, ${thousands(f.failures)} not 2xx` : '');
  const p99 = (f: ServerFigure) => `p99 ${fixed(f.p99Ms.median)} ms (${fixed(f.p99Ms.min)}–${fixed(f.p99Ms.max)})`;
  return [
    { figure: `Sandbox verified requests/s (${data.connections} connections, ${data.durationSeconds} s runs); ratio: median of the rounds' own ratios`,
      measured: `${rate(data.sandbox)}; per round ${fixed(data.roundRatios.min)}–${fixed(data.roundRatios.max)}×, ratio of medians ${fixed(data.ratioOfMedians)}×`,
      limit: `${rate(data.bare)} bare node:http`, ratio: data.ratio, target: '≥ 0.7×', met: data.ratio >= 0.7 },
    { figure: 'Same bare work as one Hono route on @hono/node-server (the stack\'s floor)',
      measured: `${rate(data.honoFloor)}; per round ${fixed(data.floorRoundRatios.min)}–${fixed(data.floorRoundRatios.max)}×`,
      limit: `${thousands(data.bare.requestsPerSecond.median)} req/s bare node:http`, ratio: data.floorRoundRatios.median, target: '', met: undefined },
    { figure: 'Sandbox p99 latency under that load', measured: p99(data.sandbox), limit: `${p99(data.bare)} bare node:http`,
      ratio: ratio(data.sandbox.p99Ms.median, data.bare.p99Ms.median), target: '', met: undefined },
  ];
}
