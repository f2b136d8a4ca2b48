/**
 * The body literals of each language, evaluated by the real interpreter: 500 random strings each (any code point,
 * controls, quotes, backslashes, nowdoc markers) must come back as exactly their UTF-8 bytes.
 */
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsString } from '../../src/core/snippets/javascript.ts';
import { phpString } from '../../src/core/snippets/php.ts';
import { pythonString } from '../../src/core/snippets/python.ts';
import { wellFormed } from '../../src/core/snippets/snippetRequest.ts';

const awkward = fc.constantFrom("'", '"', '\\', '\\\\', '$x', '{$x}', '`', '\r', '\n', '\r\n', '\t', '\x00', '\x1b', '\x7f', '\x85',
  '\u2028', '\ufeff', '😀', '\ud800', 'BODY', '\nBODY;\n', '\nBODY_\n', '?>', '</script>', '%s', '#{x}', '\\u00e9', '\\x41');
const text = fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), awkward), { maxLength: 10 })
  .map((parts) => wellFormed(parts.join('')));
const samples = fc.sample(text, { numRuns: 500, seed: 20251128 });
const hexOf = (s: string) => Buffer.from(s, 'utf8').toString('hex');

function evaluate(command: string, args: string[], program: string): string[] {
  return execFileSync(command, [...args, program], { maxBuffer: 64 * 1024 * 1024 }).toString().split('\n').slice(0, -1);
}

describe('body literals, evaluated by the real interpreter', () => {
  it('Python (python3)', () => {
    const program = ['import sys', ...samples.map((s) => `print(${pythonString(s)}.encode('utf-8').hex())`)].join('\n');
    expect(evaluate('python3', ['-c'], program)).toEqual(samples.map(hexOf));
    console.log(`pythonString: ${samples.length} literals exact under python3`);
  });

  it('PHP (php-cli), nowdocs and concatenations included', () => {
    const program = samples.map((s) => `echo bin2hex(${phpString(s)}), "\\n";`).join('\n');
    const kinds = new Set(samples.map((s) => phpString(s)[0]));
    expect(kinds).toEqual(new Set(["'", '<', '"']));
    expect(evaluate('php', ['-r'], program)).toEqual(samples.map(hexOf));
    console.log(`phpString: ${samples.length} literals exact under php`);
  });

  it('JavaScript (a separate node process)', () => {
    const program = samples.map((s) => `console.log(Buffer.from(${jsString(s)}, 'utf8').toString('hex'));`).join('\n');
    expect(evaluate(process.execPath, ['-e'], program)).toEqual(samples.map(hexOf));
  });
});
