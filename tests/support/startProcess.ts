// `npm start` as a person runs it: a real process, its output read as they would read it.
import { type ChildProcess, spawn } from 'node:child_process';
import { repoRoot } from './sharedBuild.ts';

export interface StartedServer {
  origin: string;
  child: ChildProcess;
  output(): string;
  /** Sends `signal` and resolves with the exit code (null if a signal ended it). */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

function spawnStart(args: readonly string[]): { child: ChildProcess; output: () => string; exited: Promise<Finished> } {
  const child = spawn('npm', ['start', '--silent', '--', ...args], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<Finished>((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
  return { child, output: () => stdout + stderr, exited };
}

/** Starts `npm start -- …args` and resolves once it prints the address it listens on. */
export async function startServer(args: readonly string[]): Promise<StartedServer> {
  const { child, output, exited } = spawnStart(args);
  const origin = await new Promise<string>((resolve, reject) => {
    const onData = () => {
      const match = /Coext API Explorer at (http:\/\/\S+?)\/?$/m.exec(output());
      if (match) resolve(match[1]!);
    };
    child.stdout!.on('data', onData);
    void exited.then((finished) => reject(new Error(`npm start exited (${finished.code}) before listening:\n${finished.stdout}${finished.stderr}`)));
  });
  return {
    origin,
    child,
    output,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return (await exited).code;
    },
  };
}

/** Runs `npm start -- …args` expecting it to end by itself (a refusal), with what it printed. */
export function runStart(args: readonly string[]): Promise<Finished> {
  return spawnStart(args).exited;
}
