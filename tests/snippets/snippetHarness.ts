/**
 * Runs generated snippets as real programs (bash + curl + openssl, node, python3 + requests, php + curl, go run,
 * java, ruby) against the real sandbox, through a proxy that records the bytes each one sent, and checks those with
 * node:crypto — never with the app's signer.
 */
import { execFile } from 'node:child_process';
import { createHash, createHmac } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSnippet } from '../../src/core/snippets/generateSnippet.ts';
import type { SnippetLanguage, SnippetRequest } from '../../src/core/snippets/snippetRequest.ts';
import { type RunningSandbox, startSandbox } from '../../src/sandbox/server.ts';
import { GO_ENV } from './goEnv.ts';
import { compileJava, javaRunArgs, stopJavaCompiler, warmJavaCompiler } from './javaRunner.ts';
import { type RecordedRequest, type RecordingServer, startRecordingServer } from './recordingServer.ts';

const run = promisify(execFile);
const TO = '+14155550100';
const json = (message: string) => `{"to":"${TO}","message":"${message}"}`;

/** Valid message bodies that break naive quoting in one language or another. */
export const AWKWARD_BODIES: Record<string, string> = {
  'non-ASCII and emoji': json('Café ☕ 😀 — 日本語 \u2028'),
  'single and double quotes': json('it\'s \\"quoted\\" \'\''),
  'backslashes': json('C:\\\\temp\\\\new \\\\n \\u00e9 \\\\\\\\'),
  'shell expansions': json('$HOME ${x} `id` $(whoami) %s %{http_code} \\\\$ !! #'),
  'CRLF, tabs and blank lines': `{\r\n\t"to": "${TO}",\r\n\r\n\t"message": "lines"\r\n}`,
  'script end tag': json('</script><script>alert(1)</script> <?php ?> &amp; & <b>'),
  'pretty-printed over lines, non-ASCII and HTML': JSON.stringify({ to: TO, message: 'Grüße <b>&</b> ☕' }, null, 2),
  'trailing newlines': `${json('Hello')}\n\n`,
};

interface Runner {
  file: string;
  command: string;
  args?: (path: string) => string[];
  /** A step before each run (Java: compile in the warm compiler). */
  prepare?: (path: string) => Promise<void>;
}

const RUNNERS: Record<SnippetLanguage, Runner> = {
  curl: { file: 'request.sh', command: 'bash' },
  javascript: { file: 'request.mjs', command: process.execPath },
  python: { file: 'request.py', command: 'python3' },
  php: { file: 'request.php', command: 'php' },
  go: { file: 'main.go', command: 'go', args: (path) => ['run', path] },
  java: { file: 'CoextRequest.java', command: 'java', args: javaRunArgs, prepare: compileJava },
  ruby: { file: 'request.rb', command: 'ruby' },
};

export interface SnippetRun {
  status: number;
  body: string;
  source: string;
}

/** Writes the snippet to a fresh directory and runs it with the two credentials in its environment. */
export async function runSnippet(language: SnippetLanguage, request: SnippetRequest, credentials: { apiKey: string; secret: string }): Promise<SnippetRun> {
  const source = generateSnippet(language, request);
  const path = writeSnippet(language, source);
  const env = { ...process.env, ...GO_ENV, COEXT_API_KEY: credentials.apiKey, COEXT_API_SECRET: credentials.secret };
  const runner = RUNNERS[language];
  await runner.prepare?.(path);
  const { stdout } = await run(runner.command, runner.args?.(path) ?? [path], { env, maxBuffer: 16 * 1024 * 1024 });
  const status = /HTTP status: (\d{3})/.exec(stdout);
  if (!status) throw new Error(`no status line in the output of the ${language} snippet:\n${stdout}`);
  return { status: Number(status[1]), body: stdout.replace(/HTTP status: \d{3}\n?/, '').trim(), source };
}

const nodeSignature = (secret: string, timestamp: string, body: string) =>
  createHmac('sha256', createHash('sha256').update(secret, 'utf8').digest('hex')).update(`${timestamp}.${body}`, 'utf8').digest('hex');

/** Writes `source` as the language's file in a fresh directory. */
export function writeSnippet(language: SnippetLanguage, source: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'coext-snippet-')), RUNNERS[language].file);
  writeFileSync(path, source);
  return path;
}

/** Checks what the recording proxy passed on to the sandbox: `body`'s UTF-8 bytes, exactly, signed over those bytes. */
function expectSentByteForByte(sent: RecordedRequest, body: string, credentials: { apiKey: string; secret: string }) {
  const expected = Buffer.from(body, 'utf8'); // Node's own UTF-8 encoder: a lone surrogate becomes EF BF BD
  expect(sent.body.toString('hex')).toBe(expected.toString('hex'));
  expect(sent.headers['x-api-key']).toBe(credentials.apiKey);
  expect(sent.headers['x-timestamp']).toMatch(/^\d{10}$/);
  expect(sent.headers['x-api-signature']).toBe(nodeSignature(credentials.secret, sent.headers['x-timestamp'] as string, expected.toString('utf8')));
}

