/**
 * `npm run sandbox -- [--port 8787] [--host 127.0.0.1] [--keys FILE] [--verify raw|reserialized]
 * [--empty-body empty|object] [--trust-proxy]`
 *
 * Prints the base URL and, without --keys, the generated demo keys with their secrets — once: they are not stored
 * anywhere. Bad arguments or a bad keys file: one line on stderr, exit code 2.
 */
import { readFileSync } from 'node:fs';
import { USAGE, parseCliArgs } from './cliArgs.ts';
import type { DemoKey, SandboxKey } from './keys.ts';
import { parseKeysFile } from './keysFile.ts';
import { startSandbox } from './server.ts';

function fail(message: string, code: number): never {
  console.error(`sandbox: ${message}`);
  process.exit(code);
}

function loadKeys(file: string): SandboxKey[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    return fail(`cannot read keys file ${file}: ${reason}.`, 2);
  }
  const parsed = parseKeysFile(text, file);
  return parsed.ok ? parsed.keys : fail(parsed.error, 2);
}

function describeKey(key: DemoKey): string {
  const notes = [
    `${key.rateLimitPerMinute}/min`,
    key.expiresAt ? `expired ${key.expiresAt}` : '',
    key.allowedIps.length > 0 ? `only from ${key.allowedIps.join(', ')}` : '',
    key.requireSignature ? 'signature required' : '',
  ].filter(Boolean);
  return `  ${key.name.padEnd(18)} X-API-Key: ${key.apiKey}  secret: ${key.secret}  (${notes.join('; ')})`;
}

async function main(): Promise<void> {
  const parsed = parseCliArgs(process.argv.slice(2));
  if (!parsed.ok) fail(`${parsed.error} (see --help)`, 2);
  const options = parsed.options;
  if (options.help) {
    console.log(USAGE);
    return;
  }
  const keys = options.keysFile === undefined ? undefined : loadKeys(options.keysFile);
  const { port, host, verify, emptyBody, trustProxy } = options;
  const sandbox = await startSandbox({ port, host, verify, emptyBody, trustProxy, keys }).catch((error: NodeJS.ErrnoException) =>
    fail(
      error.code === 'EADDRINUSE'
        ? `port ${options.port} on ${options.host} is already in use; pick another with --port.`
        : `cannot listen on ${options.host}:${options.port}: ${error.message}.`,
      1,
    ),
  );
  console.log(`Coext sandbox listening at ${sandbox.baseUrl}`);
  console.log(
    `Verifying signatures over the ${options.verify === 'raw' ? 'raw body bytes' : 're-serialized JSON body'}; ` +
      `a body-less request signs ${options.emptyBody === 'empty' ? '""' : '"{}"'}.`,
  );
  if (keys) {
    console.log(`Serving ${keys.length} key(s) from ${options.keysFile}.`);
  } else {
    console.log('Demo keys (secrets are shown once and kept nowhere):');
    for (const key of sandbox.demoKeys) console.log(describeKey(key));
  }
  const stop = () => void sandbox.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

await main();
