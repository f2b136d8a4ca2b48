/** `npm start`'s arguments, read strictly: an unknown flag or a bad value is an error naming it. */
import { parseArgs } from 'node:util';
import { listenAddressProblem } from '../sandbox/cliArgs.ts';

export interface StartOptions {
  port: number;
  host: string;
  /** Origins (`https://api.example.com`) the proxy may forward to. */
  allowTargets: string[];
  /** Host names, besides localhost and IP addresses, that requests may name. */
  allowHosts: string[];
  sandbox: boolean;
  distDir: string;
  help: boolean;
}

export const DEFAULT_PORT = 8080;

export const USAGE = [
  'Usage: npm start -- [--port 8080] [--host 127.0.0.1] [--allow-target https://api.example.com]... ',
  '                    [--allow-host explorer.example.com]... [--sandbox] [--dist dist]',
  '  --port          port to listen on (0 picks a free one)',
  '  --host          address to listen on; 0.0.0.0 for every interface',
  '  --allow-target  an origin the proxy may forward to; repeat for more; none: the proxy forwards nowhere',
  '  --allow-host    a host name people use to reach this server (localhost and IP addresses always work)',
  '  --sandbox       also serve the built-in sandbox at /api/v1/external with demo keys',
  '  --dist          the folder `npm run build` wrote',
].join('\n');

export type StartArgsResult = { ok: true; options: StartOptions } | { ok: false; error: string };

export function parseStartArgs(argv: readonly string[]): StartArgsResult {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string', default: String(DEFAULT_PORT) },
        host: { type: 'string', default: '127.0.0.1' },
        'allow-target': { type: 'string', multiple: true, default: [] },
        'allow-host': { type: 'string', multiple: true, default: [] },
        sandbox: { type: 'boolean', default: false },
        dist: { type: 'string', default: 'dist' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    return { ok: false, error: (error as Error).message.split('\n')[0] ?? 'Invalid arguments.' };
  }
  const { port, host, dist } = values;
  const listenProblem = listenAddressProblem(port, host);
  if (listenProblem) return { ok: false, error: listenProblem };
  if (dist.trim() === '') return { ok: false, error: '--dist needs a folder.' };
  const allowTargets: string[] = [];
  for (const text of values['allow-target']) {
    const origin = originOf(text);
    if (origin === null) {
      return { ok: false, error: `--allow-target takes an origin such as https://api.example.com (no path), got "${text}".` };
    }
    allowTargets.push(origin);
  }
  const allowHosts = values['allow-host'].map((name) => name.trim().toLowerCase());
  const badHost = allowHosts.find((name) => !/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/.test(name));
  if (badHost !== undefined) return { ok: false, error: `--allow-host takes a host name such as explorer.example.com, got "${badHost}".` };
  return {
    ok: true,
    options: { port: Number(port), host, allowTargets, allowHosts, sandbox: values.sandbox, distDir: dist, help: values.help },
  };
}

/** The origin of an http(s) URL with no path, query or credentials; null otherwise. */
function originOf(text: string): string | null {
  if (!URL.canParse(text)) return null;
  const url = new URL(text);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') return null;
  return url.origin;
}
