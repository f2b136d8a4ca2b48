#!/usr/bin/env node
// An INDEPENDENT planter of signing mistakes for the diagnoser tests: node:crypto only (no imports from src/), with
// python3 and php run as subprocesses where a planted body must come from the real serializer. For every cause id of
// DESIGN.md §5 it builds the request a client with that mistake would send; it also plants combinations, a wrong
// secret and a valid request. Deterministic: fixed secrets, timestamps and bodies.
//   node tests/support/plantMistakes.mjs           prints the cases as JSON
//   node tests/support/plantMistakes.mjs --write   writes tests/fixtures/plantedMistakes.json
import { createHash, createHmac } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SECRET = 'sk_live_planter_0123456789abcdef';
const API_KEY = 'pk_live_planter_a1b2c3d4e5f6';
const TS = '1764300000';
const NOW = 1764300030;
// Non-ASCII (é, ☕, an astral emoji), '/', '<', '>', '&', "'", '=', '+', '"' and keys out of sorted order.
const OBJECT = { to: '+14155550100', message: 'Café ☕ 😀 <b>a/b</b> & \'q\' = "1+1"', count: 2, tags: ['x', 'y'] };
const COMPACT = JSON.stringify(OBJECT);
const FROM_TEMPLATE = COMPACT.replace(/}$/, ',"amount":1.0}');

const sha256hex = (text) => createHash('sha256').update(text, 'utf8').digest('hex');
const hmac = (algorithm, key, message) => createHmac(algorithm, key).update(message).digest();
const hex = (bytes) => Buffer.from(bytes).toString('hex');

function python(code, input) {
  return execFileSync('python3', ['-c', `import json, sys\nobj = json.loads(sys.stdin.read())\nsys.stdout.write(${code})`], { input, encoding: 'utf8' });
}
function php(flags, input) {
  return execFileSync('php', ['-r', `echo json_encode(json_decode(stream_get_contents(STDIN)), ${flags});`], { input, encoding: 'utf8' });
}

