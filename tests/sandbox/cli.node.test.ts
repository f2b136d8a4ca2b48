import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const running: ChildProcess[] = [];
afterEach(() => {
  for (const child of running.splice(0)) if (child.exitCode === null) child.kill('SIGTERM');
});

function runCli(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/sandbox/cli.ts', ...args], { cwd: process.cwd() });
  running.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const output = (until: RegExp) =>
    new Promise<string>((resolve, reject) => {
      const check = () => (until.test(stdout) ? resolve(stdout) : undefined);
      child.stdout.on('data', check);
      void exited.then(() => (until.test(stdout) ? resolve(stdout) : reject(new Error(`CLI exited: ${stderr}`))));
      check();
    });
  return { child, exited, output, stderr: () => stderr };
}

describe('sandbox CLI', () => {
  it('prints its base URL and six demo keys that work against it', async () => {
    const cli = runCli(['--port', '0']);
    const stdout = await cli.output(/Signature required .*\n/);
    const baseUrl = /listening at (http:\/\/127\.0\.0\.1:\d+\/api\/v1\/external)/.exec(stdout)?.[1];
    expect(baseUrl).toBeDefined();
    for (const name of ['Development', 'Staging', 'Production', 'Expired', 'IP restricted', 'Signature required']) {
      expect(stdout).toMatch(new RegExp(`${name} +X-API-Key: pk_test_[A-Za-z0-9]{32}  secret: sk_test_[A-Za-z0-9]{32}`));
    }
    const production = /Production +X-API-Key: (\S+)/.exec(stdout)?.[1] ?? '';
    const res = await fetch(`${baseUrl}/templates`, { headers: { 'X-API-Key': production } });
    expect(res.status).toBe(200);
    expect(res.headers.get('X-RateLimit-Limit')).toBe('60');
    const expired = /Expired +X-API-Key: (\S+)/.exec(stdout)?.[1] ?? '';
    const refused = (await (await fetch(`${baseUrl}/templates`, { headers: { 'X-API-Key': expired } })).json()) as { error: { code: string } };
    expect(refused.error.code).toBe('EXPIRED_API_KEY');
  });

  it('serves a keys file and prints no secret', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'coext-keys-'));
    const file = join(dir, 'keys.json');
    writeFileSync(file, JSON.stringify([{ name: 'Mine', apiKey: 'pk_test_mine', secret: 'sk_test_mine', rateLimitPerMinute: 7 }]));
    const cli = runCli(['--port', '0', '--keys', file, '--verify', 'reserialized', '--empty-body', 'object']);
    const stdout = await cli.output(/Serving 1 key/);
    expect(stdout).toMatch(/re-serialized JSON body.*signs "\{\}"/);
    expect(stdout).not.toContain('sk_test_mine');
    const baseUrl = /listening at (\S+)/.exec(stdout)?.[1];
    const res = await fetch(`${baseUrl}/templates`, { headers: { 'X-API-Key': 'pk_test_mine' } });
    expect(res.headers.get('X-RateLimit-Limit')).toBe('7');
  });

  it.each([
    [['--verify', 'both'], /^sandbox: --verify must be "raw" or "reserialized", got "both"\. \(see --help\)\n$/],
    [['--keys', '/nonexistent/keys.json'], /^sandbox: cannot read keys file \/nonexistent\/keys\.json: no such file\.\n$/],
  ])('exits 2 with one line for %j', async (args, message) => {
    const cli = runCli(args);
    expect(await cli.exited).toBe(2);
    expect(cli.stderr()).toMatch(message);
  });

  it('exits 2 naming the entry at fault in a bad keys file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'coext-keys-'));
    const file = join(dir, 'keys.json');
    writeFileSync(file, JSON.stringify([{ name: 'X', apiKey: 'pk_test_x', rateLimitPerMinute: 5 }]));
    const cli = runCli(['--keys', file]);
    expect(await cli.exited).toBe(2);
    expect(cli.stderr()).toBe(`sandbox: Keys file ${file} at [0]: needs exactly one of "secret" or "secretSha256".\n`);
  });
});
