// Every fixture of tests/fixtures/pasted (see SOURCES.md there: which tool and version wrote each) is read back to the
// request that was sent — method, path, headers, body to the character — and diagnosed: a request signed as sent
// verifies, the one signed over the compact JSON while the pretty JSON was sent is found as body.reserialized.
// Expected bodies are rebuilt here with JSON.stringify and expected signatures with node:crypto, not with src/.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/core/diagnose.ts';
import { failingRequestFromText } from '../../../src/core/failingRequest.ts';
import { harChoices } from '../../../src/core/pasted/har.ts';
import { parsePastedRequest, type PastedFormat } from '../../../src/core/pasted/parsePastedRequest.ts';
import { nodeSign } from '../../sandbox/nodeSigning.ts';

const SECRET = 'sk_test_PastedFixturesSecret0123456789AB';
const KEY = 'pk_test_PastedFixtures0123456789abcdef';
const ORIGIN = 'http://127.0.0.1:8794';
const MESSAGES = '/api/v1/external/messages/text';
const TEMPLATES = '/api/v1/external/templates';

const postObject = { to: '+14155550100', message: 'Café "50% off" & <b>{deal}</b> ^_^ C:\\temp 😀' };
const prettyObject = { to: '+14155550100', message: 'Line one\nLine two %PATH%' };
const POST_BODY = JSON.stringify(postObject);
const PRETTY_BODY = JSON.stringify(prettyObject, null, 2);
const PRETTY_SIGNED = JSON.stringify(prettyObject);

function fixture(name: string): string {
  const text = readFileSync(new URL(`../../fixtures/pasted/${name}`, import.meta.url), 'utf8');
  return name.endsWith('.json') ? (JSON.parse(text) as { text: string }).text : text;
}

interface Expected { format: PastedFormat; method: string; url: string; timestamp: string; body: string | undefined; signed: string; cause: string }

const POST: Omit<Expected, 'format'> = { method: 'POST', url: `${ORIGIN}${MESSAGES}`, timestamp: '1764300000', body: POST_BODY, signed: POST_BODY, cause: 'valid' };
const PRETTY: Omit<Expected, 'format'> = { method: 'POST', url: `${ORIGIN}${MESSAGES}`, timestamp: '1764300060', body: PRETTY_BODY, signed: PRETTY_SIGNED, cause: 'body.reserialized' };
const GET: Omit<Expected, 'format'> = { method: 'GET', url: `${ORIGIN}${TEMPLATES}`, timestamp: '1764300120', body: undefined, signed: '', cause: 'valid' };

const readable: Array<[file: string, expected: Expected, harChoice?: number]> = [
  ['chrome156-curl-cmd-pretty.txt', { ...PRETTY, format: 'curl-cmd' }],
  ['chrome156-curl-cmd-get.txt', { ...GET, format: 'curl-cmd' }],
  ['firefox-generator-curl-cmd-post.json', { ...POST, format: 'curl-cmd' }],
  ['firefox-generator-curl-cmd-pretty.txt', { ...PRETTY, format: 'curl-cmd' }],
  ['chrome156-powershell-post.txt', { ...POST, format: 'powershell' }],
  ['chrome156-powershell-pretty.txt', { ...PRETTY, format: 'powershell' }],
  ['chrome156-powershell-get.txt', { ...GET, format: 'powershell' }],
  ['firefox-generator-powershell-post.txt', { ...POST, format: 'powershell' }],
  ['chrome156-fetch-post.txt', { ...POST, format: 'fetch' }],
  ['chrome156-fetch-get.txt', { ...GET, format: 'fetch' }],
  ['chrome156-fetch-node-post.txt', { ...POST, format: 'fetch' }],
  ['chrome156-fetch-node-pretty.txt', { ...PRETTY, format: 'fetch' }],
  ['chrome156-har.txt', { ...POST, format: 'har' }, 0],
  ['chrome156-har.txt', { ...PRETTY, format: 'har' }, 1],
  ['chrome156-har.txt', { ...GET, format: 'har' }, 2],
  ['chrome156-har-entry.txt', { ...PRETTY, format: 'har' }],
  ['mitmproxy-shape-har.txt', { ...POST, format: 'har' }, 0],
  ['mitmproxy-shape-har.txt', { ...GET, format: 'har' }, 2],
  ['curl7881-verbose-get.txt', { ...GET, format: 'curl-verbose', timestamp: '1764300400', url: `http://127.0.0.1:8794${TEMPLATES}` }],
  ['python311-logging-server-log.txt', {
    format: 'server-log', method: 'POST', url: `http://127.0.0.1:8795${MESSAGES}`, timestamp: '1764300300',
    body: '{"to":"+14155550100","message":"Grüße from the log"}', signed: '{"to":"+14155550100","message":"Grüße from the log"}', cause: 'valid',
  }],
];

