/**
 * Beside figure 3: the JavaScript a request costs each server, without sockets. The same signed request is driven
 * through each server's node:http listener in one process (inProcessDriver.ts) — real IncomingMessage and
 * ServerResponse objects over a socket that discards what is written — 50 in flight, the three servers interleaved
 * round by round, CPU time per request. Over loopback the kernel's share (most of a request) and its noise hide the
 * code's; here what is left is what the sandbox's checks, Hono and @hono/node-server cost, against the bare handler.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fixed, type FigureResult, type Row } from './report.ts';
import type { BenchCredential, SignedRequest } from './servers.ts';
import { ratio, summarize, type Summary } from './stats.ts';

const ROUNDS = 25;
const REQUESTS_PER_ROUND = 3000;

export interface InProcessJob { credential: BenchCredential; request: SignedRequest; rounds: number; requestsPerRound: number }
export interface InProcessSamples { sandbox: number[]; honoFloor: number[]; bare: number[] }
export interface InProcessFigure { sandbox: Summary; honoFloor: Summary; bare: Summary }

export async function measureInProcess(credential: BenchCredential, request: SignedRequest): Promise<FigureResult<InProcessFigure>> {
  const job: InProcessJob = { credential, request, rounds: ROUNDS, requestsPerRound: REQUESTS_PER_ROUND };
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'inProcessDriver.ts')], {
    env: { ...process.env, BENCH_IN_PROCESS: JSON.stringify(job) },
  });
  const samples = JSON.parse(stdout) as InProcessSamples;
  const data: InProcessFigure = { sandbox: summarize(samples.sandbox), honoFloor: summarize(samples.honoFloor), bare: summarize(samples.bare) };
  return { data, rows: rowsOf(data) };
}

function rowsOf(data: InProcessFigure): Row[] {
  const us = (s: Summary) => `${fixed(s.median)} µs (${fixed(s.min)}–${fixed(s.max)}, n=${s.runs})`;
  const limit = `${us(data.bare)} bare node:http handler`;
  return [
    { figure: 'Sandbox CPU per request in process, no sockets (JavaScript only)', measured: us(data.sandbox), limit,
      ratio: ratio(data.sandbox.median, data.bare.median), target: '', met: undefined },
    { figure: 'The stack\'s floor, in process', measured: us(data.honoFloor), limit,
      ratio: ratio(data.honoFloor.median, data.bare.median), target: '', met: undefined },
  ];
}
