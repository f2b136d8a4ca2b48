/**
 * Runs the sandbox on a real port (ephemeral by default) — for the CLI and for tests that need real HTTP.
 * Without `keys` it generates the demo keys and returns them with their secrets, once.
 */
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { API_PREFIX, createSandboxApp, type SandboxAppOptions } from './app.ts';
import { createDemoKeys, type DemoKey, type SandboxKey, storedKeyOf } from './keys.ts';

export interface StartSandboxOptions extends Omit<SandboxAppOptions, 'keys'> {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** Keys to serve instead of freshly generated demo keys. */
  keys?: readonly SandboxKey[];
}

export interface RunningSandbox {
  /** e.g. `http://127.0.0.1:41234/api/v1/external` */
  baseUrl: string;
  /** e.g. `http://127.0.0.1:41234` */
  origin: string;
  /** The generated keys with their secrets; empty when `keys` were given. */
  demoKeys: DemoKey[];
  close(): Promise<void>;
}

export type { DemoKey };

export async function startSandbox(options: StartSandboxOptions = {}): Promise<RunningSandbox> {
  const now = options.now ?? Date.now;
  const demoKeys = options.keys ? [] : createDemoKeys(now());
  const keys = options.keys ?? demoKeys.map(storedKeyOf);
  const app = createSandboxApp({ ...options, keys, now });
  const host = options.host ?? '127.0.0.1';
  const { server, address } = await new Promise<{ server: ReturnType<typeof serve>; address: AddressInfo }>(
    (resolve, reject) => {
      const server = serve({ fetch: app.fetch, port: options.port ?? 0, hostname: host }, (address) =>
        resolve({ server, address }),
      );
      server.once('error', reject);
    },
  );
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const origin = `http://${urlHost}:${address.port}`;
  return {
    baseUrl: `${origin}${API_PREFIX}`,
    origin,
    demoKeys,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}
