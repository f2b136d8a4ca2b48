/**
 * A Bruno collection (a folder of `.bru` files) holding the current request. The collection's `script:pre-request`
 * signs every request with crypto-js, which Bruno bundles in its default "safe" sandbox as in "developer" mode.
 * The body is a `body:text` block with an explicit JSON Content-Type: Bruno parses a `body:json` body into an object,
 * and what it then sends is not the string the script would sign. The environment declares apiKey and apiSecret as
 * secret variables with no value: the export never carries a credential.
 */
import { type SnippetRequest, wellFormed } from '../snippets/snippetRequest.ts';
import { requestTitle, signatureLines } from './signingScript.ts';

export interface BrunoFile {
  /** Relative to the collection folder, `/`-separated. */
  path: string;
  text: string;
}

export interface BrunoCollection {
  /** The folder name to unpack into. */
  folder: string;
  /** The environment holding baseUrl, apiKey and apiSecret (`bru run --env <name>`). */
  environment: string;
  /** The request file, relative to the folder. */
  requestFile: string;
  files: BrunoFile[];
}

export const BRUNO_ENVIRONMENT = 'Coext';

/** `text` as the lines of a .bru block: every line indented by two spaces, as Bruno writes and strips them. */
function block(text: string): string {
  return text.split(/\r\n|\r|\n/).map((line) => (line === '' ? '' : `  ${line}`)).join('\n');
}

/**
 * The body Bruno sends for the `body:text` block, before variables are resolved: a .bru file has no carriage returns
 * inside a block, so CRLF and lone CR line ends come back as LF, and its HTTP client trims the whitespace around a
 * body that parses as JSON. The script signs what Bruno sends; this lets the UI say when that differs from the editor.
 */
export function brunoBodyAsSent(body: string): string {
  const text = wellFormed(body).replace(/\r\n|\r/g, '\n');
  try {
    JSON.parse(text);
    return text.trim();
  } catch {
    return text;
  }
}

/** The pre-request script, shared by every request of the collection. */
export function brunoPreRequestScript(request: Pick<SnippetRequest, 'emptyBody'>): string {
  return [
    '// Signs every request of this collection as the Coext External API requires (exported by Coext API Explorer).',
    `// Set apiKey and apiSecret in the ${BRUNO_ENVIRONMENT} environment (secret, empty in the export), or pass them:`,
    `//   bru run --env ${BRUNO_ENVIRONMENT} --env-var apiKey=... --env-var apiSecret=...`,
    "const cryptoJs = require('crypto-js');",
    "const apiKey = bru.getEnvVar('apiKey') || bru.getVar('apiKey');",
    "const apiSecret = bru.getEnvVar('apiSecret') || bru.getVar('apiSecret');",
    `if (!apiKey || !apiSecret) throw new Error('Set apiKey and apiSecret in the ${BRUNO_ENVIRONMENT} environment before sending.');`,
    '// The raw string Bruno will send (getBody() without raw would parse a JSON body into an object). Bruno replaces',
    '// {{variables}} only after this script: resolve them now and put the result back, so the body signed is the body sent.',
    'const raw = req.getBody({ raw: true });',
    "const text = raw === undefined || raw === null ? '' : typeof raw === 'string' ? raw : JSON.stringify(raw);",
    'let body = bru.interpolate(text);',
    '// Bruno\'s HTTP client (axios) trims the whitespace around a string body that parses as JSON: do it here, so',
    '// that what is signed is what goes out.',
    'try { JSON.parse(body); body = body.trim(); } catch (error) { /* not JSON: sent as it is */ }',
    'if (body !== text) req.setBody(body, { raw: true });',
    ...signatureLines(request.emptyBody),
    "req.setHeader('X-API-Key', apiKey);",
    "req.setHeader('X-Timestamp', timestamp);",
    "req.setHeader('X-API-Signature', signature);",
  ].join('\n');
}

/** The collection's files. */
export function brunoCollection(request: SnippetRequest): BrunoCollection {
  const title = requestTitle(request.method, request.path);
  const method = request.method.toLowerCase();
  const body = wellFormed(request.body).replace(/\r\n|\r/g, '\n');
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const requestFile = `${slug}.bru`;
  const requestBru = [
    'meta {',
    `  name: ${title}`,
    '  type: http',
    '  seq: 1',
    '}',
    '',
    `${method} {`,
    `  url: {{baseUrl}}/${request.path.replace(/^\/+/, '')}`,
    `  body: ${body === '' ? 'none' : 'text'}`,
    '  auth: none',
    '}',
    '',
    'headers {',
    '  Content-Type: application/json',
    '}',
    ...(body === '' ? [] : ['', 'body:text {', block(body), '}']),
    '',
  ].join('\n');
  const collectionBru = [
    'meta {',
    `  name: Coext External API`,
    '}',
    '',
    'script:pre-request {',
    block(brunoPreRequestScript(request)),
    '}',
    '',
  ].join('\n');
  const environmentBru = [
    'vars {',
    `  baseUrl: ${request.baseUrl.replace(/\/+$/, '')}`,
    '}',
    'vars:secret [',
    '  apiKey,',
    '  apiSecret',
    ']',
    '',
  ].join('\n');
  const brunoJson = `${JSON.stringify({ version: '1', name: `Coext External API — ${title}`, type: 'collection', ignore: ['node_modules', '.git'] }, null, 2)}\n`;
  return {
    folder: `coext-${slug}`,
    environment: BRUNO_ENVIRONMENT,
    requestFile,
    files: [
      { path: 'bruno.json', text: brunoJson },
      { path: 'collection.bru', text: collectionBru },
      { path: `environments/${BRUNO_ENVIRONMENT}.bru`, text: environmentBru },
      { path: requestFile, text: requestBru },
    ],
  };
}
