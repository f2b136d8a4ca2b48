// Each pasted format on small hand-made inputs: the escapes each tool writes, and every refusal — a sentence that
// names the format it took the text for and what is missing. The detection order is pinned here too.
import { describe, expect, it } from 'vitest';
import type { ParseRequestResult } from '../../../src/core/parsedRequest.ts';
import { detectFormat, parsePastedRequest } from '../../../src/core/pasted/parsePastedRequest.ts';

const SIG = 'b'.repeat(64);

function read(result: ParseRequestResult) {
  if (!result.ok) throw new Error(result.error.message);
  return result.request;
}
function refusal(result: ParseRequestResult): string {
  if (result.ok) throw new Error(`read as ${JSON.stringify(result.request)}`);
  return result.error.message;
}

describe('detection order: most specific first', () => {
  it.each([
    ['{"log":{"entries":[]}}', 'har'],
    ['{"request":{"method":"POST","url":"https://x","headers":[]}}', 'har'],
    ['fetch("https://x", {"body": "{}"});', 'fetch'],
    ['await fetch("https://x")', 'fetch'],
    ['$session = New-Object Microsoft.PowerShell.Commands.WebRequestSession\nInvoke-WebRequest -Uri "https://x"', 'powershell'],
    ['Invoke-RestMethod -Uri https://x -Method Post -Body "{}"', 'powershell'],
    ['curl -Uri "https://x" -Method POST -Body "{}"', 'powershell'],
    ['curl ^"https://x^" ^\n  -H ^"A: b^"', 'curl-cmd'],
    ['curl "https://x" ^\n  --data-raw "{}"', 'curl-cmd'],
    ["curl 'https://x' -H 'A: b'", 'curl'],
    ["curl 'https://x' --data-raw '{\"a\":\"^\"}' \\\n  -H 'B: ^'", 'curl'],
    ['curl "https://x" -H "A: b"', 'curl'],
    ['POST /x HTTP/1.1\nHost: h\n\n{}', 'raw-http'],
    ['*   Trying 1.2.3.4:443...\n> GET /x HTTP/1.1\n> Host: h\n> \n< HTTP/1.1 200 OK', 'curl-verbose'],
    ['2026-12-02 INFO POST /x HTTP/1.1\n2026-12-02 INFO Host: h', 'server-log'],
    ['hello', undefined],
  ])('%j is %s', (text, format) => {
    expect(detectFormat(text)).toBe(format);
  });
});

describe('curl for Windows cmd', () => {
  it('undoes ^ escapes, ^\\^" quotes, %^ before a letter, ^ + newline continuations and ^ + two newlines', () => {
    const text = 'curl ^"https://api.test/v1/messages/text^" ^\n  -X ^"POST^" ^\n  -H ^"X-Timestamp: 1^" ^\n'
      + '  -H ^"X-API-Signature: ' + SIG + '^" ^\n  --data-raw ^"^{^\\^"a^\\^":^\\^"50^%^PATH^% ^&^<^>^|^\\^\\^\\^" ok^\\^"^}^\n\n^"';
    const request = read(parsePastedRequest(text));
    expect(request).toMatchObject({ method: 'POST', url: 'https://api.test/v1/messages/text' });
    expect(request.body).toBe('{"a":"50%PATH% &<>|\\" ok"}\n');
  });
  it('reads Firefox\'s form, where \\" and \\$ stay bare inside ^"…^"', () => {
    expect(read(parsePastedRequest('curl ^"https://x/^" ^\n  -X POST ^\n  --data-raw ^"{\\"a\\":\\"\\$5 \\`x\\`\\"}^"')).body).toBe('{"a":"$5 `x`"}');
  });
  it('reads only the first command of a "Copy all" paste, and says so', () => {
    const result = parsePastedRequest('curl ^"https://x/a^" --data-raw ^"1^" &\r\ncurl ^"https://x/b^"');
    expect(read(result).url).toBe('https://x/a');
    expect(result.ok && result.warnings).toEqual(expect.arrayContaining([expect.stringMatching(/unescaped & on was ignored/)]));
  });
  it('warns that cmd would send the doubled backslashes the browser wrote', () => {
    const result = parsePastedRequest('curl ^"https://x/^" ^\n  --data-raw ^"^\\^\\n^"');
    expect(read(result).body).toBe('\\n');
    expect(result.ok && result.warnings.join(' ')).toMatch(/doubled every backslash/);
  });
  it.each([
    ['curl ^"https://x/^" ^', /ends with \^, so cmd\.exe would wait for another line/],
    ['curl ^"https://x/^" ^\n  -H ^"A: b', /quoted value is not closed/],
    ['curl ^"https://x/^" ^\n  -H', /Windows cmd.*-H option needs a value/],
    ['curl ^"https://x^" ^\n ^"https://y^"', /Windows cmd.*2 URLs/],
  ])('refuses %j', (text, message) => {
    expect(refusal(parsePastedRequest(text))).toMatch(message);
  });
});

