import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSandbox, startSandbox } from '../../src/sandbox/server.ts';
import { nodeSign } from './nodeSigning.ts';

const run = promisify(execFile);
let sandbox: RunningSandbox;
let apiKey: string;
let secret: string;

beforeAll(async () => {
  sandbox = await startSandbox();
  const production = sandbox.demoKeys.find((key) => key.name === 'Production');
  if (!production) throw new Error('no Production demo key');
  ({ apiKey, secret } = production);
});
afterAll(() => sandbox.close());

describe("the API guide's Python client (python3 + requests)", () => {
  const python = async (mode: string) => {
    const env = { ...process.env, COEXT_API_KEY: apiKey, COEXT_API_SECRET: secret, COEXT_BASE_URL: sandbox.baseUrl };
    const { stdout } = await run('python3', ['tests/sandbox/clients/guideClient.py', mode], { env });
    return stdout.trim();
  };

  it('is accepted when it sends exactly the bytes it signed (data=)', async () => {
    expect(await python('ok')).toMatch(/^200 msg_[0-9a-f]+$/);
  });

  it('gets INVALID_SIGNATURE when it lets requests re-serialize the body (json=)', async () => {
    expect(await python('json-kwarg')).toBe('401 INVALID_SIGNATURE');
  });

  it('gets TIMESTAMP_EXPIRED with a clock ten minutes slow', async () => {
    expect(await python('old-timestamp')).toBe('401 TIMESTAMP_EXPIRED');
  });
});

describe('a real curl command', () => {
  const curl = async (args: string[]) => {
    const { stdout } = await run('curl', ['-sS', '-w', '\n%{http_code}', ...args]);
    const [json = '', status = ''] = stdout.split(/\n(?=\d{3}$)/);
    return { status: Number(status), body: JSON.parse(json) as { success: boolean; error?: { code: string } } };
  };
  const signedArgs = (timestamp: number | string, signature: string) => [
    '-H', 'Content-Type: application/json', '-H', `X-API-Key: ${apiKey}`,
    '-H', `X-Timestamp: ${timestamp}`, '-H', `X-API-Signature: ${signature}`,
  ];
  const body = '{"to":"+14155550100","message":"Hello from curl ✓"}';

  it('is accepted for a POST with --data-binary and for a body-less GET signing ""', async () => {
    const ts = Math.floor(Date.now() / 1000);
    const post = await curl(['-X', 'POST', `${sandbox.baseUrl}/messages/text`, ...signedArgs(ts, nodeSign(secret, ts, body)), '--data-binary', body]);
    expect(post).toMatchObject({ status: 200, body: { success: true } });
    const get = await curl([`${sandbox.baseUrl}/templates`, ...signedArgs(ts, nodeSign(secret, ts, ''))]);
    expect(get).toMatchObject({ status: 200, body: { success: true } });
  });

  it('gets INVALID_SIGNATURE when -d @file strips the newlines of the pretty file that was signed', async () => {
    const pretty = `${JSON.stringify(JSON.parse(body), null, 2)}\n`;
    const file = join(mkdtempSync(join(tmpdir(), 'coext-curl-')), 'body.json');
    writeFileSync(file, pretty);
    const ts = Math.floor(Date.now() / 1000);
    const tampered = await curl(['-X', 'POST', `${sandbox.baseUrl}/messages/text`, ...signedArgs(ts, nodeSign(secret, ts, pretty)), '-d', `@${file}`]);
    expect(tampered).toMatchObject({ status: 401, body: { error: { code: 'INVALID_SIGNATURE' } } });
    const intact = await curl(['-X', 'POST', `${sandbox.baseUrl}/messages/text`, ...signedArgs(ts, nodeSign(secret, ts, pretty)), '--data-binary', `@${file}`]);
    expect(intact.status).toBe(200);
  });

  it('gets TIMESTAMP_EXPIRED for a millisecond timestamp', async () => {
    const ms = Date.now();
    const res = await curl(['-X', 'POST', `${sandbox.baseUrl}/messages/text`, ...signedArgs(ms, nodeSign(secret, ms, body)), '--data-binary', body]);
    expect(res).toMatchObject({ status: 401, body: { error: { code: 'TIMESTAMP_EXPIRED', details: { looksLikeMilliseconds: true } } } });
  });

  it('gets the same verdicts for a chunked body within the limit (no Content-Length, so bodyLimit reads it)', async () => {
    const ts = Math.floor(Date.now() / 1000);
    const chunked = (signature: string, data: string) => curl(['-X', 'POST', `${sandbox.baseUrl}/messages/text`,
      ...signedArgs(ts, signature), '-H', 'Transfer-Encoding: chunked', '--data-binary', data]);
    expect(await chunked(nodeSign(secret, ts, body), body)).toMatchObject({ status: 200, body: { success: true } });
    expect(await chunked(nodeSign(secret, ts, `${body} `), body)).toMatchObject({ status: 401, body: { error: { code: 'INVALID_SIGNATURE' } } });
    const notJson = '{"to":';
    expect(await chunked(nodeSign(secret, ts, notJson), notJson)).toMatchObject({ status: 400, body: { error: { code: 'INVALID_JSON' } } });
  });

  it('gets 413 PAYLOAD_TOO_LARGE over the socket for a 2 MB body, sized or chunked', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'coext-curl-')), 'big.json');
    writeFileSync(file, 'x'.repeat(2_000_000));
    for (const framing of [[], ['-H', 'Transfer-Encoding: chunked']]) {
      const res = await curl(['-X', 'POST', `${sandbox.baseUrl}/messages/text`, '-H', `X-API-Key: ${apiKey}`, ...framing, '--data-binary', `@${file}`]);
      expect(res).toMatchObject({ status: 413, body: { error: { code: 'PAYLOAD_TOO_LARGE' } } });
    }
  });
});
