/**
 * The two servers of figure 3 each run in a child process of their own, so the load generator (autocannon, in the
 * bench's process) and the server under load each get a core on a 2-core machine, and neither runs the other's JIT.
 * A child prints one JSON line, `{"origin": "http://127.0.0.1:PORT"}`, once it listens.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface ServerProcess {
  origin: string;
  stop(): Promise<void>;
}

/** Starts `file` under tsx with `env` added; resolves once it reports its origin. */
export function startServerProcess(file: string, env: Record<string, string>): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', file], {
    env: { ...process.env, ...env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`${file} exited (${code}) before listening.`)));
    createInterface({ input: child.stdout! }).once('line', (line) => {
      const { origin } = JSON.parse(line) as { origin: string };
      resolve({
        origin,
        stop: () => new Promise<void>((done) => {
          if (child.exitCode !== null) return done();
          child.once('exit', () => done());
          child.kill('SIGTERM');
        }),
      });
    });
  });
}