/** The whole suite for one language; each language file calls it, so each gets its own sandbox and rate limit. */
export function describeSnippet(language: SnippetLanguage): void {
  let sandbox: RunningSandbox;
  // Stands in front of the sandbox: each run is recorded byte for byte and answered by the sandbox itself.
  let recorder: RecordingServer;
  let credentials: { apiKey: string; secret: string };
  beforeAll(async () => {
    sandbox = await startSandbox();
    recorder = await startRecordingServer({ forwardTo: sandbox.origin });
    const production = sandbox.demoKeys.find((key) => key.name === 'Production');
    if (!production) throw new Error('the sandbox has no Production demo key');
    credentials = { apiKey: production.apiKey, secret: production.secret };
    if (language === 'java') await warmJavaCompiler(); // javac's cold start belongs to the set-up, not to the first test
  });
  afterAll(async () => {
    stopJavaCompiler();
    await Promise.all([recorder.close(), sandbox.close()]);
  });
  const recordedBaseUrl = () => `${recorder.origin}${new URL(sandbox.baseUrl).pathname}`;
  const post = (body: string): SnippetRequest => ({ method: 'POST', baseUrl: recordedBaseUrl(), path: '/messages/text', body });

  describe(`the ${language} snippet, run for real`, () => {
    it.each(Object.entries({ ...AWKWARD_BODIES, 'a lone surrogate (sent as U+FFFD)': json('half \ud83d') }))(
      'sends the body of %s byte for byte, signed over those bytes (checked with node:crypto), and the sandbox accepts it (200)', async (_name, body) => {
        const result = await runSnippet(language, post(body), credentials);
        const sent = recorder.requests.at(-1)!;
        expect(sent).toMatchObject({ method: 'POST', url: '/api/v1/external/messages/text' });
        expect(sent.headers).toMatchObject({ 'content-type': 'application/json' });
        expectSentByteForByte(sent, body, credentials);
        expect(result.status, result.body).toBe(200);
        expect(JSON.parse(result.body)).toMatchObject({ success: true, data: { to: TO, status: 'queued' } });
      });

    it('sends GET /templates with no body, signing "" — accepted by the sandbox', async () => {
      const result = await runSnippet(language, { method: 'GET', baseUrl: recordedBaseUrl(), path: '/templates', body: '' }, credentials);
      const sent = recorder.requests.at(-1)!;
      expect(sent).toMatchObject({ method: 'GET', url: '/api/v1/external/templates' });
      expectSentByteForByte(sent, '', credentials);
      expect(result.status, result.body).toBe(200);
      expect(JSON.parse(result.body)).toMatchObject({ success: true, data: { templates: expect.any(Array) } });
    });

    it('signs "{}" for a body-less request when told to: accepted by a sandbox that expects that, refused by one that does not', async () => {
      const objectSandbox = await startSandbox({ emptyBody: 'object' });
      try {
        const production = objectSandbox.demoKeys.find((key) => key.name === 'Production')!;
        const request: SnippetRequest = { method: 'GET', baseUrl: objectSandbox.baseUrl, path: '/templates', body: '', emptyBody: 'object' };
        expect((await runSnippet(language, request, production)).status).toBe(200);
        const mismatch = await runSnippet(language, { ...request, emptyBody: 'empty' }, production);
        expect(JSON.parse(mismatch.body)).toMatchObject({ error: { code: 'INVALID_SIGNATURE' } });
      } finally {
        await objectSandbox.close();
      }
    });

    it('with a pinned timestamp (signature precomputed or not): accepted within 300 s, TIMESTAMP_EXPIRED after, as its comment says', async () => {
      const now = Math.floor(Date.now() / 1000);
      const body = AWKWARD_BODIES['CRLF, tabs and blank lines'] as string;
      const pinned = (timestamp: number): SnippetRequest => ({
        ...post(body), pinned: { timestamp, signature: nodeSignature(credentials.secret, String(timestamp), body) },
      });
      const fresh = await runSnippet(language, pinned(now), credentials);
      expect(fresh.status, fresh.body).toBe(200);
      expect(fresh.source).toContain(`${new Date((now + 300) * 1000).toISOString().replace('.000Z', 'Z')}; after that it answers TIMESTAMP_EXPIRED`);
      const stale = await runSnippet(language, pinned(now - 900), credentials);
      expect(JSON.parse(stale.body)).toMatchObject({ error: { code: 'TIMESTAMP_EXPIRED' } });
      const signedAtRunTime = await runSnippet(language, { ...post(body), pinned: { timestamp: now } }, credentials);
      expect(signedAtRunTime.status, signedAtRunTime.body).toBe(200);
    });

    it('is refused with INVALID_SIGNATURE when signed with a wrong secret', async () => {
      const result = await runSnippet(language, post(AWKWARD_BODIES['non-ASCII and emoji'] as string), { ...credentials, secret: `${credentials.secret}x` });
      expect(result.status).toBe(401);
      expect(JSON.parse(result.body)).toMatchObject({ success: false, error: { code: 'INVALID_SIGNATURE' } });
    });

    it('never contains the API key, the secret or its SHA-256', () => {
      const source = generateSnippet(language, post(AWKWARD_BODIES['non-ASCII and emoji'] as string));
      const secretHash = createHash('sha256').update(credentials.secret, 'utf8').digest('hex');
      for (const credential of [credentials.apiKey, credentials.secret, secretHash]) expect(source).not.toContain(credential);
      expect(source).toContain('COEXT_API_KEY');
    });
  });
}
