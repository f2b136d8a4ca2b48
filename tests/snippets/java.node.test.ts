import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { generateSnippet } from '../../src/core/snippets/generateSnippet.ts';
import { type RunningSandbox, startSandbox } from '../../src/sandbox/server.ts';
import { JAVA_RUN_FLAGS } from './javaRunner.ts';
import { AWKWARD_BODIES, describeSnippet, writeSnippet } from './snippetHarness.ts';

// The harness compiles each snippet in one warm javac; this runs one the way its comment tells a reader to.
let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());

it('runs as the single-file program its comment describes (java CoextRequest.java): 200 from the sandbox', async () => {
  const key = sandbox.demoKeys.find((candidate) => candidate.name === 'Production')!;
  const body = AWKWARD_BODIES['pretty-printed over lines, non-ASCII and HTML'] as string;
  const source = generateSnippet('java', { method: 'POST', baseUrl: sandbox.baseUrl, path: '/messages/text', body });
  expect(source).toContain('run: java CoextRequest.java');
  // ASCII only (non-ASCII as \u escapes): Java 17 reads source in the platform charset, often ASCII.
  expect([...source].filter((char) => char.charCodeAt(0) > 0x7e)).toEqual([]);
  expect(source).toContain('Gr\\u00fc\\u00dfe');
  const path = writeSnippet('java', source);
  const env = { ...process.env, COEXT_API_KEY: key.apiKey, COEXT_API_SECRET: key.secret };
  const { stdout } = await promisify(execFile)('java', [...JAVA_RUN_FLAGS, path], { env });
  expect(stdout).toMatch(/^HTTP status: 200\n\{"success":true/);
});

describeSnippet('java');
