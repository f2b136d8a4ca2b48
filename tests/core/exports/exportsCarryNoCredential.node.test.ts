// With credentials in the app's store, every export of the current request (Postman JSON, Bruno files, the zip's
// bytes unpacked by fflate) is searched for the key, the secret and the secret's SHA-256 (hex, either case).
import { createHash } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { brunoCollection } from '../../../src/core/exports/brunoCollection.ts';
import { brunoCollectionText, brunoZip } from '../../../src/core/exports/brunoZip.ts';
import { postmanCollectionFile } from '../../../src/core/exports/postmanCollection.ts';
import { initialCredentials, setCredentials, useCredentialsStore } from '../../../src/state/credentialsStore.ts';
import { initialRequest, useRequestStore } from '../../../src/state/requestStore.ts';
import { initialSignature, recomputeSignature, useSignatureStore } from '../../../src/state/signatureStore.ts';
import { credentialInExport, currentExportRequest } from '../../../src/ui/export/exportRequest.ts';

const API_KEY = 'pk_live_ExportProbeKey_7f3a9c';
const SECRET = 'sk_live_ExportProbeSecret_Zq81Lm4';
const SECRET_HASH = createHash('sha256').update(SECRET, 'utf8').digest('hex');
const FORBIDDEN = [API_KEY, SECRET, SECRET_HASH, SECRET_HASH.toUpperCase()];

/** Every text the exports of the current request produce, the zip unpacked as well as read raw. */
function everyExportText(): string[] {
  const request = currentExportRequest('http://127.0.0.1:5173');
  const bruno = brunoCollection(request);
  const zip = brunoZip(bruno, new Date('2026-01-02T12:00:00Z'));
  return [
    postmanCollectionFile(request).text,
    brunoCollectionText(bruno),
    ...Object.values(unzipSync(zip)).map((bytes) => strFromU8(bytes)),
    Buffer.from(zip).toString('latin1'),
  ];
}

beforeEach(async () => {
  setCredentials(API_KEY, SECRET);
  useRequestStore.setState({ body: '{"to":"+14155550100","message":"Café {{name}}"}' });
  await recomputeSignature();
  expect(useSignatureStore.getState().steps?.secretHash.output).toBe(SECRET_HASH); // the store really holds the hash
});

afterEach(() => {
  useCredentialsStore.setState(initialCredentials, true);
  useRequestStore.setState(initialRequest, true);
  useSignatureStore.setState(initialSignature, true);
});

describe('exports with credentials in the store', () => {
  it('contain neither the API key, nor the secret, nor its SHA-256', () => {
    const texts = everyExportText();
    expect(texts.join('\n')).toContain('Café {{name}}'); // the request is in there
    for (const text of texts) for (const value of FORBIDDEN) expect(text.includes(value)).toBe(false);
  });

  it.each([
    ['API key', { body: `{"to":"+14155550100","message":"${API_KEY}"}` }],
    ['API secret', { path: `/messages/text?s=${SECRET}` }],
    ["API secret's SHA-256 hash", { body: `{"message":"${SECRET_HASH}"}` }],
  ])('are refused when the %s was typed into the request', async (credential, change) => {
    useRequestStore.setState(change);
    await recomputeSignature();
    expect(credentialInExport()).toBe(credential);
  });

  it('are allowed for a request that carries no credential', () => {
    expect(credentialInExport()).toBeUndefined();
  });
});
