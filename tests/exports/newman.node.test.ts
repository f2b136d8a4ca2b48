// The Postman export, run by newman (Postman's own command-line runner, same sandbox and CryptoJS) against the real
// sandbox, the credentials passed on the command line as --env-var. One newman process runs every case (its start-up
// dominates), in a collection made of the exports' items under their shared script and variables.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { postmanCollection } from '../../src/core/exports/postmanCollection.ts';
import { type RunningSandbox, startSandbox } from '../../src/sandbox/server.ts';
import { EXPORT_CASES, expectedAnswer, VARIABLES } from './exportCases.ts';

const run = promisify(execFile);
const NEWMAN = resolve(import.meta.dirname, '../../node_modules/newman/bin/newman.js');

interface Execution { item: { name: string }; response?: { code: number; stream: { data: number[] } } }

/** Runs `collection` with newman and returns each request's status and JSON answer, by item name. */
async function runNewman(collection: object, variables: Record<string, string>): Promise<Map<string, { status: number; body: unknown }>> {
  const dir = mkdtempSync(join(tmpdir(), 'coext-newman-'));
  writeFileSync(join(dir, 'collection.json'), JSON.stringify(collection));
  const args = [NEWMAN, 'run', join(dir, 'collection.json'), '--reporters', 'json', '--reporter-json-export', join(dir, 'report.json'),
    ...Object.entries(variables).flatMap(([key, value]) => ['--env-var', `${key}=${value}`])];
  await run(process.execPath, args).catch((error: Error & { stdout?: string }) => {
    throw new Error(`newman failed: ${error.message}\n${error.stdout ?? ''}`);
  });
  const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { run: { executions: Execution[] } };
  return new Map(report.run.executions.map((execution) => [execution.item.name, {
    status: execution.response?.code ?? 0,
    body: JSON.parse(Buffer.from(execution.response?.stream.data ?? []).toString('utf8') || 'null'),
  }]));
}

let sandbox: RunningSandbox;
let objectSandbox: RunningSandbox;
let answers: Map<string, { status: number; body: unknown }>;
let wrongSecret: Map<string, { status: number; body: unknown }>;
let signsObject: Map<string, { status: number; body: unknown }>;
let exports: Array<ReturnType<typeof postmanCollection>>;

beforeAll(async () => {
  [sandbox, objectSandbox] = await Promise.all([startSandbox(), startSandbox({ emptyBody: 'object' })]);
  const production = sandbox.demoKeys.find((key) => key.name === 'Production');
  const objectProduction = objectSandbox.demoKeys.find((key) => key.name === 'Production');
  if (!production || !objectProduction) throw new Error('the sandbox has no Production demo key');
  const objectGet = postmanCollection({ method: 'GET', baseUrl: objectSandbox.baseUrl, path: '/templates', body: '', emptyBody: 'object' });
  exports = EXPORT_CASES.map((testCase) => postmanCollection(testCase.request(sandbox.baseUrl)));
  const [first] = exports as [Record<string, unknown>];
  const combined = { ...first, item: exports.map((collection, index) => ({ ...(collection.item as object[])[0], name: EXPORT_CASES[index]!.name })) };
  const credentials = { apiKey: production.apiKey, apiSecret: production.secret };
  [answers, wrongSecret, signsObject] = await Promise.all([
    runNewman(combined, { ...credentials, ...VARIABLES }),
    runNewman(exports[0]!, { ...credentials, apiSecret: `${production.secret}x` }),
    runNewman(objectGet, { apiKey: objectProduction.apiKey, apiSecret: objectProduction.secret }),
  ]);
}, 180_000); // three newman processes start at once on a machine that may be busy

afterAll(() => Promise.all([sandbox?.close(), objectSandbox?.close()]));

describe('the Postman collection, run by newman against the sandbox', () => {
  it('shares one pre-request script and one set of variables across requests (so the combined run is the exports\' run)', () => {
    for (const collection of exports) {
      expect(collection.event).toEqual(exports[0]!.event);
      expect(collection.variable).toEqual(exports[0]!.variable);
    }
  });

  it.each(EXPORT_CASES.map((testCase) => [testCase.name, testCase] as const))('is accepted (200) for %s', (name, testCase) => {
    const answer = answers.get(name);
    expect(answer?.status, JSON.stringify(answer?.body)).toBe(200);
    expect(answer?.body).toMatchObject(expectedAnswer(testCase));
  });

  it('is refused with INVALID_SIGNATURE when run with a wrong secret', () => {
    const [answer] = [...wrongSecret.values()];
    expect(answer?.status).toBe(401);
    expect(answer?.body).toMatchObject({ success: false, error: { code: 'INVALID_SIGNATURE' } });
  });

  it('signs "{}" for a body-less GET when exported with that convention: accepted by a sandbox that expects it', () => {
    const [answer] = [...signsObject.values()];
    expect(answer?.status, JSON.stringify(answer?.body)).toBe(200);
    expect(answer?.body).toMatchObject({ success: true, data: { templates: expect.any(Array) } });
  });
});
