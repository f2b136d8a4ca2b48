/**
 * Child process of sandboxInProcess.ts: drives the same signed request through each server's node:http listener in
 * this process and prints the CPU microseconds per request of every round as one JSON line. A process of its own so
 * the bench's heap (Playwright, autocannon) does not tax these servers' garbage collection, and so @hono/node-server's
 * Response, installed in place of the global one, stays here.
 */
import { getRequestListener } from '@hono/node-server';
import { IncomingMessage, type RequestListener, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { Writable } from 'node:stream';
import { createSandboxApp } from '../src/sandbox/app.ts';
import type { InProcessJob, InProcessSamples } from './sandboxInProcess.ts';
import { bareHandler, benchSandboxKey, honoFloorApp, type SignedRequest } from './servers.ts';

const IN_FLIGHT = 50;
const PATH = '/api/v1/external/messages/text';

/** A socket that accepts and drops every write, as a client that reads nothing back would. */
function discardingSocket(): Socket {
  const sink = new Writable({ write: (_chunk, _encoding, done) => done(), writev: (_chunks, done) => done() });
  return Object.assign(sink, { remoteAddress: '127.0.0.1', remotePort: 40000, setTimeout: () => sink }) as unknown as Socket;
}

/** One request through `listener`; resolves once the answer is finished, with its status. */
function drive(listener: RequestListener, request: SignedRequest, body: Buffer): Promise<number> {
  const socket = discardingSocket();
  const incoming = new IncomingMessage(socket);
  incoming.method = 'POST';
  incoming.url = PATH;
  // What a client adds to the request's own headers: Host (@hono/node-server builds the URL from it) and the length.
  incoming.headers = { host: '127.0.0.1', ...request.headers, 'content-length': String(body.length) };
  incoming.rawHeaders = Object.entries(incoming.headers).flat() as string[];
  // The parser sets this once the whole body has arrived; without it, cleaning up the request destroys the socket.
  incoming.complete = true;
  const response = new ServerResponse(incoming);
  response.assignSocket(socket);
  const finished = new Promise<number>((resolve) => response.once('finish', () => resolve(response.statusCode)));
  void listener(incoming, response);
  incoming.push(body);
  incoming.push(null);
  return finished;
}

/** CPU microseconds per request for `count` requests, `IN_FLIGHT` at a time; throws if any answer is not 200. */
async function cpuPerRequest(listener: RequestListener, request: SignedRequest, body: Buffer, count: number): Promise<number> {
  let started = 0;
  const before = process.cpuUsage();
  await Promise.all(Array.from({ length: IN_FLIGHT }, async () => {
    while (started++ < count) {
      const status = await drive(listener, request, body);
      if (status !== 200) throw new Error(`In-process request answered ${status}, not 200.`);
    }
  }));
  const used = process.cpuUsage(before);
  return (used.user + used.system) / count;
}

const { credential, request, rounds, requestsPerRound } = JSON.parse(process.env.BENCH_IN_PROCESS!) as InProcessJob;
const listeners = {
  sandbox: getRequestListener(createSandboxApp({ keys: [benchSandboxKey(credential)] }).fetch),
  honoFloor: getRequestListener(honoFloorApp(credential).fetch),
  bare: bareHandler(credential),
};
const names = Object.keys(listeners) as Array<keyof typeof listeners>;
const body = Buffer.from(request.body);
for (const name of names) await cpuPerRequest(listeners[name], request, body, requestsPerRound); // warm-up: JIT
const samples: InProcessSamples = { sandbox: [], honoFloor: [], bare: [] };
for (let round = 0; round < rounds; round++) {
  for (const name of names) samples[name].push(await cpuPerRequest(listeners[name], request, body, requestsPerRound));
}
process.stdout.write(`${JSON.stringify(samples)}\n`);
