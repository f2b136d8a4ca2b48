import { describe, expect, it } from 'vitest';
import { POSTMAN_SCHEMA, postmanCollection, postmanCollectionFile } from '../../../src/core/exports/postmanCollection.ts';

const BASE = 'https://api.example.com/api/v1/external/';
const CRLF_BODY = '{\r\n\t"to": "+14155550100",\r\n\t"message": "Café ☕ {{name}}"\r\n}\n';

describe('the Postman collection (v2.1)', () => {
  const collection = postmanCollection({ method: 'post', baseUrl: BASE, path: 'messages/text', body: CRLF_BODY });
  const [item] = collection.item as Array<{ name: string; request: Record<string, unknown> }>;

  it('declares the v2.1 schema and names the request', () => {
    expect(collection.info).toMatchObject({ schema: POSTMAN_SCHEMA, name: 'Coext External API — POST /messages/text' });
    expect(item?.name).toBe('POST /messages/text');
  });

  it('keeps the key and secret as empty secret variables, and the base URL (without its trailing slash) as a variable', () => {
    expect(collection.variable).toEqual([
      { key: 'baseUrl', value: 'https://api.example.com/api/v1/external', type: 'string' },
      { key: 'apiKey', value: '', type: 'secret' },
      { key: 'apiSecret', value: '', type: 'secret' },
    ]);
  });

  it('carries the body character for character (CRLF, tabs, non-ASCII, {{variables}}) as a raw JSON body', () => {
    expect(item?.request).toMatchObject({
      method: 'POST',
      header: [{ key: 'Content-Type', value: 'application/json' }],
      body: { mode: 'raw', raw: CRLF_BODY, options: { raw: { language: 'json' } } },
      url: { raw: '{{baseUrl}}/messages/text', host: ['{{baseUrl}}'], path: ['messages', 'text'] },
    });
  });

  it('signs in a collection-level pre-request script, which a request added later in Postman gets too', () => {
    const [event] = collection.event as Array<{ listen: string; script: { exec: string[] } }>;
    expect(event?.listen).toBe('prerequest');
    expect(item?.request).not.toHaveProperty('event');
    const script = event?.script.exec.join('\n') ?? '';
    expect(script).toContain('pm.variables.replaceIn(raw)');
    expect(script).toContain("pm.request.headers.upsert({ key: 'X-API-Signature', value: signature })");
  });

  it('sends no body for a GET, and bakes the chosen empty-body convention into the script', () => {
    const get = postmanCollection({ method: 'GET', baseUrl: BASE, path: '/templates?limit=5&q=a=b', body: '', emptyBody: 'object' });
    const [getItem] = get.item as Array<{ request: Record<string, unknown> }>;
    expect(getItem?.request).not.toHaveProperty('body');
    expect(getItem?.request.url).toEqual({ raw: '{{baseUrl}}/templates?limit=5&q=a=b', host: ['{{baseUrl}}'], path: ['templates'], query: [{ key: 'limit', value: '5' }, { key: 'q', value: 'a=b' }] });
    const script = (get.event as Array<{ script: { exec: string[] } }>)[0]?.script.exec ?? [];
    expect(script).toContain('const signedBody = body === \'\' ? "{}" : body;');
  });

  it('is saved as pretty JSON under a name made from the request', () => {
    const file = postmanCollectionFile({ method: 'POST', baseUrl: BASE, path: '/messages/text', body: '{}' });
    expect(file.fileName).toBe('coext-post-messages-text.postman_collection.json');
    expect(JSON.parse(file.text)).toEqual(postmanCollection({ method: 'POST', baseUrl: BASE, path: '/messages/text', body: '{}' }));
  });

  it('writes a lone surrogate as U+FFFD, as it goes over the wire', () => {
    const lone = postmanCollection({ method: 'POST', baseUrl: BASE, path: '/messages/text', body: '{"message":"half \ud83d"}' });
    expect((lone.item as Array<{ request: { body: { raw: string } } }>)[0]?.request.body.raw).toBe('{"message":"half \ufffd"}');
  });
});
