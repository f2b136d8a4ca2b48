// What the diagnoser is asked about, from a paste or three fields: every error names its input, the header texts
// and body come through exactly, and the explorer's key stands in only when the request names none.
import { describe, expect, it } from 'vitest';
import { failingRequestFromFields, failingRequestFromText } from '../../src/core/failingRequest.ts';

const SIGNATURE = 'a'.repeat(64);

describe('failingRequestFromText', () => {
  it('asks for a request when nothing was pasted', () => {
    expect(failingRequestFromText('  \n')).toEqual({ ok: false, error: { field: 'request', message: expect.stringMatching(/^Paste the failing request first/) } });
  });

  it('passes the parser’s own message on, for the request field', () => {
    const result = failingRequestFromText('please fix my signature');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toEqual({ field: 'request', message: expect.stringContaining('curl') });
  });

  it('refuses a request without X-API-Signature: there is nothing to diagnose', () => {
    const result = failingRequestFromText("curl -X POST 'https://api.example.test/v1' -H 'X-Timestamp: 1764300000' --data-binary '{}'");
    expect(result).toEqual({ ok: false, error: { field: 'request', message: expect.stringMatching(/no X-API-Signature header.*SIGNATURE_REQUIRED/) } });
  });

  it('refuses a signature without X-Timestamp', () => {
    const result = failingRequestFromText(`curl https://api.example.test/v1 -H 'X-API-Signature: ${SIGNATURE}' --data-binary '{}'`);
    expect(result).toEqual({ ok: false, error: { field: 'request', message: expect.stringMatching(/no X-Timestamp header/) } });
  });

  it('reads the headers whatever their case, and the body exactly', () => {
    const body = '{"message":"it\'s  \\"quoted\\"\\n"}\n';
    const command = `curl 'https://api.example.test/api/v1/external/messages/text' -H 'x-timestamp: 1764300000123' `
      + `-H 'X-Api-Signature: sha256=${SIGNATURE}' -H 'x-api-key: pk_live_from_header' -H 'Content-Type: application/json' --data-binary '${body.replaceAll("'", `'\\''`)}'`;
    expect(failingRequestFromText(command, 'pk_live_explorer')).toEqual({
      ok: true,
      request: {
        timestamp: '1764300000123', signature: `sha256=${SIGNATURE}`, body, method: 'POST',
        path: '/api/v1/external/messages/text', apiKey: 'pk_live_from_header',
      },
      warnings: [],
    });
  });

  it('uses the explorer’s key when the request names none, and "" for a request without a body', () => {
    const text = `GET /api/v1/external/templates HTTP/1.1\r\nHost: api.example.test\r\nX-Timestamp: 1764300000\r\nX-API-Signature: ${SIGNATURE}\r\n\r\n`;
    const result = failingRequestFromText(text, 'pk_live_explorer');
    expect(result).toMatchObject({ ok: true, request: { body: '', method: 'GET', path: '/api/v1/external/templates', apiKey: 'pk_live_explorer' } });
  });

  it('keeps the path as written when a raw request has no Host, and passes the parser’s warnings on', () => {
    const result = failingRequestFromText(`POST /messages/text HTTP/1.1\nX-Timestamp: 1\nX-API-Signature: ${SIGNATURE}\n\n{}`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.request.path).toBe('/messages/text');
    expect(result.request).not.toHaveProperty('apiKey');
    expect(result.warnings).toEqual([expect.stringMatching(/no Host header/)]);
  });
});

describe('failingRequestFromFields', () => {
  it('names the timestamp field when it is empty', () => {
    expect(failingRequestFromFields({ timestamp: ' ', body: '{}', signature: SIGNATURE })).toEqual({
      ok: false, error: { field: 'timestamp', message: 'Enter the X-Timestamp value that was sent.' },
    });
  });

  it('names the signature field when it is empty', () => {
    expect(failingRequestFromFields({ timestamp: '1764300000', body: '{}', signature: '' })).toEqual({
      ok: false, error: { field: 'signature', message: 'Enter the X-API-Signature value that was sent.' },
    });
  });

  it('takes the three fields exactly, an empty body included', () => {
    expect(failingRequestFromFields({ timestamp: '1764300000 ', body: '', signature: ` ${SIGNATURE}` }, 'pk_live_k')).toEqual({
      ok: true, request: { timestamp: '1764300000 ', body: '', signature: ` ${SIGNATURE}`, apiKey: 'pk_live_k' }, warnings: [],
    });
  });
});
