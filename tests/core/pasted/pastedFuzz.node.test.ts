/** Arbitrary text shaped like each pasted format never makes the reader throw, and every refusal is a sentence naming a format. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { harChoices } from '../../../src/core/pasted/har.ts';
import { parsePastedRequest, type PastedFormat } from '../../../src/core/pasted/parsePastedRequest.ts';

const soup = (prefix: string, parts: string[]) => fc.array(fc.constantFrom(...parts), { maxLength: 40 }).map((picked) => prefix + picked.join(''));

const shapes: Record<string, fc.Arbitrary<string>> = {
  cmd: soup('curl ', ['^"', '^', '^\n', '^\n\n', ' ^\n  ', '\\', '\\^"', '%^', '^%', '^&', '&', '"', ' ', '-H ', '--data-raw ', '-X ', 'POST', 'https://x/y', '^{', 'é', '^ ', '\r\n', '|']),
  powershell: soup('Invoke-WebRequest ', ['-Uri ', '-Method ', '-Headers ', '-Body ', '-ContentType ', '"', "'", '`', '`"', '`\n', '@{', '}', '=', ';', '\n', '$', '$([char]233)', '$(', '(', ')',
    '[System.Text.Encoding]::UTF8.GetBytes(', '$session', ' ', 'https://x', '"X-A"="b"', '#', '|', '\u201c', 'é😀']),
  session: soup('$session = New-Object Microsoft.PowerShell.Commands.WebRequestSession\n', ['$session.UserAgent = "a"\n', 'Invoke-WebRequest -Uri "https://x" ', '-Body ', '"{}"', '`\n', '$x = "1"\n', '$x', ' ']),
  fetch: soup('fetch(', ['"https://x"', "'", '"', '`', '${', ',', ' ', '{', '}', '[', ']', ':', 'headers', '"body"', 'method', '"POST"', 'null', 'undefined', '\\', '\\u', '\\x4', '\\u{', '//', '/*', '*/', ')', ';', '\n', 'JSON.stringify(', '1e5', 'true']),
  har: soup('{"log":{"entries":[', ['{"request":{"method":"POST","url":"https://x","headers":[', '{"name":"X-API-Signature","value":"a"}', ',', ']', '}', '"postData":{"text":"', 'e30=', '","encoding":"base64"}', '"', '\\', 'null', '1', '{', '[']),
  verbose: soup('*   Trying 1.2.3.4:443...\n', ['> ', 'POST /x HTTP/1.1', 'GET', '\r\n', '\n', '> Host: h', '> Content-Length: 3', '< HTTP/1.1 200', '{ [3 bytes data]', '} [', '{}', ':', ' ', '*']),
  log: soup('2026-12-02 01:00:00,000 INFO ', ['POST /x HTTP/1.1', '\n', '2026-12-02 01:00:00,001 INFO ', 'Host: h', 'Content-Length: 2', '{}', ' ', ':', '[', ']', '\r\n', 'é']),
};

// Well-formed shells with arbitrary contents, so the readers' inner paths run, not only their refusals.
shapes.harStructured = fc.array(fc.record({
  method: fc.constantFrom('GET', 'POST', 'put'),
  url: fc.oneof(fc.constant('https://x/y?z=1'), fc.string()),
  headers: fc.array(fc.record({ name: fc.constantFrom('X-API-Signature', 'x-timestamp', 'A', ':path'), value: fc.string() }), { maxLength: 4 }),
  // Short base64 with any padding, because a wrong count of "=" once made atob throw.
  text: fc.option(fc.oneof(fc.string(), fc.base64String(), fc.stringMatching(/^[A-Za-z0-9+/]{0,5}={0,3}$/))),
  encoding: fc.option(fc.constantFrom('base64', '', 'gzip')),
}), { maxLength: 4 }).map((entries) => JSON.stringify({ log: { entries: entries.map(({ method, url, headers, text, encoding }) => ({
  request: { method, url, headers, ...(text === null ? {} : { postData: { text, ...(encoding === null ? {} : { encoding }) } }) },
})) } }));
shapes.verboseStructured = fc.tuple(
  fc.constantFrom('GET', 'POST'), fc.array(fc.tuple(fc.constantFrom('Host', 'Content-Length', 'X-API-Signature', ''), fc.string()), { maxLength: 4 }),
  fc.array(fc.oneof(fc.string(), fc.constantFrom('} [3 bytes data]', '* upload completely sent off', '< HTTP/1.1 401')), { maxLength: 3 }),
).map(([method, headers, after]) => [`> ${method} /x HTTP/1.1`, ...headers.map(([name, value]) => `> ${name}: ${value}`), '> ', ...after].join('\r\n'));

const NAMES_A_FORMAT = /^(This looks like |Read as |The text starts with "|Paste the failing request first)/s;

function check(text: string, counts: Record<string, number>): void {
  const result = parsePastedRequest(text, text.length % 3);
  harChoices(text);
  const key = result.ok ? `${result.format} read` : `${result.format ?? 'none'} refused`;
  counts[key] = (counts[key] ?? 0) + 1;
  if (result.ok) {
    expect(typeof result.request.method).toBe('string');
    return;
  }
  expect(result.error.field).toBe('request');
  expect(result.error.message).toMatch(NAMES_A_FORMAT);
  expect(result.error.message).toMatch(/[.)"]$/);
}

describe('no pasted text throws; every refusal names the format it took the text for', () => {
  it.each(Object.keys(shapes))('%s-like text', (name) => {
    const counts: Record<string, number> = {};
    fc.assert(fc.property(shapes[name] as fc.Arbitrary<string>, (text) => check(text, counts)), { numRuns: 1500 });
    console.log(`${name}: ${JSON.stringify(counts)}`);
  });
  it('any text at all', () => {
    const counts: Record<string, number> = {};
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), (text) => check(text, counts)), { numRuns: 3000 });
    console.log(`any: ${JSON.stringify(counts)}`);
  });
  it('formats meant for one reader are taken for that reader', () => {
    const expected: Record<string, PastedFormat> = { powershell: 'powershell', session: 'powershell', fetch: 'fetch', har: 'har', harStructured: 'har', verboseStructured: 'curl-verbose' };
    for (const [name, format] of Object.entries(expected)) {
      fc.assert(fc.property(shapes[name] as fc.Arbitrary<string>, (text) => {
        expect(parsePastedRequest(text).format).toBe(format);
      }), { numRuns: 200 });
    }
  });
});
