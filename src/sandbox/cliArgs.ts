/** The sandbox CLI's arguments, read strictly: an unknown flag or a bad value is an error naming it. */
import { parseArgs } from 'node:util';
import type { EmptyBodyMode, VerifyMode } from './verifySignature.ts';

export interface CliOptions {
  port: number;
  host: string;
  keysFile: string | undefined;
  verify: VerifyMode;
  emptyBody: EmptyBodyMode;
  trustProxy: boolean;
  help: boolean;
}

export const USAGE =
  'Usage: npm run sandbox -- [--port 8787] [--host 127.0.0.1] [--keys FILE] [--verify raw|reserialized] ' +
  '[--empty-body empty|object] [--trust-proxy]';

/** Why `--port` / `--host` cannot be listened on, in the words both CLIs print; undefined when they can. */
export function listenAddressProblem(port: string, host: string): string | undefined {
  if (!/^\d{1,5}$/.test(port) || Number(port) > 65535) return `--port must be a whole number from 0 to 65535, got "${port}".`;
  if (host.trim() === '') return '--host must not be empty.';
  return undefined;
}

export type CliArgsResult = { ok: true; options: CliOptions } | { ok: false; error: string };

export function parseCliArgs(argv: readonly string[]): CliArgsResult {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string', default: '8787' },
        host: { type: 'string', default: '127.0.0.1' },
        keys: { type: 'string' },
        verify: { type: 'string', default: 'raw' },
        'empty-body': { type: 'string', default: 'empty' },
        'trust-proxy': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    return { ok: false, error: (error as Error).message.split('\n')[0] ?? 'Invalid arguments.' };
  }
  const { port, host, keys, verify, 'empty-body': emptyBody } = values;
  const listenProblem = listenAddressProblem(port, host);
  if (listenProblem) return { ok: false, error: listenProblem };
  if (verify !== 'raw' && verify !== 'reserialized') {
    return { ok: false, error: `--verify must be "raw" or "reserialized", got "${verify}".` };
  }
  if (emptyBody !== 'empty' && emptyBody !== 'object') {
    return { ok: false, error: `--empty-body must be "empty" or "object", got "${emptyBody}".` };
  }
  if (keys !== undefined && keys.trim() === '') return { ok: false, error: '--keys needs a file path.' };
  return {
    ok: true,
    options: {
      port: Number(port),
      host,
      keysFile: keys,
      verify,
      emptyBody,
      trustProxy: values['trust-proxy'],
      help: values.help,
    },
  };
}
