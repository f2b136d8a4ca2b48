// The Bruno files are read back with Bruno's own parser (@usebruno/lang, installed with @usebruno/cli), and the zip
// with Python's zipfile: neither shares code with the generator.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brunoBodyAsSent, brunoCollection } from '../../../src/core/exports/brunoCollection.ts';
import { brunoCollectionText, brunoZip } from '../../../src/core/exports/brunoZip.ts';

const lang = createRequire(import.meta.url)('@usebruno/lang') as {
  bruToJsonV2(text: string): { meta: Record<string, string>; http: Record<string, string>; headers: Array<{ name: string; value: string }>; body?: { text?: string } };
  collectionBruToJson(text: string): { script?: { req?: string } };
  bruToEnvJsonV2(text: string): { variables: Array<{ name: string; value: string; secret: boolean }> };
};

const BASE = 'http://127.0.0.1:8787/api/v1/external';
const file = (collection: ReturnType<typeof brunoCollection>, path: string) => collection.files.find((f) => f.path === path)?.text ?? '';

describe('the Bruno collection', () => {
  const bodies = {
    compact: '{"to":"+14155550100","message":"Café ☕ {{name}} </script>"}',
    pretty: '{\n  "to": "+14155550100",\n\n  "message": "  indented }\\n"\n}',
    'closing brace lines': '{\n"a": {\n}\n}',
  };

  it.each(Object.entries(bodies))('holds a %s body that Bruno reads back exactly', (_name, body) => {
    const collection = brunoCollection({ method: 'POST', baseUrl: BASE, path: '/messages/text', body });
    const parsed = lang.bruToJsonV2(file(collection, collection.requestFile));
    expect(parsed.body?.text).toBe(body);
    expect(parsed.http).toMatchObject({ method: 'post', url: '{{baseUrl}}/messages/text', body: 'text', auth: 'none' });
    expect(parsed.headers).toEqual([expect.objectContaining({ name: 'Content-Type', value: 'application/json' })]);
  });

  it('reads CRLF back as LF, and says so through brunoBodyAsSent (which also trims a JSON body, as Bruno\'s HTTP client does)', () => {
    const body = '{\r\n\t"to": "+14155550100"\r\n}\n\n';
    const collection = brunoCollection({ method: 'POST', baseUrl: BASE, path: '/messages/text', body });
    expect(lang.bruToJsonV2(file(collection, collection.requestFile)).body?.text).toBe('{\n\t"to": "+14155550100"\n}\n\n');
    expect(brunoBodyAsSent(body)).toBe('{\n\t"to": "+14155550100"\n}');
    expect(brunoBodyAsSent('not json \n')).toBe('not json \n');
  });

  it('has a GET without a body block', () => {
    const collection = brunoCollection({ method: 'GET', baseUrl: BASE, path: '/templates', body: '' });
    const parsed = lang.bruToJsonV2(file(collection, collection.requestFile));
    expect(parsed.http).toMatchObject({ method: 'get', url: '{{baseUrl}}/templates', body: 'none' });
    expect(parsed.body?.text).toBeUndefined();
  });

  it('signs in the collection script, and keeps apiKey and apiSecret as secret variables with no value', () => {
    const collection = brunoCollection({ method: 'POST', baseUrl: `${BASE}/`, path: '/messages/text', body: '{}', emptyBody: 'object' });
    const script = lang.collectionBruToJson(file(collection, 'collection.bru')).script?.req ?? '';
    expect(script).toContain("req.setHeader('X-API-Signature', signature);");
    expect(script).toContain('const signedBody = body === \'\' ? "{}" : body;');
    expect(lang.bruToEnvJsonV2(file(collection, 'environments/Coext.bru')).variables).toEqual([
      expect.objectContaining({ name: 'baseUrl', value: BASE, secret: false }),
      expect.objectContaining({ name: 'apiKey', value: '', secret: true }),
      expect.objectContaining({ name: 'apiSecret', value: '', secret: true }),
    ]);
    expect(JSON.parse(file(collection, 'bruno.json'))).toMatchObject({ version: '1', type: 'collection' });
  });

  it('zips into one folder that Python\'s zipfile unpacks to the same files', () => {
    const collection = brunoCollection({ method: 'POST', baseUrl: BASE, path: '/messages/text', body: bodies.compact });
    const zipPath = join(mkdtempSync(join(tmpdir(), 'coext-bruno-zip-')), 'c.zip');
    writeFileSync(zipPath, brunoZip(collection, new Date('2026-01-02T12:00:00Z')));
    const listing = execFileSync('python3', ['-c',
      'import json,sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); print(json.dumps({i.filename: [z.read(i).decode("utf-8"), list(i.date_time)] for i in z.infolist()}))', zipPath]);
    const unpacked = JSON.parse(listing.toString('utf8')) as Record<string, [string, number[]]>;
    expect(Object.fromEntries(Object.entries(unpacked).map(([path, [text]]) => [path, text])))
      .toEqual(Object.fromEntries(collection.files.map((f) => [`coext-post-messages-text/${f.path}`, f.text])));
    expect(Object.values(unpacked)[0]?.[1].slice(0, 3)).toEqual([2026, 1, 2]);
    expect(brunoCollectionText(collection)).toContain('# coext-post-messages-text/environments/Coext.bru\nvars {');
  });
});
