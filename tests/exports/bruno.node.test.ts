// The Bruno export, run by Bruno's own command-line runner (`bru run`, @usebruno/cli, default "safe" sandbox) against
// the real sandbox, the credentials passed on the command line as --env-var. One bru process runs every case (its
// start-up dominates), in one collection folder holding the exports' request files under their shared collection
// script and environment.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrunoCollection, type BrunoFile, brunoCollection } from '../../src/core/exports/brunoCollection.ts';
import { type RunningSandbox, startSandbox } from '../../src/sandbox/server.ts';
import { EXPORT_CASES, expectedAnswer, VARIABLES } from './exportCases.ts';

const run = promisify(execFile);
const BRU = resolve(import.meta.dirname, '../../node_modules/@usebruno/cli/bin/bru.js');

interface BruResult { test: { filename: string }; response: { status: number; data: unknown } }

/** Writes `files` as a collection folder, runs all of it with bru and returns each request's answer by file name. */
async function runBru(collection: BrunoCollection, files: BrunoFile[], variables: Record<string, string>): Promise<Map<string, { status: number; body: unknown }>> {
  const dir = mkdtempSync(join(tmpdir(), 'coext-bruno-'));
  for (const file of files) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.text);
  }
  const report = join(dir, 'report.json');
  const args = [BRU, 'run', '--env', collection.environment, '--reporter-json', report,
    ...Object.entries(variables).flatMap(([key, value]) => ['--env-var', `${key}=${value}`])];
  await run(process.execPath, args, { cwd: dir }).catch((error: Error & { stdout?: string }) => {
    throw new Error(`bru run failed: ${error.message}\n${error.stdout ?? ''}`);
  });
  const [iteration] = JSON.parse(readFileSync(report, 'utf8')) as Array<{ results: BruResult[] }>;
  return new Map((iteration?.results ?? []).map((result) => [result.test.filename, { status: result.response.status, body: result.response.data }]));
}

const fileOf = (index: number) => `case-${String(index).padStart(2, '0')}.bru`;

let sandbox: RunningSandbox;
let objectSandbox: RunningSandbox;
let exports: BrunoCollection[];
let answers: Map<string, { status: number; body: unknown }>;
let wrongSecret: Map<string, { status: number; body: unknown }>;
let signsObject: Map<string, { status: number; body: unknown }>;

beforeAll(async () => {
  [sandbox, objectSandbox] = await Promise.all([startSandbox(), startSandbox({ emptyBody: 'object' })]);
  const production = sandbox.demoKeys.find((key) => key.name === 'Production');
  const objectProduction = objectSandbox.demoKeys.find((key) => key.name === 'Production');
  if (!production || !objectProduction) throw new Error('the sandbox has no Production demo key');
  const objectGet = brunoCollection({ method: 'GET', baseUrl: objectSandbox.baseUrl, path: '/templates', body: '', emptyBody: 'object' });
  exports = EXPORT_CASES.map((testCase) => brunoCollection(testCase.request(sandbox.baseUrl)));
  const first = exports[0]!;
  const shared = first.files.filter((file) => file.path !== first.requestFile);
  const requests = exports.map((collection, index) => ({
    path: fileOf(index), text: collection.files.find((file) => file.path === collection.requestFile)!.text,
  }));
  const credentials = { apiKey: production.apiKey, apiSecret: production.secret };
  [answers, wrongSecret, signsObject] = await Promise.all([
    runBru(first, [...shared, ...requests], { ...credentials, ...VARIABLES }),
    runBru(first, first.files, { ...credentials, apiSecret: `${production.secret}x` }),
    runBru(objectGet, objectGet.files, { apiKey: objectProduction.apiKey, apiSecret: objectProduction.secret }),
  ]);
}, 180_000); // three bru processes start at once on a machine that may be busy

afterAll(() => Promise.all([sandbox?.close(), objectSandbox?.close()]));

describe('the Bruno collection, run by bru against the sandbox', () => {
  it('shares its collection script and environment across requests (so the combined run is the exports\' run)', () => {
    // bruno.json differs only by the collection's name, which names the request.
    const sharedFiles = (collection: BrunoCollection) => collection.files.filter((file) => file.path !== collection.requestFile && file.path !== 'bruno.json');
    for (const collection of exports) expect(sharedFiles(collection)).toEqual(sharedFiles(exports[0]!));
    expect(sharedFiles(exports[0]!).map((file) => file.path)).toEqual(['collection.bru', 'environments/Coext.bru']);
  });

  it.each(EXPORT_CASES.map((testCase, index) => [testCase.name, index] as const))('is accepted (200) for %s', (_name, index) => {
    const answer = answers.get(fileOf(index));
    expect(answer?.status, JSON.stringify(answer?.body)).toBe(200);
    expect(answer?.body).toMatchObject(expectedAnswer(EXPORT_CASES[index]!));
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
