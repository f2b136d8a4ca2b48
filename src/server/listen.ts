/**
 * Puts a fetch handler on a real port — for `npm start`, `npm run sandbox` and tests that need real HTTP.
 * Rejects with the listen error (EADDRINUSE, EACCES…) so each CLI can say it in one line.
 */
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';

export interface Listening {
  /** e.g. `http://127.0.0.1:41234` (IPv6 addresses in brackets). */
  origin: string;
  port: number;
  /** Stops accepting, drops open keep-alive connections, and resolves once the server is closed. */
  close(): Promise<void>;
}

export async function listen(fetch: (request: Request) => Response | Promise<Response>, port: number, host: string): Promise<Listening> {
  const { server, address } = await new Promise<{ server: ReturnType<typeof serve>; address: AddressInfo }>(
    (resolve, reject) => {
      const server = serve({ fetch, port, hostname: host }, (address) => resolve({ server, address }));
      server.once('error', reject);
    },
  );
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    origin: `http://${urlHost}:${address.port}`,
    port: address.port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}