// Hand-written from each library's documented escaping (Go encoding/json, Gson, System.Text.Json), not from src/.
const escapeEach = (text, pattern, escape) => text.replace(pattern, escape);
const u4 = (unit, upper) => `\\u${unit.toString(16).padStart(4, '0')[upper ? 'toUpperCase' : 'toLowerCase']()}`;
const goStyle = (json) => escapeEach(json, /[<>&\u2028\u2029]/g, (c) => u4(c.charCodeAt(0), false));
const gsonStyle = (json) => escapeEach(json, /[<>&'=\u2028\u2029]/g, (c) => u4(c.charCodeAt(0), false));
function dotnetStyle(json) {
  // Inside strings: non-ASCII, < > & ' + ` as uppercase \uXXXX (UTF-16 units), and the escaped quote as \u0022.
  return json.replace(/"(?:[^"\\]|\\.)*"/g, (literal) => `"${literal.slice(1, -1).replace(/\\"/g, '\\u0022')
    .replace(/[<>&'+`\u0080-\uffff]/g, (c) => u4(c.charCodeAt(0), true))}"`);
}
function jacksonPretty(value, indent = '') {
  const inner = `${indent}  `;
  if (Array.isArray(value)) return value.length === 0 ? '[ ]' : `[ ${value.map((item) => jacksonPretty(item, indent)).join(', ')} ]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{ }';
    return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)} : ${jacksonPretty(v, inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

const FORM_PHP = "['to' => '+14155550100', 'message' => 'Hi / é & more', 'count' => 2]";
const FORM_PY = "{'to': '+14155550100', 'message': 'Hi / é & more', 'count': 2}";
const phpOut = (expression) => execFileSync('php', ['-r', `echo ${expression};`], { encoding: 'utf8' });
// urlencode is what requests uses for data=dict; encode_multipart_formdata is what it uses for files=, here with a fixed boundary.
const pyOut = (expression) => execFileSync('python3', ['-c', `import json, sys\nfrom urllib.parse import urlencode\nfrom urllib3 import encode_multipart_formdata\nsys.stdout.write(${expression})`], { encoding: 'utf8' });
// Java's AbstractMap.toString over a LinkedHashMap (insertion order): {k=v, …}, strings bare, lists [a, b].
const javaToString = (value) => {
  if (Array.isArray(value)) return `[${value.map(javaToString).join(', ')}]`;
  if (value !== null && typeof value === 'object') return `{${Object.entries(value).map(([k, v]) => `${k}=${javaToString(v)}`).join(', ')}}`;
  return String(value);
};

/** A request signed the documented way except for what `plant` changes. */
function plant(name, ids, plantOptions = {}) {
  const {
    secret = SECRET, timestamp = TS, signedTimestamp = timestamp, sent = COMPACT, signedBody = sent,
    key = (s) => sha256hex(s), message = (ts, body) => Buffer.concat([Buffer.from(`${ts}.`), Buffer.from(body)]),
    mac = (k, m) => hmac('sha256', k, m), encode = (bytes) => hex(bytes),
  } = plantOptions;
  const signature = encode(mac(key(secret), message(signedTimestamp, signedBody)));
  return { name, ids, secret: SECRET, apiKey: API_KEY, timestamp, body: sent, signature, nowSeconds: NOW };
}

/** The first value from `candidates` whose HMAC output has a byte below 0x10 (so a Java hex drops a digit). */
function firstWithSmallByte(candidates, macOf) {
  return candidates.find((candidate) => [...macOf(candidate)].some((byte) => byte < 0x10));
}
const sequence = (n, f) => Array.from({ length: n }, (_, i) => f(i));

export function plantAll() {
  const pythonDefault = python('json.dumps(obj)', COMPACT);
  const pretty2 = JSON.stringify(OBJECT, null, 2);
  const echoSecret = (s) => sha256hex(`${s}\n`);
  const smallByteTs = firstWithSmallByte(sequence(50, (i) => String(Number(TS) + i)),
    (ts) => hmac('sha256', sha256hex(SECRET), `${ts}.${COMPACT}`));
  const smallByteHash = (bytes) => [...bytes].some((byte) => byte < 0x10);
  const perByteHex = (bytes) => [...bytes].map((byte) => byte.toString(16)).join('');
  const secretWithSmallByte = sequence(50, (i) => `${SECRET}${i || ''}`).find((s) => smallByteHash(createHash('sha256').update(s).digest()));
  const cases = [
    plant('valid request', ['valid']),
    { ...plant('wrong secret', ['unreproduced'], { secret: 'sk_live_some_other_rotated_secret' }) },
    plant('raw secret as key', ['key.raw-secret'], { key: (s) => s }),
    plant('binary hash as key', ['key.binary-hash'], { key: (s) => createHash('sha256').update(s).digest() }),
    plant('uppercase hash as key', ['key.uppercase-hash'], { key: (s) => sha256hex(s).toUpperCase() }),
    { ...plant('Java hex without leading zeros as key', ['key.hex-leading-zeros'], { secret: secretWithSmallByte,
      key: (s) => perByteHex(createHash('sha256').update(s).digest()) }), secret: secretWithSmallByte },
    plant('echo secret | sha256sum: newline hashed', ['key.secret-whitespace'], { key: echoSecret }),
    plant('sha256sum output kept in key', ['key.sha256sum-suffix'], { key: (s) => `${sha256hex(s)}  -` }),
    plant('secret hashed twice', ['key.double-hash'], { key: (s) => sha256hex(sha256hex(s)) }),
    plant('key and message swapped', ['key.swapped'], { mac: (k, m) => hmac('sha256', m, k) }),
    plant('API key hashed instead of secret', ['key.api-key-as-secret'], { key: () => sha256hex(API_KEY) }),
    plant('header in ms, signed seconds', ['timestamp.milliseconds'], { timestamp: `${TS}123`, signedTimestamp: TS }),
    plant('header in seconds, signed Date.now() ms', ['timestamp.milliseconds'], { signedTimestamp: `${TS}537` }),
    plant('clock read twice, 137 s apart', ['timestamp.header-mismatch'], { signedTimestamp: String(Number(TS) - 137) }),
    plant('no separator', ['payload.no-separator'], { message: (ts, body) => `${ts}${body}` }),
    plant('colon separator', ['payload.other-separator'], { message: (ts, body) => `${ts}:${body}` }),
    plant('body only', ['payload.body-only'], { message: (_ts, body) => body }),
    plant('body before timestamp', ['payload.reversed'], { message: (ts, body) => `${body}.${ts}` }),
    plant('signed compact, requests.post(json=) sent', ['body.reserialized'], { sent: pythonDefault, signedBody: COMPACT }),
    plant('signed python json.dumps default', ['body.python-default'], { signedBody: pythonDefault }),
    plant("signed json.dumps(separators=(',',':'))", ['body.python-ensure-ascii'], { signedBody: python("json.dumps(obj, separators=(',', ':'))", COMPACT) }),
    plant('signed JSON.stringify(v, null, 2)', ['body.pretty'], { signedBody: pretty2 }),
    plant('signed Jackson pretty printer', ['body.jackson-pretty'], { signedBody: jacksonPretty(OBJECT) }),
    plant('signed with sorted keys', ['body.sorted-keys'], { signedBody: python("json.dumps(obj, sort_keys=True, separators=(',', ':'), ensure_ascii=False)", COMPACT) }),
    // A body from a hand-written template keeps `1.0`; PHP's decode/encode round trip writes `1`, which also tells
    // PHP's \u escapes apart from Python's ensure_ascii (which would keep `1.0`).
    plant('signed PHP json_encode escaping slashes', ['body.php-escaped-slashes'], { sent: FROM_TEMPLATE, signedBody: php('JSON_UNESCAPED_UNICODE', FROM_TEMPLATE) }),
    plant('signed PHP json_encode escaping unicode', ['body.php-escaped-unicode'], { sent: FROM_TEMPLATE, signedBody: php('JSON_UNESCAPED_SLASHES', FROM_TEMPLATE) }),
    plant('signed Go json.Marshal of a struct', ['body.go-html-escape'], { signedBody: goStyle(COMPACT) }),
    plant('signed Gson toJson', ['body.gson-escape'], { signedBody: gsonStyle(COMPACT) }),
    plant('signed System.Text.Json', ['body.dotnet-escape'], { signedBody: dotnetStyle(COMPACT) }),
    plant('echo added a newline to the signed body', ['body.trailing-newline'], { signedBody: `${COMPACT}\n` }),
    plant('curl -d @file stripped CR LF', ['body.newlines-stripped'], { sent: pretty2.replace(/\n/g, ''), signedBody: pretty2.replace(/\n/g, '\r\n') }),
    plant('signed a CRLF file, sent LF', ['body.crlf'], { sent: pretty2, signedBody: pretty2.replace(/\n/g, '\r\n') }),
    plant('signed with a BOM', ['body.bom'], { signedBody: `\ufeff${COMPACT}` }),
    plant("signed Node 'binary' bytes", ['body.latin1'], { message: (ts) => Buffer.concat([Buffer.from(`${ts}.`), Buffer.from(COMPACT, 'latin1')]) }),
    plant('signed [object Object]', ['body.object-string'], { signedBody: '[object Object]' }),
    plant('signed Python str(dict)', ['body.object-string'], { signedBody: python('str(obj)', COMPACT) }),
    // A form sent where JSON was signed: PHP http_build_query / CURLOPT_POSTFIELDS with an array, Python requests data=dict.
    plant('PHP http_build_query sent, json_encode signed', ['body.form-urlencoded'], { sent: phpOut(`http_build_query(${FORM_PHP})`), signedBody: phpOut(`json_encode(${FORM_PHP})`) }),
    plant('requests.post(data=dict) sent, json.dumps signed', ['body.form-urlencoded'], { sent: pyOut(`urlencode(${FORM_PY})`), signedBody: pyOut(`json.dumps(${FORM_PY})`) }),
    plant('multipart fields sent, JSON signed', ['body.multipart'], { sent: pyOut(`encode_multipart_formdata([(k, str(v)) for k, v in ${FORM_PY}.items()], boundary='------------------------2f8b0c9e5d7a41c3')[0].decode()`), signedBody: phpOut(`json_encode(${FORM_PHP})`) }),
    plant('signed Java LinkedHashMap.toString()', ['body.object-string'], { signedBody: javaToString(OBJECT) }),
    plant('signed Ruby Hash#inspect', ['body.object-string'], { signedBody: execFileSync('ruby', ['-rjson', '-e', 'print JSON.parse(STDIN.read).inspect'], { input: COMPACT, encoding: 'utf8' }) }),
    plant('GET: sent nothing, signed {}', ['body.empty-variant'], { sent: '', signedBody: '{}' }),
    plant('signed JSON.stringify of the body string', ['body.double-encoded'], { signedBody: JSON.stringify(COMPACT) }),
    plant('uppercase hex signature', ['encoding.uppercase-hex'], { encode: (b) => hex(b).toUpperCase() }),
    plant('base64 signature', ['encoding.base64'], { encode: (b) => Buffer.from(b).toString('base64') }),
    plant('base64url signature', ['encoding.base64url'], { encode: (b) => Buffer.from(b).toString('base64url') }),
    plant('sha256= prefix', ['encoding.prefixed'], { encode: (b) => `sha256=${hex(b)}` }),
    plant('Java Integer.toHexString signature', ['encoding.dropped-leading-zeros'], { timestamp: smallByteTs, encode: perByteHex }),
    plant('HMAC-SHA1', ['algorithm.sha1'], { mac: (k, m) => hmac('sha1', k, m) }),
    plant('HMAC-SHA512', ['algorithm.sha512'], { mac: (k, m) => hmac('sha512', k, m) }),
    plant('plain sha256(key + message)', ['algorithm.plain-sha256'], { mac: (k, m) => createHash('sha256').update(Buffer.concat([Buffer.from(k), m])).digest() }),
    // Two and three mistakes at once (MISMATCHES.md §7).
    plant('raw secret + [object Object]', ['key.raw-secret', 'body.object-string'], { key: (s) => s, signedBody: '[object Object]' }),
    plant('echo secret + echo body + base64', ['key.secret-whitespace', 'body.trailing-newline', 'encoding.base64'],
      { key: echoSecret, signedBody: `${COMPACT}\n`, encode: (b) => Buffer.from(b).toString('base64') }),
    plant('sha256sum key + echo body + base64', ['key.sha256sum-suffix', 'body.trailing-newline', 'encoding.base64'],
      { key: (s) => `${sha256hex(s)}  -`, signedBody: `${COMPACT}\n`, encode: (b) => Buffer.from(b).toString('base64') }),
    plant('header in ms + python default body', ['timestamp.milliseconds', 'body.python-default'],
      { timestamp: `${TS}456`, signedTimestamp: TS, signedBody: pythonDefault }),
    plant('uppercase hex + pretty body', ['body.pretty', 'encoding.uppercase-hex'], { signedBody: pretty2, encode: (b) => hex(b).toUpperCase() }),
    plant('binary hash key + no separator', ['key.binary-hash', 'payload.no-separator'],
      { key: (s) => createHash('sha256').update(s).digest(), message: (ts, body) => `${ts}${body}` }),
  ];
  return cases;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const json = `${JSON.stringify(plantAll(), null, 2)}\n`;
  if (process.argv.includes('--write')) {
    writeFileSync(new URL('../fixtures/plantedMistakes.json', import.meta.url), json);
  } else process.stdout.write(json);
}