describe('fixtures from real tools are read as the request that was sent', () => {
  it.each(readable.map(([file, expected, choice]) => [`${file}${choice === undefined ? '' : ` (request ${choice + 1})`}`, file, expected, choice] as const))(
    '%s', async (_title, file, expected, choice) => {
      const parsed = parsePastedRequest(fixture(file), choice);
      expect(parsed.format).toBe(expected.format);
      if (!parsed.ok) throw new Error(parsed.error.message);
      const { request } = parsed;
      expect(request.method).toBe(expected.method);
      expect(request.url).toBe(expected.url);
      expect(request.body).toBe(expected.body);
      const header = (name: string) => request.headers.find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];
      expect(header('X-API-Key')).toBe(KEY);
      expect(header('X-Timestamp')).toBe(expected.timestamp);
      expect(header('X-API-Signature')).toBe(nodeSign(SECRET, expected.timestamp, expected.signed));
      if (expected.body !== undefined && /json/.test(header('Content-Type') ?? '') === false) throw new Error('Content-Type lost');

      const sent = failingRequestFromText(fixture(file), '', choice);
      if (!sent.ok) throw new Error(sent.error.message);
      const diagnosis = await diagnose({ request: sent.request, secret: SECRET, nowSeconds: Number(expected.timestamp) });
      expect(diagnosis.causes[0]?.ids).toEqual([expected.cause]);
    });
});

describe('fixtures that cannot give the request back are refused, naming the format and what is missing', () => {
  it("Chrome 156's cmd command: every character beyond ASCII (é and both halves of 😀) became a space", () => {
    const parsed = parsePastedRequest(fixture('chrome156-curl-cmd-post.txt'));
    expect(parsed).toMatchObject({ ok: false, format: 'curl-cmd' });
    if (!parsed.ok) expect(parsed.error.message).toBe('This looks like a curl command for Windows cmd (Copy as cURL (cmd)), but the browser replaced 3 '
      + 'characters beyond ASCII with a space (written ^ followed by a space) when it wrote it, so its text is not what was sent. Copy the '
      + 'request as cURL (bash), as fetch, as PowerShell or as a HAR file instead: those keep every character.');
  });

  it('curl -v output of a POST: curl never prints the body', () => {
    const parsed = parsePastedRequest(fixture('curl7881-verbose-post.txt'));
    expect(parsed).toMatchObject({ ok: false, format: 'curl-verbose' });
    if (!parsed.ok) expect(parsed.error.message).toMatch(/^This looks like curl -v output, but it does not show the body: curl -v prints the headers it sent \(Content-Length: 52\) but never the body\./);
  });

  it('a HAR file with three signed requests asks which one, and lists them', () => {
    for (const file of ['chrome156-har.txt', 'mitmproxy-shape-har.txt']) {
      const parsed = parsePastedRequest(fixture(file));
      expect(parsed).toMatchObject({ ok: false, format: 'har' });
      if (!parsed.ok) expect(parsed.error.message).toBe('This looks like a HAR file, but 3 of its requests carry an X-API-Signature header, and none is chosen. Choose one in "Request in the HAR file".');
      expect(harChoices(fixture(file)).map((choice) => choice.label.replace(/ at .*/, ''))).toEqual([
        `1. POST ${MESSAGES}`, `2. POST ${MESSAGES}`, `3. GET ${TEMPLATES}`,
      ]);
    }
  });
});

describe('a HAR body stored as base64', () => {
  it('is decoded to its bytes, kept exactly, and verifies', async () => {
    const text = fixture('base64-body-har-entry.txt');
    const parsed = parsePastedRequest(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const bytes = Buffer.from((JSON.parse(text) as { request: { postData: { text: string } } }).request.postData.text, 'base64');
    expect(Buffer.from(parsed.request.bodyBytes ?? [])).toEqual(bytes);
    expect(parsed.request.body).toBe('{"to":"+14155550100","message":"Bytes kept exactly: café ✓"}');
    const sent = failingRequestFromText(text);
    if (!sent.ok) throw new Error(sent.error.message);
    const diagnosis = await diagnose({ request: sent.request, secret: SECRET, nowSeconds: 1764300600 });
    expect(diagnosis.causes[0]?.ids).toEqual(['valid']);
  });
});
