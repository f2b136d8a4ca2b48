// The Export region in real Chromium: each button saves a file through a Blob URL (captured here at
// URL.createObjectURL and the link's click), shows it in the read-only "Export preview", and never carries a credential.
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { setBody } from '../../src/state/requestStore.ts';
import { renderApp, unmountApp } from '../support/renderApp.tsx';
import { openRoom } from '../support/rooms.ts';

const API_KEY = 'ck_test_export_5b7e21';
const SECRET = 'sk_test_export_s3cr3t_c0ffee';
const BODY = '{\r\n  "to": "+919876543210",\r\n  "message": "Grüße {{name}} <b>☕</b>"\r\n}';

interface Saved { fileName: string; blob: Blob }
let saved: Saved[] = [];
let restore: () => void = () => undefined;

/** Records each file the page saves instead of letting Chromium download it. */
function captureDownloads(): void {
  saved = [];
  const blobs = new Map<string, Blob>();
  const createObjectURL = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (object: Blob | MediaSource) => {
    const url = createObjectURL.call(URL, object);
    blobs.set(url, object as Blob);
    return url;
  };
  HTMLAnchorElement.prototype.click = function clickDownload(this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (this.download && blob) saved.push({ fileName: this.download, blob });
    else click.call(this);
  };
  restore = () => {
    URL.createObjectURL = createObjectURL;
    HTMLAnchorElement.prototype.click = click;
  };
}

const region = () => page.getByRole('region', { name: 'Export', exact: true });
const preview = () => region().getByRole('textbox', { name: 'Export preview' });

async function typeCredentials(): Promise<string> {
  await userEvent.fill(page.getByRole('textbox', { name: 'API key' }), API_KEY);
  await userEvent.fill(page.getByRole('textbox', { name: 'API secret' }), SECRET);
  return (await commands.nodeSign(SECRET, '0', '')).secretHash;
}

function expectNoCredential(text: string, secretHash: string): void {
  for (const value of [API_KEY, SECRET, secretHash, secretHash.toUpperCase()]) expect(text.includes(value), 'a credential in the export').toBe(false);
}

describe('Export', () => {
  beforeEach(async () => {
    captureDownloads();
    renderApp();
    setBody(BODY);
    // The Export panel is not on the first screen: it lives in the "Share & export" room.
    await openRoom('export');
  });
  afterEach(() => {
    unmountApp();
    restore();
  });

  it('saves a Postman collection of the current request, without the key, the secret or its hash', async () => {
    const secretHash = await typeCredentials();
    await userEvent.click(region().getByRole('button', { name: 'Download Postman collection' }));
    await expect.element(region().getByRole('status')).toHaveTextContent('Postman collection saved as coext-post-messages-text.postman_collection.json.');
    expect(saved.map((file) => [file.fileName, file.blob.type])).toEqual([['coext-post-messages-text.postman_collection.json', 'application/json']]);
    const text = await saved[0]!.blob.text();
    await expect.element(preview()).toHaveValue(text);
    const collection = JSON.parse(text) as { item: Array<{ request: { body: { raw: string } } }>; variable: Array<{ key: string; value: string }> };
    expect(collection.item[0]?.request.body.raw).toBe(BODY);
    expect(collection.variable.filter((variable) => variable.key.startsWith('api'))).toEqual([
      { key: 'apiKey', value: '', type: 'secret' }, { key: 'apiSecret', value: '', type: 'secret' },
    ]);
    expect(text).toContain(`"value": "${window.location.origin}/api/v1/external"`); // the sandbox the app itself uses
    expectNoCredential(text, secretHash);
  });

  it('saves a Bruno collection as a zip of .bru files, and says that Bruno sends CRLF line ends as LF', async () => {
    const secretHash = await typeCredentials();
    await userEvent.click(region().getByRole('button', { name: 'Download Bruno collection' }));
    await expect.element(region().getByRole('status')).toHaveTextContent('Bruno collection saved as coext-post-messages-text.zip.');
    expect(saved.map((file) => [file.fileName, file.blob.type])).toEqual([['coext-post-messages-text.zip', 'application/zip']]);
    const files = unzipSync(new Uint8Array(await saved[0]!.blob.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual(['bruno.json', 'collection.bru', 'environments/Coext.bru', 'post-messages-text.bru'].map((path) => `coext-post-messages-text/${path}`));
    const request = strFromU8(files['coext-post-messages-text/post-messages-text.bru']!);
    expect(request).toContain('body:text {\n  {\n    "to": "+919876543210",\n    "message": "Grüße {{name}} <b>☕</b>"\n  }\n}');
    await expect.element(region().getByText(/Bruno sends this body with its line ends as LF/)).toBeVisible();
    const all = Object.values(files).map((bytes) => strFromU8(bytes)).join('\n');
    await expect.element(preview()).toHaveValue(expect.stringContaining(request));
    expectNoCredential(all, secretHash);
  });

  it('refuses to export a request that carries the API key, and saves nothing', async () => {
    await typeCredentials();
    setBody(`{"to":"+919876543210","message":"${API_KEY}"}`);
    await userEvent.click(region().getByRole('button', { name: 'Download Postman collection' }));
    await expect.element(region().getByRole('alert')).toHaveTextContent('The request contains your API key, and an export must never carry it.');
    await userEvent.click(region().getByRole('button', { name: 'Download Bruno collection' }));
    await expect.element(region().getByRole('alert')).toBeVisible();
    expect(saved).toEqual([]);
    await expect.element(preview()).not.toBeInTheDocument();
  });
});
