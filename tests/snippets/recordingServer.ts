/**
 * A bare node:http server that records what a client really sent — method, target, headers, body bytes. Alone it
 * answers 200 with the same record as JSON; given `forwardTo`, it passes the same bytes on to that origin (the
 * sandbox) and relays its answer, so one client run is both recorded and judged. It shares no code with the parsers
 * or generators it checks.
 */
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: Buffer;
}

export interface RecordingServer {
  origin: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

// Hop-by-hop: they describe this connection, not the request, so they are not passed on.
const NOT_FORWARDED = new Set(['connection', 'keep-alive', 'transfer-encoding', 'host']);

function answerWithRecord(record: RecordedRequest, res: ServerResponse): void {
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ ...record, body: record.body.toString('base64') }));
}

function forward(record: RecordedRequest, target: string, res: ServerResponse): void {
  const headers = Object.fromEntries(Object.entries(record.headers).filter(([name]) => !NOT_FORWARDED.has(name)));
  const upstream = httpRequest(new URL(record.url, target), { method: record.method, headers }, (answer: IncomingMessage) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  upstream.on('error', (error) => {
    res.writeHead(502, { 'content-type': 'text/plain' });
    res.end(`the recording proxy could not reach ${target}: ${error.message}`);
  });
  upstream.end(record.body);
}

export async function startRecordingServer(options: { forwardTo?: string } = {}): Promise<RecordingServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const headers: Record<string, string> = {};
      for (let i = 0; i < req.rawHeaders.length; i += 2) headers[(req.rawHeaders[i] as string).toLowerCase()] = req.rawHeaders[i + 1] as string;
      const record = { method: req.method ?? '', url: req.url ?? '', headers, body: Buffer.concat(chunks) };
      requests.push(record);
      if (options.forwardTo) forward(record, options.forwardTo, res);
      else answerWithRecord(record, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
