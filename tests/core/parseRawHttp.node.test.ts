import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFailingRequest, parseRawHttp, type ParseRequestResult } from '../../src/core/curl.ts';
import { type RecordingServer, startRecordingServer } from '../snippets/recordingServer.ts';

function parsed(result: ParseRequestResult) {
  if (!result.ok) throw new Error(`expected a request, got: ${result.error.message}`);
  return result;
}
function failure(result: ParseRequestResult): string {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.request)}`);
  return result.error.message;
}

const BODY = '{"to":"+14155550100","message":"Café ☕ 😀"}';
const CRLF_REQUEST = `POST /api/v1/external/messages/text HTTP/1.1\r\nHost: api.example.com\r\nContent-Type: application/json\r\n`
  + `X-Timestamp: 1764300000\r\nContent-Length: ${Buffer.byteLength(BODY)}\r\n\r\n${BODY}`;

describe('parseRawHttp', () => {
  it('reads CRLF requests; Host builds an https URL', () => {
    const r = parsed(parseRawHttp(CRLF_REQUEST));
    expect(r.request).toEqual({
      method: 'POST',
      url: 'https://api.example.com/api/v1/external/messages/text',
      headers: [['Host', 'api.example.com'], ['Content-Type', 'application/json'], ['X-Timestamp', '1764300000'], ['Content-Length', String(Buffer.byteLength(BODY))]],
      body: BODY,
    });
    expect(r.warnings).toEqual([]);
  });

  it('reads LF-only requests and keeps the body byte for byte: trailing newline, CRs and blank lines inside', () => {
    const body = '{\r\n  "a": 1\n\n}\n';
    const r = parsed(parseRawHttp(`PUT /x HTTP/1.1\nHost: localhost:8787\n\n${body}`));
    expect(r.request).toMatchObject({ method: 'PUT', url: 'http://localhost:8787/x', body });
  });

  it('uses http for loopback hosts, keeps an absolute-form target, and warns without a Host', () => {
    expect(parsed(parseRawHttp('GET /t HTTP/1.1\r\nHost: 127.0.0.1:9\r\n\r\n')).request.url).toBe('http://127.0.0.1:9/t');
    expect(parsed(parseRawHttp('GET http://proxy.test/t HTTP/1.1\r\n\r\n')).request.url).toBe('http://proxy.test/t');
    const noHost = parsed(parseRawHttp('GET /t HTTP/1.1\r\n\r\n'));
    expect(noHost.request).toMatchObject({ url: '/t', body: undefined });
    expect(noHost.warnings.join()).toMatch(/no Host header/);
  });

  it('warns when Content-Length does not match the body, counting UTF-8 bytes', () => {
    const r = parsed(parseRawHttp(`POST /x HTTP/1.1\r\nHost: h\r\nContent-Length: ${BODY.length}\r\n\r\n${BODY}`));
    expect(r.warnings.join()).toMatch(new RegExp(`says ${BODY.length} bytes but the body has ${Buffer.byteLength(BODY)}`));
    expect(parsed(parseRawHttp('POST /x HTTP/1.1\r\nHost: h\r\nContent-Length: ten\r\n\r\n')).warnings.join()).toMatch(/not a number/);
  });

  it('skips blank lines before the request line, unfolds folded headers and warns about a missing version or chunking', () => {
    const r = parsed(parseRawHttp('\r\n\nGET /x\nHost: h\nX-Long: a\n  b\nTransfer-Encoding: chunked\n\n'));
    expect(r.request.headers).toContainEqual(['X-Long', 'a b']);
    const warnings = r.warnings.join('\n');
    expect(warnings).toMatch(/no HTTP version/);
    expect(warnings).toMatch(/folded/);
    expect(warnings).toMatch(/chunked/);
  });

  it.each([
    ['', /empty/],
    ['\n\n', /empty/],
    ['post /x HTTP/1.1\r\n', /upper-case METHOD/],
    ['POST x HTTP/1.1', /not an HTTP request line/],
    ['POST /x HTTP/1.1\r\nHost: h\r\n{"a":1}', /not a header.*put one empty line between the headers and the body/],
    ['POST /x HTTP/1.1\r\nBad Header: 1\r\n\r\n', /"Bad Header: 1" is not a header/],
  ])('refuses %j with a message', (text, message) => {
    expect(failure(parseRawHttp(text))).toMatch(message);
  });
});

describe('what parseRawHttp reads is what a real HTTP server (node:http) receives', () => {
  let server: RecordingServer;
  beforeAll(async () => {
    server = await startRecordingServer();
  });
  afterAll(() => server.close());

  const sendRaw = (text: string) => new Promise<void>((resolve, reject) => {
    const socket = connect(Number(new URL(server.origin).port), '127.0.0.1', () => socket.end(text));
    socket.on('data', () => undefined);
    socket.on('close', () => resolve());
    socket.on('error', reject);
  });

  // node:http refuses bare-LF requests (request smuggling hardening), so these go over the wire with CRLF.
  it.each([
    CRLF_REQUEST,
    `POST /a?b=1 HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n\r\n{\r\n"a":1}\n\n`,
    'GET /api/v1/external/templates HTTP/1.1\r\nHost: x\r\nX-API-Key: pk_1\r\nConnection: close\r\n\r\n',
  ])('%j', async (text) => {
    const before = server.requests.length;
    await sendRaw(text.includes('Connection: close') ? text : text.replace('\r\n', '\r\nConnection: close\r\n'));
    expect(server.requests.length).toBe(before + 1);
    const received = server.requests.at(-1)!;
    const { request } = parsed(parseRawHttp(text));
    expect(request.method).toBe(received.method);
    expect(request.url.endsWith(received.url)).toBe(true);
    expect(Buffer.from(request.body ?? '', 'utf8').equals(received.body)).toBe(true);
    for (const [name, value] of request.headers) expect(received.headers[name.toLowerCase()]).toBe(value);
  });
});

describe('parseFailingRequest', () => {
  it('tells curl commands from raw HTTP requests', () => {
    expect(parsed(parseFailingRequest("  curl https://x --data-raw 'a'")).request.body).toBe('a');
    expect(parsed(parseFailingRequest('$ curl https://x')).request.url).toBe('https://x');
    expect(parsed(parseFailingRequest(CRLF_REQUEST)).request.body).toBe(BODY);
    expect(parsed(parseFailingRequest('\uFEFFGET /t HTTP/1.1\nHost: h\n\n')).request.url).toBe('https://h/t');
  });

  it("passes on each parser's own message", () => {
    expect(failure(parseFailingRequest("curl 'x"))).toMatch(/unterminated/);
    expect(failure(parseFailingRequest('post /x HTTP/1.1'))).toMatch(/upper-case METHOD/);
  });

  it('says which two forms it reads when the text is neither', () => {
    expect(failure(parseFailingRequest('{"to":"+1"}'))).toMatch(/Expected a curl command .* or a raw HTTP request .*starts with "\{"to":"\+1"\}"/);
    expect(failure(parseFailingRequest(' \n '))).toMatch(/Paste the failing request/);
    expect(failure(parseFailingRequest(`hello ${'x'.repeat(100)}`))).toMatch(/x…"\.$/);
  });
});
