/** Arbitrary pasted text never makes the parsers throw, and every refusal says what was wrong. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCurl, parseFailingRequest, parseRawHttp, type ParseRequestResult } from '../../src/core/curl.ts';

const shellish = fc.array(fc.constantFrom(
  'curl', ' ', '-X', 'POST', '-H', '-d', '--json', '--data-binary', '-G', '-I', '@', "'", '"', '$', "$'", '\\', '\n', '\\\n',
  '\r\n', '|', ';', '&&', '#', '`', '$(', '${', '}', '^', 'https://x/y', 'X-A: b', '{"a":1}', '*', '?', '<<', '>', '-sS', 'é😀',
), { maxLength: 30 }).map((parts) => `curl ${parts.join('')}`);
const httpish = fc.array(fc.constantFrom(
  'POST', 'GET', ' ', '/api', 'HTTP/1.1', '\r\n', '\n', 'Host: h', 'Content-Length: 3', ':', 'X-A', ' b', '{}', '\t', 'é😀',
), { maxLength: 30 }).map((parts) => `POST /api HTTP/1.1\r\n${parts.join('')}`);

function checkNeverThrows(name: string, parse: (text: string) => ParseRequestResult, inputs: fc.Arbitrary<string>): void {
  const counts = { ok: 0, refused: 0 };
  fc.assert(fc.property(inputs, (text) => {
    const result = parse(text);
    if (result.ok) {
      counts.ok++;
      expect(typeof result.request.method).toBe('string');
    } else {
      counts.refused++;
      expect(result.error.field).toBe('request');
      expect(result.error.message.length).toBeGreaterThan(20);
    }
  }), { numRuns: 1500 });
  console.log(`${name}: ${counts.ok} read, ${counts.refused} refused with a message, none threw`);
}

describe('no input throws; unreadable input gets a message', () => {
  it('parseCurl on shell-like text', () => checkNeverThrows('parseCurl', parseCurl, shellish));
  it("parseCurl on 'curl ' + any text", () => checkNeverThrows('parseCurl(any)', parseCurl, fc.string({ unit: 'binary' }).map((s) => `curl ${s}`)));
  it('parseRawHttp on HTTP-like text', () => checkNeverThrows('parseRawHttp', parseRawHttp, httpish));
  it('parseRawHttp on any text', () => checkNeverThrows('parseRawHttp(any)', parseRawHttp, fc.string({ unit: 'binary' })));
  it('parseFailingRequest on any of these', () => {
    checkNeverThrows('parseFailingRequest', parseFailingRequest, fc.oneof(shellish, httpish, fc.string({ unit: 'binary' })));
  });
});