describe('PowerShell', () => {
  it('reads backtick escapes, "" and \'\' quotes, $([char]N), a hashtable with ; and bare keys, and a variable set earlier', () => {
    const text = '$body = \'{"n":"it\'\'s"}\'\r\nInvoke-RestMethod https://x/y -Method Post `\r\n  -Headers @{ X-Timestamp = "1"; \'X-API-Signature\'="' + SIG
      + '" } -ContentType "application/json" -Body $body';
    const request = read(parsePastedRequest(text));
    expect(request).toMatchObject({ method: 'POST', url: 'https://x/y', body: '{"n":"it\'s"}' });
    expect(request.headers).toEqual([['X-Timestamp', '1'], ['X-API-Signature', SIG], ['Content-Type', 'application/json']]);
    expect(read(parsePastedRequest('iwr -Uri "https://x" -Meth PUT -Body "a`tb`n`"q`"`$x``y""z$([char]233)$([char]55357)$([char]56832)"')).body)
      .toBe('a\tb\n"q"$x`y"zé😀');
  });
  it('reads here-strings: @" … "@ with escapes, @\' … \'@ as written, line breaks as pasted', () => {
    const double = '$json = @"\r\n{\r\n  "m": "`$5 `"ok`""\r\n}\r\n"@\r\nInvoke-RestMethod -Uri https://x -Method Post -Body $json';
    expect(read(parsePastedRequest(double)).body).toBe('{\r\n  "m": "$5 "ok""\r\n}');
    const single = "Invoke-RestMethod -Uri https://x -Method Post -Body @'\n{\"a\":\"`n $b\"}\n'@";
    expect(read(parsePastedRequest(single)).body).toBe('{"a":"`n $b"}');
    expect(read(parsePastedRequest('irm -Uri https://x -Method Post -Body @"\n"@')).body).toBe('');
    expect(refusal(parsePastedRequest('irm -Uri https://x -Method Post -Body @"\n{}'))).toMatch(/here-string is not closed with "@/);
  });
  it('warns that Windows PowerShell 5.1 sends a non-ASCII string body as ISO-8859-1', () => {
    const result = parsePastedRequest('Invoke-WebRequest -Uri "https://x" -Method POST -Body "caf$([char]233)"');
    expect(result.ok && result.warnings.join(' ')).toMatch(/ISO-8859-1/);
  });
  it.each([
    ['Invoke-WebRequest -Uri "https://x" -Method POST', 'This looks like a PowerShell command, but it has no -Body, so there is no body to check.'],
    ['Invoke-WebRequest -Method POST -Body "{}"', 'This looks like a PowerShell command, but it has no -Uri, so it is not known where it was sent.'],
    ['Invoke-WebRequest -Uri "https://x" -Method POST -Body "$payload"', /the variable \$payload, which PowerShell would replace/],
    ['Invoke-WebRequest -Uri "https://x" -Method POST -Body $payload', /\$payload is a variable not set in the pasted text/],
    ['Invoke-WebRequest -Uri "https://x" -Method POST -Body ($o | ConvertTo-Json)', /is an expression PowerShell would run/],
    ['Invoke-WebRequest -Uri "https://x" -Method POST -Body @{a="b"}', /hashtable, which PowerShell sends as form fields/],
    ['Invoke-WebRequest -Uri "https://x" -Method POST -InFile body.json', /sends a file \(-InFile\)/],
    ['Invoke-WebRequest -Uri "https://x" -Body "{', /double-quoted string is not closed/],
    ['Invoke-WebRequest -Uri "https://x" -Headers @{ "a" = "b"', /hashtable is not closed/],
    ['Invoke-WebRequest -Uri "https://x" -Headers "a"', /-Headers is not a @\{ "Name" = "value" \} hashtable/],
    ['$session = New-Object Microsoft.PowerShell.Commands.WebRequestSession', /it has no Invoke-WebRequest or Invoke-RestMethod line/],
  ])('refuses %j', (text, message) => {
    const sentence = refusal(parsePastedRequest(text));
    expect(sentence).toMatch(/^This looks like a PowerShell command, but .*\.$/s);
    if (typeof message === 'string') expect(sentence).toBe(message);
    else expect(sentence).toMatch(message);
  });
});

describe('fetch', () => {
  it('reads single quotes, bare keys, escapes, comments, trailing commas and headers as pairs', () => {
    const text = `const r = await fetch('https://x/y', { // copied\n method: 'post', headers: [['X-Timestamp', '1'], ["X-API-Signature", "${SIG}"]],`
      + ` body: '{"a":"\\u00e9\\x41\\n\\u{1F600}\\\\"}', /* the body */ });`;
    const request = read(parsePastedRequest(text));
    expect(request).toMatchObject({ method: 'POST', url: 'https://x/y', body: '{"a":"éA\n😀\\"}' });
    expect(request.headers).toEqual([['X-Timestamp', '1'], ['X-API-Signature', SIG]]);
  });
  it('computes JSON.stringify of a literal as JavaScript does: key order, numbers, undefined, indentation', () => {
    const text = 'fetch("https://x", { method: "POST", body: JSON.stringify({ b: 1, "a": "é\\n", 2: [1.50, null, undefined, true, -0], u: undefined, n: 1e21 }, null, 2) })';
    const result = parsePastedRequest(text);
    // The expected text is the engine's own JSON.stringify of the same literal.
    expect(read(result).body).toBe(JSON.stringify({ b: 1, 'a': 'é\n', 2: [1.50, null, undefined, true, -0], u: undefined, n: 1e21 }, null, 2));
    expect(result.ok && result.warnings.join(' ')).toMatch(/computed as JavaScript computes it/);
  });
  it.each([
    ['fetch("https://x", { method: "POST", body: new URLSearchParams(form) })', /its body is new URLSearchParams\(form\), code whose result is not written here/],
    ['fetch("https://x", { method: "POST", body: JSON.stringify(payload) })', /its body stringifies payload, whose value would have to be run/],
    ['fetch("https://x", { method: "POST", body: JSON.stringify({ a: [1, f()] }) })', /its body stringifies f\(\)/],
    ['fetch("https://x", { method: "POST", body: JSON.stringify({}, (k, v) => v) })', /replacer/],
    ['fetch("https://x", { method: "POST", body: JSON.stringify({}).trim() })', /followed by more code/],
    ['fetch("https://x", { method: "POST" })', 'This looks like a fetch call (Copy as fetch), but it has no body, so there is no body to check.'],
    ['fetch(url, { method: "POST" })', /its URL is url, not a string literal/],
    ['fetch("https://x", { headers: { "X-Timestamp": ts } })', /the header X-Timestamp is ts, which would have to be run/],
    ['fetch("https://x", { body: `a${b}` })', /template string holds \$\{…\}/],
    ['fetch("https://x", { body: "abc })', /string runs past the end of its line|string is not closed/],
    ['fetch("https://x", { "headers": { "a": "b" }', /\{ is not closed|, or \} was expected/],
    ['fetch("https://x", options)', /its options are options, not an object literal/],
  ])('refuses %j', (text, message) => {
    const sentence = refusal(parsePastedRequest(text));
    expect(sentence).toMatch(/^This looks like a fetch call \(Copy as fetch\), but /);
    if (typeof message === 'string') expect(sentence).toBe(message);
    else expect(sentence).toMatch(message);
  });
});

describe('HAR', () => {
  const entry = (headers: Array<[string, string]>, postData?: object) => ({
    startedDateTime: '2026-12-02T01:00:00.000Z',
    request: { method: 'POST', url: 'https://x/y', headers: headers.map(([name, value]) => ({ name, value })), ...(postData ? { postData } : {}) },
  });
  const signed: Array<[string, string]> = [['X-Timestamp', '1'], ['x-api-signature', SIG], [':authority', 'x']];
  it('reads the one signed entry among unsigned ones, leaving out HTTP/2 pseudo-headers', () => {
    const har = { log: { version: '1.2', entries: [entry([['A', 'b']]), entry(signed, { mimeType: 'application/json', text: '{"a":1}' })] } };
    const request = read(parsePastedRequest(JSON.stringify(har)));
    expect(request.headers).toEqual([['X-Timestamp', '1'], ['x-api-signature', SIG]]);
    expect(request.body).toBe('{"a":1}');
  });
  it('keeps bytes that are not UTF-8 and warns that they were read as U+FFFD', () => {
    const result = parsePastedRequest(JSON.stringify(entry(signed, { text: Buffer.from([0x7b, 0xff, 0x7d]).toString('base64'), encoding: 'base64' })));
    expect(Buffer.from(read(result).bodyBytes ?? [])).toEqual(Buffer.from([0x7b, 0xff, 0x7d]));
    expect(read(result).body).toBe('{\ufffd}');
    expect(result.ok && result.warnings.join(' ')).toMatch(/not valid UTF-8/);
  });
  it.each(['e30=', 'e30', 'e3\n0=', 'eyJhIjoxfQ==', 'eyJhIjoxfQ'])('reads base64 body %j with or without its padding, as Node decodes it', (text) => {
    const request = read(parsePastedRequest(JSON.stringify(entry(signed, { text, encoding: 'base64' }))));
    expect(Buffer.from(request.bodyBytes ?? [])).toEqual(Buffer.from(text, 'base64'));
  });
  it.each(['/=', 'A', 'A===', 'QQ=Q', 'e30=e30='])('refuses base64 body %j, whose length or padding no encoder writes, instead of throwing', (text) => {
    expect(refusal(parsePastedRequest(JSON.stringify(entry(signed, { text, encoding: 'base64' }))))).toMatch(/marked base64 but is not valid base64/);
  });
  it.each([
    ['{"log": {"entries": [', /it is not valid JSON/],
    ['{"log": {"entries": []}}', 'This looks like a HAR file, but it holds no requests (log.entries is empty).'],
    [JSON.stringify({ log: { entries: [entry([['A', 'b']])] } }), 'This looks like a HAR file, but none of its 1 request carries an X-API-Signature header, so there is no signature to diagnose.'],
    [JSON.stringify({ log: { entries: [{ request: { method: 'GET', url: 'x' } }] } }), /log\.entries\.0\.request\.headers is not what HAR 1\.2 requires/],
    [JSON.stringify(entry(signed, { text: '***', encoding: 'base64' })), /marked base64 but is not valid base64/],
    [JSON.stringify(entry(signed, { text: 'x', encoding: 'gzip' })), /encoding "gzip", which is not base64/],
    [JSON.stringify(entry(signed, { params: [{ name: 'a', value: 'b' }] })), /only as form fields \(postData\.params\)/],
  ])('refuses %s', (text, message) => {
    const sentence = refusal(parsePastedRequest(text));
    expect(sentence).toMatch(/^This looks like a HAR file, but /);
    if (typeof message === 'string') expect(sentence).toBe(message);
    else expect(sentence).toMatch(message);
  });
});

describe('curl -v output and server logs', () => {
  it('takes a body pasted under the > lines of curl -v', () => {
    const text = '> POST /x HTTP/1.1\r\n> Host: api.test\r\n> Content-Length: 7\r\n> \r\n{"a":1}\r\n} [7 bytes data]\r\n< HTTP/1.1 401\r\n';
    expect(read(parsePastedRequest(text))).toMatchObject({ url: 'https://api.test/x', body: '{"a":1}' });
  });
  it('strips a log prefix whose timestamps differ line by line, and cuts the body at Content-Length', () => {
    const text = 'noise\n[12:00:01.001] api | POST /x HTTP/1.1\n[12:00:01.002] api | Host: api.test\n[12:00:01.002] api | Content-Length: 2\n'
      + '[12:00:01.003] api | \n[12:00:01.003] api | {}\n[12:00:02.000] api | GET /next HTTP/1.1';
    const result = parsePastedRequest(text);
    expect(read(result)).toMatchObject({ method: 'POST', url: 'https://api.test/x', body: '{}' });
    expect(result.ok && result.warnings).toEqual([expect.stringMatching(/cut at Content-Length \(2 bytes\)/)]);
  });
  it.each([
    ['> GET /x HTTP/1.1\n> Host h\n> \n', /^This looks like curl -v output, but the line "Host h" is not a header/],
    ['INFO POST /x HTTP/1.1\nINFO Host h\n', /^This looks like a request from a server log, but the line "Host h" is not a header/],
  ])('refuses %j', (text, message) => {
    expect(refusal(parsePastedRequest(text))).toMatch(message);
  });
});

describe('anything else', () => {
  it('lists every format it reads', () => {
    const sentence = refusal(parsePastedRequest('hello there'));
    for (const name of ['HAR', 'fetch', 'PowerShell', 'Windows cmd', 'bash', 'curl -v', 'raw HTTP', 'server log']) expect(sentence).toContain(name);
  });
  it('says which format a bash curl or raw HTTP refusal is about', () => {
    expect(refusal(parsePastedRequest("curl 'x"))).toMatch(/^Read as a curl command for bash \(Copy as cURL \(bash\)\): The command has an unterminated ' quote/);
    expect(refusal(parsePastedRequest('POST /x HTTP/1.1\n{"a":1}'))).toMatch(/^Read as a raw HTTP request: The line/);
  });
});
