/** A real HTTP server standing in for the proxy's target: it records what arrived and answers per path. */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

/** Bytes a careless proxy would change: UTF-8 text, an escape, a raw 0xff byte, CRLF and a trailing newline. */
export const TRICKY_BYTES = Buffer.concat([
  Buffer.from('{"message":"Café ☕ \\u00e9"}\r\n', 'utf8'),
  Buffer.from([0xff, 0x00, 0x0a]),
]);

export async function startUpstream() {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      if (req.url === '/slow') return; // never answers
      if (req.url === '/redirect-away') {
        res.writeHead(302, { Location: 'http://evil.example/steal' }).end();
      } else if (req.url === '/redirect-here') {
        res.writeHead(302, { Location: '/echo' }).end();
      } else {
        res.writeHead(201, { 'Content-Type': 'application/octet-stream', 'X-Upstream': 'yes', 'Set-Cookie': 'a=b' });
        res.end(Buffer.concat([Buffer.from('echo:'), body]));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An origin where nothing listens: a port that was just free. */
export async function closedOrigin(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
