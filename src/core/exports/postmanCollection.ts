/**
 * A Postman collection (format v2.1) holding the current request, with a collection-level pre-request script that
 * signs every request of the collection in Postman's sandbox (and in newman). The key and secret are collection
 * variables left empty and typed "secret": the export never carries a credential.
 */
import { type SnippetRequest, wellFormed } from '../snippets/snippetRequest.ts';
import { requestTitle, signatureLines } from './signingScript.ts';

export const POSTMAN_SCHEMA = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';

export interface ExportFile {
  fileName: string;
  text: string;
}

/** The pre-request script, one line per array element as Postman stores it. */
export function postmanPreRequestScript(request: Pick<SnippetRequest, 'emptyBody'>): string[] {
  return [
    '// Signs every request of this collection as the Coext External API requires (exported by Coext API Explorer).',
    '// Set apiKey and apiSecret (collection variables, kept empty in the export), or pass them to newman:',
    '//   newman run collection.json --env-var apiKey=... --env-var apiSecret=...',
    "const cryptoJs = require('crypto-js');",
    "const apiKey = pm.variables.get('apiKey');",
    "const apiSecret = pm.variables.get('apiSecret');",
    "if (!apiKey || !apiSecret) throw new Error('Set the apiKey and apiSecret variables before sending.');",
    '// Postman replaces {{variables}} in the body only when it sends it. Resolve them now and put the result back,',
    '// so the body signed is the body sent (and a dynamic variable such as {{$guid}} is drawn only once).',
    "const raw = pm.request.body && pm.request.body.mode === 'raw' && typeof pm.request.body.raw === 'string' ? pm.request.body.raw : '';",
    'const body = pm.variables.replaceIn(raw);',
    'if (body !== raw) pm.request.body.update({ mode: "raw", raw: body, options: { raw: { language: "json" } } });',
    ...signatureLines(request.emptyBody),
    "pm.request.headers.upsert({ key: 'X-API-Key', value: apiKey });",
    "pm.request.headers.upsert({ key: 'X-Timestamp', value: timestamp });",
    "pm.request.headers.upsert({ key: 'X-API-Signature', value: signature });",
  ];
}

/** The collection as Postman imports it. */
export function postmanCollection(request: SnippetRequest): Record<string, unknown> {
  const title = requestTitle(request.method, request.path);
  const path = `/${request.path.replace(/^\/+/, '')}`;
  const [pathOnly = '', query] = path.split('?', 2);
  const body = wellFormed(request.body);
  return {
    info: {
      name: `Coext External API — ${title}`,
      description: 'Exported by Coext API Explorer. Every request is signed by the collection\'s pre-request script; set the apiKey and apiSecret variables first.',
      schema: POSTMAN_SCHEMA,
    },
    event: [{ listen: 'prerequest', script: { type: 'text/javascript', exec: postmanPreRequestScript(request) } }],
    variable: [
      { key: 'baseUrl', value: request.baseUrl.replace(/\/+$/, ''), type: 'string' },
      { key: 'apiKey', value: '', type: 'secret' },
      { key: 'apiSecret', value: '', type: 'secret' },
    ],
    item: [{
      name: title,
      request: {
        method: request.method.toUpperCase(),
        header: [{ key: 'Content-Type', value: 'application/json' }],
        ...(body === '' ? {} : { body: { mode: 'raw', raw: body, options: { raw: { language: 'json' } } } }),
        url: {
          raw: `{{baseUrl}}${path}`,
          host: ['{{baseUrl}}'],
          path: pathOnly.split('/').filter((segment) => segment !== ''),
          ...(query === undefined ? {} : { query: query.split('&').map(queryParam) }),
        },
      },
    }],
  };
}

function queryParam(pair: string): { key: string; value: string } {
  const [key = '', value = ''] = pair.split(/=(.*)/s, 2);
  return { key, value };
}

/** The collection as a file to save: pretty JSON, named after the request. */
export function postmanCollectionFile(request: SnippetRequest): ExportFile {
  const slug = requestTitle(request.method, request.path).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return { fileName: `coext-${slug}.postman_collection.json`, text: `${JSON.stringify(postmanCollection(request), null, 2)}\n` };
}
