/**
 * `npm start -- [--port 8080] [--host 127.0.0.1] [--allow-target URL]... [--allow-host NAME]... [--sandbox]`
 *
 * Serves the built explorer for a team (see server.ts). A bad flag: the error and the usage on stderr, exit 2.
 * No build, or the port taken: one line on stderr, exit 1. SIGTERM or SIGINT: stops listening, exits 0.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { USAGE, parseStartArgs } from './cliArgs.ts';
import { listen } from './listen.ts';
import { createServerApp } from './server.ts';

function fail(message: string, code: number): never {
  console.error(`start: ${message}`);
  process.exit(code);
}

async function main(): Promise<void> {
  const parsed = parseStartArgs(process.argv.slice(2));
  if (!parsed.ok) {
    console.error(`start: ${parsed.error}\n${USAGE}`);
    process.exit(2);
  }
  const options = parsed.options;
  if (options.help) {
    console.log(USAGE);
    return;
  }
  const distDir = resolve(options.distDir);
  if (!existsSync(join(distDir, 'index.html'))) {
    fail(`no built explorer in ${distDir}: run \`npm run build\` first.`, 1);
  }
  const app = createServerApp({ distDir, allowTargets: options.allowTargets, allowHosts: options.allowHosts, sandbox: options.sandbox });
  // Before listening: a signal that arrives the moment the address is printed must already find its handler.
  let stopServer: () => Promise<void> = async () => {};
  const stop = () => void stopServer().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const server = await listen(app.fetch, options.port, options.host).catch((error: NodeJS.ErrnoException) =>
    fail(
      error.code === 'EADDRINUSE'
        ? `port ${options.port} on ${options.host} is already in use (EADDRINUSE); pick another with --port.`
        : `cannot listen on ${options.host}:${options.port}: ${error.message}.`,
      1,
    ),
  );
  stopServer = server.close;
  // One write, so a reader sees the whole banner at once.
  console.log([
    `Coext API Explorer at ${server.origin}/`,
    options.allowTargets.length === 0
      ? 'The proxy forwards to no target (add --allow-target https://api.example.com).'
      : `The proxy forwards only to ${options.allowTargets.join(', ')}.`,
    options.sandbox
      ? `Built-in sandbox at ${server.origin}/api/v1/external (demo keys in the explorer's Sandbox keys panel).`
      : 'No built-in sandbox (add --sandbox for one).',
  ].join('\n'));
}

await main();
