/**
 * The body literals of each language, evaluated by the real interpreter or compiler: 500 random strings each (any code
 * point, controls, quotes, backslashes, nowdoc markers, interpolation) must come back as exactly their UTF-8 bytes.
 * Each language compiles and runs once, all the literals in one program, so the whole file stays a few seconds.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { goString } from '../../src/core/snippets/go.ts';
import { javaString } from '../../src/core/snippets/java.ts';
import { jsString } from '../../src/core/snippets/javascript.ts';
import { phpString } from '../../src/core/snippets/php.ts';
import { pythonString } from '../../src/core/snippets/python.ts';
import { rubyString } from '../../src/core/snippets/ruby.ts';
import { wellFormed } from '../../src/core/snippets/snippetRequest.ts';
import { GO_ENV } from './goEnv.ts';

const awkward = fc.constantFrom("'", '"', '\\', '\\\\', '$x', '{$x}', '`', '#$x', '#@x', '\\u000a', '\\u0022', '\\\\u0041', '\ufffe', '\u0085\u0099', '\r', '\n', '\r\n', '\t', '\x00', '\x1b', '\x7f', '\x85',
  '\u2028', '\ufeff', '😀', '\ud800', 'BODY', '\nBODY;\n', '\nBODY_\n', '?>', '</script>', '%s', '#{x}', '\\u00e9', '\\x41');
const text = fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), awkward), { maxLength: 10 })
  .map((parts) => wellFormed(parts.join('')));
const samples = fc.sample(text, { numRuns: 500, seed: 20251128 });
const hexOf = (s: string) => Buffer.from(s, 'utf8').toString('hex');

function evaluate(command: string, args: string[], program: string, env = process.env): string[] {
  return execFileSync(command, [...args, program], { env, maxBuffer: 64 * 1024 * 1024 }).toString().split('\n').slice(0, -1);
}

/** Writes `program` as `name` in a fresh directory and runs `command args… file` there. */
function runFile(name: string, program: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env): string[] {
  const path = join(mkdtempSync(join(tmpdir(), 'coext-literals-')), name);
  writeFileSync(path, program);
  return evaluate(command, args, path, env);
}

/** Beyond one Java class-file constant (65 535 bytes): multi-byte characters over several lines. */
const long = `${'{"message":"Grüße ☕ 😀 \\"\\\\",\n'.repeat(3000)}\r\n\u0000end`;
const compiled = [...samples, long];

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

  it('Go (go run), one literal per line joined with + across lines', () => {
    const program = ['package main', 'import (', '\t"encoding/hex"', '\t"fmt"', ')', 'func main() {',
      ...compiled.map((s) => `\tfmt.Println(hex.EncodeToString([]byte(${goString(s)})))`), '}', ''].join('\n');
    expect(runFile('main.go', program, 'go', ['run'], { ...process.env, ...GO_ENV })).toEqual(compiled.map(hexOf));
  });

  it('Java (single-file launch), ASCII source, octal controls, a string longer than one class-file constant', () => {
    // Split over methods: one method's bytecode is limited to 64 KiB.
    const batches = Array.from({ length: Math.ceil(compiled.length / 100) }, (_, i) => compiled.slice(i * 100, i * 100 + 100));
    const program = ['import java.nio.charset.StandardCharsets;', 'import java.util.HexFormat;', 'public class Literals {',
      '    static void print(String s) { System.out.println(HexFormat.of().formatHex(s.getBytes(StandardCharsets.UTF_8))); }',
      ...batches.map((batch, i) => `    static void batch${i}() {\n${batch.map((s) => `        print(${javaString(s)});`).join('\n')}\n    }`),
      '    public static void main(String[] args) {', ...batches.map((_, i) => `        batch${i}();`), '    }', '}', ''].join('\n');
    expect([...program].every((char) => char.charCodeAt(0) < 0x80)).toBe(true); // compiles the same under any platform charset
    expect(javaString(long)).toMatch(/^String\.join\(""/);
    expect(runFile('Literals.java', program, 'java', ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'])).toEqual(compiled.map(hexOf));
  });

  it('Ruby, with interpolation markers (#{…}, #$x, #@x) kept as text', () => {
    const program = compiled.map((s) => `puts((${rubyString(s)}).unpack1('H*'))`).join('\n');
    expect(runFile('literals.rb', program, 'ruby', [])).toEqual(compiled.map(hexOf));
  });
});
