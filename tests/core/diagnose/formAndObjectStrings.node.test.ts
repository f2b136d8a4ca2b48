// Issue 17 §3: JSON signed while a form was sent (PHP CURLOPT_POSTFIELDS with an array, http_build_query, Python
// requests.post(data=dict)), and the object strings of Java (Map.toString) and Ruby (Hash#inspect). Every sent and
// signed body here comes from the real tool run as a subprocess; only the HMAC is computed here, with node:crypto.
import { execFile, execFileSync } from 'node:child_process';
import { createHash, createHmac } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/core/diagnose.ts';
import { formFieldsToJson, parseMultipartForm, parseUrlencodedForm } from '../../../src/core/dialects/formBody.ts';
import { parseJsonLossless } from '../../../src/core/dialects/jsonValue.ts';
import { javaMapToString, rubyInspect } from '../../../src/core/dialects/objectStrings.ts';

const SECRET = 'sk_test_forms';
const TS = '1764300000';
const sign = (payload: string) => createHmac('sha256', createHash('sha256').update(SECRET).digest('hex')).update(payload).digest('hex');
const PHP_DATA = "['to' => '+14155550100', 'message' => 'Hi / é & more', 'count' => 2]";
const PY_DATA = "{'to': '+14155550100', 'message': 'Hi / é & more', 'count': 2}";

async function diagnoseSigned(sent: string, signed: string) {
  return diagnose({ request: { timestamp: TS, body: sent, signature: sign(`${TS}.${signed}`) }, secret: SECRET, nowSeconds: Number(TS) });
}

/** The exact bytes PHP's curl extension sends for CURLOPT_POSTFIELDS given an array, caught by a local server. */
async function phpMultipartBody(): Promise<string> {
  let received = '';
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received = Buffer.concat(chunks).toString('utf8');
      response.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    await promisify(execFile)('php', ['-r', `$ch = curl_init('http://127.0.0.1:${port}/');
      curl_setopt($ch, CURLOPT_POSTFIELDS, ${PHP_DATA}); curl_setopt($ch, CURLOPT_RETURNTRANSFER, true); curl_exec($ch);`]);
  } finally {
    server.close();
  }
  return received;
}

describe('a form sent where JSON was signed', () => {
  it('finds body.form-urlencoded for PHP http_build_query, with the sent fields shown decoded', async () => {
    const [sent = '', signed = ''] = execFileSync('php', ['-r', `$d = ${PHP_DATA}; echo http_build_query($d), "\\n", json_encode($d);`], { encoding: 'utf8' }).split('\n');
    expect(sent).toBe('to=%2B14155550100&message=Hi+%2F+%C3%A9+%26+more&count=2');
    const { causes } = await diagnoseSigned(sent, signed);
    expect(causes[0]?.ids).toEqual(['body.form-urlencoded']);
    expect(causes[0]?.sentence).toContain('decoded, its fields are: to = "+14155550100", message = "Hi / é & more", count = "2"');
    expect(causes[0]?.evidence).toMatchObject({ sent: `${TS}.${sent}`, signed: `${TS}.${signed}` });
    expect(causes[0]?.fix.code).toContain('CURLOPT_POSTFIELDS, $body');
  });

  it('finds body.form-urlencoded for Python requests.post(data=dict) signed with json.dumps(dict)', async () => {
    const script = `import json, requests, sys\nd = ${PY_DATA}\nsys.stdout.write(requests.Request('POST', 'http://x/', data=d).prepare().body + '\\n' + json.dumps(d))`;
    const [sent = '', signed = ''] = execFileSync('python3', ['-c', script], { encoding: 'utf8' }).split('\n');
    expect(sent).toContain('message=Hi+%2F+%C3%A9+%26+more');
    const { causes } = await diagnoseSigned(sent, signed);
    expect(causes[0]?.ids).toEqual(['body.form-urlencoded']);
    expect(causes[0]?.sentence).toContain('requests.post(data=dict)');
  });

  it('finds body.multipart for PHP CURLOPT_POSTFIELDS given an array (a real libcurl boundary)', async () => {
    const sent = await phpMultipartBody();
    expect(sent).toMatch(/^--------------------------[0-9a-f]+\r\nContent-Disposition: form-data; name="to"\r\n\r\n\+14155550100\r\n/);
    const signed = execFileSync('php', ['-r', `echo json_encode(${PHP_DATA});`], { encoding: 'utf8' });
    const { causes } = await diagnoseSigned(sent, signed);
    expect(causes[0]?.ids).toEqual(['body.multipart']);
    expect(causes[0]?.sentence).toContain('multipart/form-data; decoded, its fields are: to = "+14155550100"');
  });

  it('finds body.multipart for Python requests files= signed with compact json.dumps', async () => {
    const script = `import json, requests, sys\nd = ${PY_DATA}\nsys.stdout.buffer.write(requests.Request('POST', 'http://x/', files={k: (None, str(v)) for k, v in d.items()}).prepare().body + b'\\0' + json.dumps(d, separators=(',', ':')).encode())`;
    const [sent = '', signed = ''] = execFileSync('python3', ['-c', script], { encoding: 'utf8' }).split('\0');
    const { causes } = await diagnoseSigned(sent, signed);
    expect(causes[0]?.ids).toEqual(['body.multipart']);
  });
});

