/**
 * parseCurl against the real thing: each command is run by bash with the real curl binary against a recording
 * server, and what curl actually sent must be what parseCurl says it sends.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCurl } from '../../src/core/curl.ts';
import { type RecordingServer, startRecordingServer } from '../snippets/recordingServer.ts';

const run = promisify(execFile);
let server: RecordingServer;
beforeAll(async () => {
  server = await startRecordingServer();
});
afterAll(() => server.close());

// `U` stands for the recording server's origin; every command is valid bash.
const COMMANDS = [
  `curl -sS -X POST "U/api/v1/external/messages/text" \\\n  -H "Content-Type: application/json" \\\n  -H "X-API-Key: pk_live_x" \\\n  -d '{\n"to": "+919876543210",\n"message": "Hello"\n}'`,
  `curl -s U/a -d a -d 'b c' --data-binary $'c\\r\\n' --data-raw @d`,
  `curl -s U/a --json '{"a":1}' --json '{"b":2}'`,
  `curl -s 'U/a?x=1' -G -d a=1 --data-raw b`,
  `curl -s U/a -H 'X-Empty;' -H 'X-Spaced:   v  ' -H 'Content-Type: application/json' --data-binary "{\\"q\\":\\"\\$x \\\\\\\\ \\"}"`,
  `curl -sSXPUT U/put -H'X-A: 1' --data-raw $'caf\\u00e9 \\U0001F600 \\'q\\' \\\\'`,
  `curl -s -X GET U/get -d 'body on a GET'`,
  `curl -s -o /dev/null -m 5 -A agent U/plain`,
  `curl -s U/trailing --data-binary $'{}\\n\\n'`,
];

describe('what parseCurl reads is what the real curl sends', () => {
  it.each(COMMANDS)('%s', async (template) => {
    const command = template.replaceAll('U/', `${server.origin}/`);
    const before = server.requests.length;
    await run('bash', ['-c', `${command} >/dev/null`]);
    expect(server.requests.length).toBe(before + 1);
    const sent = server.requests.at(-1)!;
    const result = parseCurl(command);
    if (!result.ok) throw new Error(result.error.message);
    const { request } = result;
    expect(request.method).toBe(sent.method);
    expect(new URL(request.url).pathname + new URL(request.url).search).toBe(sent.url);
    expect(Buffer.from(request.body ?? '', 'utf8').equals(sent.body)).toBe(true);
    for (const [name, value] of request.headers) expect(sent.headers[name.toLowerCase()]).toBe(value);
  });
});
