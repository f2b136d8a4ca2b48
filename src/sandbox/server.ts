/**
 * Runs the sandbox on a real port (ephemeral by default) — for the CLI and for tests that need real HTTP.
 * Without `keys` it generates the demo keys and returns them with their secrets, once.
 */
import { listen } from '../server/listen.ts';
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
  const { origin, close } = await listen(app.fetch, options.port ?? 0, options.host ?? '127.0.0.1');
  return { baseUrl: `${origin}${API_PREFIX}`, origin, demoKeys, close };
}