describe('form parsing refuses what is not a form', () => {
  it.each([
    ['JSON', '{"a":1}'],
    ['text with spaces', 'a=1 b=2'],
    ['a bad percent escape', 'a=%E0%A4%A'],
    ['an empty name', '=1'],
    ['nothing', ''],
  ])('urlencoded: %s', (_name, body) => {
    expect(parseUrlencodedForm(body)).toBeUndefined();
  });
  it.each([
    ['no closing boundary', '--b\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n'],
    ['a part without a name', '--b\r\nContent-Type: text/plain\r\n\r\n1\r\n--b--\r\n'],
    ['a part without a blank line', '--b\r\nContent-Disposition: form-data; name="a"\r\n1\r\n--b--\r\n'],
    ['JSON', '{"a":1}'],
  ])('multipart: %s', (_name, body) => {
    expect(parseMultipartForm(body)).toBeUndefined();
  });
  it("reads PHP's bracket names back as nested data", () => {
    const sent = execFileSync('php', ['-r', "echo http_build_query(['a' => ['b' => 1, 'c' => 'x'], 'l' => ['p', 'q']]);"], { encoding: 'utf8' });
    const fields = parseUrlencodedForm(sent);
    expect(fields).toBeDefined();
    const json = formFieldsToJson(fields ?? [], 'scalars');
    const expected = parseJsonLossless('{"a":{"b":1,"c":"x"},"l":["p","q"]}');
    expect(expected.ok && json).toEqual(expected.ok ? expected.value : 'unparsed');
  });
});

const OBJECT_BODY = '{"to":"+14155550100","message":"Hi \\"you\\" #{x}","count":2,"ratio":1.5,"big":1e21,"ok":true,"none":null,"tags":["x","y"],"meta":{"k":"v"}}';

describe('object strings of Java and Ruby', () => {
  // One java run: a single-file program prints both maps (JDK 17, Jackson-free: the tree is built by hand from the body).
  const javaOut = (() => {
    const dir = mkdtempSync(join(tmpdir(), 'rankcauses-java-'));
    const file = join(dir, 'Maps.java');
    writeFileSync(file, `import java.util.*;
public class Maps { public static void main(String[] a) {
  for (Map<String, Object> m : List.<Map<String, Object>>of(new LinkedHashMap<>(), new HashMap<>())) {
    Map<String, Object> meta = m instanceof HashMap && !(m instanceof LinkedHashMap) ? new HashMap<>() : new LinkedHashMap<>();
    meta.put("k", "v");
    m.put("to", "+14155550100"); m.put("message", "Hi \\"you\\" #{x}"); m.put("count", 2); m.put("ratio", 1.5); m.put("big", 1e21);
    m.put("ok", true); m.put("none", null); m.put("tags", List.of("x", "y")); m.put("meta", meta);
    System.out.println(m);
  }
}}`);
    return execFileSync('java', [file], { encoding: 'utf8' }).split('\n');
  })();
  const ruby = execFileSync('ruby', ['-rjson', '-e', 'print JSON.parse(STDIN.read).inspect'], { input: OBJECT_BODY, encoding: 'utf8' });
  const parsed = parseJsonLossless(OBJECT_BODY);
  const value = parsed.ok ? parsed.value : { kind: 'null' as const };

  it("writes Java's LinkedHashMap and HashMap toString() as the JVM does", () => {
    expect(javaMapToString(value, 'insertion')).toBe(javaOut[0]);
    expect(javaMapToString(value, 'hash')).toBe(javaOut[1]);
  });

  it("writes Ruby's Hash#inspect as Ruby 3.1 does", () => {
    expect(ruby.startsWith('{"to"=>"+14155550100"')).toBe(true);
    expect(rubyInspect(value, '3.3')).toBe(ruby);
  });

  it.each([
    ['Java LinkedHashMap.toString()', () => javaOut[0] ?? ''],
    ['Java HashMap.toString()', () => javaOut[1] ?? ''],
    ['Ruby Hash#inspect', () => ruby],
  ])('finds body.object-string when the client signed %s', async (_name, signed) => {
    const { causes } = await diagnoseSigned(OBJECT_BODY, signed());
    expect(causes[0]?.ids).toEqual(['body.object-string']);
  });

  it('has no object string for a body that is not an object or array', () => {
    const scalar = parseJsonLossless('"text"');
    expect(scalar.ok && javaMapToString(scalar.value, 'hash')).toBeUndefined();
    expect(scalar.ok && rubyInspect(scalar.value, '3.4')).toBeUndefined();
  });
});
