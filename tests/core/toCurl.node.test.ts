/**
 * toCurl round-trips through parseCurl, and through real bash: the emitted command is run with `curl` replaced by a
 * shell function that prints its arguments NUL-separated, so the body bytes curl would receive are compared exactly.
 */
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCurl, type ParsedRequest, toCurl } from '../../src/core/curl.ts';

/** Any text a shell argument can carry: no NUL, no lone surrogates (they are sent as U+FFFD anyway). */
const shellText = fc.string({ unit: 'grapheme', maxLength: 60 }).map((s) => s.replaceAll('\0', ''));
const awkward = fc.constantFrom('', "'", '"', '\\', '$HOME', '${x}', '`id`', '\r\n', '\n', '\t', '\x7f', '\x01', '😀', 'é', '!', '#', '@', '*', '?', ' ');
const bodyText = fc.array(fc.oneof(shellText, awkward), { maxLength: 8 }).map((parts) => parts.join(''));
const headerName = fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,15}$/);
const headerValue = bodyText.map((v) => v.replace(/[\r\n]/g, ' ').trim());
const request: fc.Arbitrary<ParsedRequest> = fc.record({
  method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH'),
  url: fc.constantFrom('https://api.example.com/api/v1/external/messages/text', "http://127.0.0.1:8787/a?b=1&c='d'", 'https://x/#frag $x'),
  headers: fc.array(fc.tuple(headerName, headerValue), { maxLength: 4 }),
  body: fc.option(bodyText, { nil: undefined }),
});

describe('toCurl', () => {
  it('writes one option per line, each value quoted so a shell passes it unchanged', () => {
    const command = toCurl({
      method: 'POST',
      url: 'https://api.example.com/api/v1/external/messages/text',
      headers: [['Content-Type', 'application/json'], ['X-Empty', '']],
      body: '{"message":"it\'s"}',
    });
    expect(command).toBe([
      "curl -X POST 'https://api.example.com/api/v1/external/messages/text' \\",
      "  -H 'Content-Type: application/json' \\",
      "  -H 'X-Empty;' \\",
      `  --data-binary '{"message":"it'\\''s"}'`,
    ].join('\n'));
  });

  it("uses $'…' for control characters and --data-raw for a body starting with @", () => {
    expect(toCurl({ method: 'POST', url: 'https://x', headers: [], body: 'a\r\nb' })).toContain("--data-binary $'a\\r\\nb'");
    expect(toCurl({ method: 'POST', url: 'https://x', headers: [], body: '@file' })).toContain("--data-raw '@file'");
  });

  it('round-trips through parseCurl (1,000 random requests)', () => {
    let runs = 0;
    fc.assert(fc.property(request, (original) => {
      runs++;
      const result = parseCurl(toCurl(original));
      if (!result.ok) throw new Error(result.error.message);
      expect(result.request).toEqual(original);
    }), { numRuns: 1000 });
    console.log(`toCurl → parseCurl: ${runs} requests round-tripped`);
  });

  it('gives real bash the exact arguments and body bytes (300 random requests in one bash run)', () => {
    const samples = fc.sample(request, { numRuns: 300, seed: 4502 });
    const script = ['curl() { printf \'%s\\0\' "$@"; printf \'@@END@@\\0\'; }', ...samples.map(toCurl)].join('\n');
    const output = execFileSync('bash', ['-c', script], { maxBuffer: 64 * 1024 * 1024 });
    const argvs: Buffer[][] = [[]];
    let start = 0;
    for (let i = output.indexOf(0); i >= 0; start = i + 1, i = output.indexOf(0, start)) {
      const arg = output.subarray(start, i);
      if (arg.toString() === '@@END@@') argvs.push([]);
      else argvs.at(-1)!.push(arg);
    }
    argvs.pop();
    expect(argvs).toHaveLength(samples.length);
    samples.forEach((sample, index) => {
      const expected = ['-X', sample.method, sample.url,
        ...sample.headers.flatMap(([n, v]) => ['-H', v === '' ? `${n};` : `${n}: ${v}`]),
        ...(sample.body === undefined ? [] : [sample.body.startsWith('@') ? '--data-raw' : '--data-binary', sample.body])];
      expect(argvs[index]!.map((arg) => arg.toString('hex'))).toEqual(expected.map((arg) => Buffer.from(arg, 'utf8').toString('hex')));
    });
    console.log(`toCurl → bash: ${samples.length} commands, every argument byte-exact`);
  });
});
