// The step-through's Go, Java and Ruby code is real code: wrapped in the least a program needs, each compiles, runs,
// and prints the signature Node's crypto computes for the same secret, body and the timestamp it took.
import { execFileSync } from 'node:child_process';
import { createHash, createHmac } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goString } from '../../src/core/snippets/go.ts';
import { javaString } from '../../src/core/snippets/java.ts';
import { rubyString } from '../../src/core/snippets/ruby.ts';
import { type CodeLine, lineCode, STEP_CODE } from '../../src/ui/signature/stepCode.ts';
import { GO_ENV } from '../snippets/goEnv.ts';
import { JAVA_RUN_FLAGS } from '../snippets/javaRunner.ts';

const SECRET = 'sk_test_step_9f2c';
const BODY = '{"to":"+14155550100","message":"Grüße <b>&</b> ☕ \\"#{x}\\""}';

function runProgram(name: string, source: string, command: string, args: string[], env = process.env): { timestamp: string; signature: string } {
  const path = join(mkdtempSync(join(tmpdir(), 'coext-stepcode-')), name);
  writeFileSync(path, source);
  const [timestamp = '', signature = ''] = execFileSync(command, [...args, path], { env }).toString().trim().split('\n');
  return { timestamp, signature };
}

function expectSigned({ timestamp, signature }: { timestamp: string; signature: string }, before: number): void {
  expect(Number(timestamp)).toBeGreaterThanOrEqual(before);
  expect(Number(timestamp)).toBeLessThanOrEqual(Math.ceil(Date.now() / 1000));
  const key = createHash('sha256').update(SECRET, 'utf8').digest('hex');
  expect(signature).toBe(createHmac('sha256', key).update(`${timestamp}.${BODY}`, 'utf8').digest('hex'));
}

const indent = (lines: CodeLine[], prefix: string) => lines.map((line) => `${prefix}${lineCode(line)}`).join('\n');

describe('step-through code, run for real', () => {
  it('Go', () => {
    const before = Math.floor(Date.now() / 1000);
    const source = ['package main', 'import (', ...['crypto/hmac', 'crypto/sha256', 'encoding/hex', 'fmt', 'strconv', 'time'].map((p) => `\t"${p}"`), ')',
      'func main() {', `\tapiSecret := ${goString(SECRET)}`, `\tbody := ${goString(BODY)}`, indent(STEP_CODE.go.lines, '\t'),
      '\tfmt.Println(timestamp)', '\tfmt.Println(signature)', '}', ''].join('\n');
    expectSigned(runProgram('main.go', source, 'go', ['run'], { ...process.env, ...GO_ENV }), before);
  });

  it('Java', () => {
    const before = Math.floor(Date.now() / 1000);
    const source = ['import java.nio.charset.StandardCharsets;', 'import java.security.MessageDigest;', 'import java.util.HexFormat;',
      'import javax.crypto.Mac;', 'import javax.crypto.spec.SecretKeySpec;', 'public class Step {',
      '    public static void main(String[] args) throws Exception {', `        String apiSecret = ${javaString(SECRET)};`,
      `        String body = ${javaString(BODY)};`, indent(STEP_CODE.java.lines, '        '),
      '        System.out.println(timestamp);', '        System.out.println(signature);', '    }', '}', ''].join('\n');
    expectSigned(runProgram('Step.java', source, 'java', JAVA_RUN_FLAGS), before);
  });

  it('Ruby', () => {
    const before = Math.floor(Date.now() / 1000);
    const source = [`api_secret = ${rubyString(SECRET)}`, `body = ${rubyString(BODY)}`, ...STEP_CODE.ruby.lines.map(lineCode), 'puts timestamp', 'puts signature', ''].join('\n');
    expectSigned(runProgram('step.rb', source, 'ruby', []), before);
  });
});
