/**
 * Serves the built explorer from `dist/`:
 * - `/assets/*` carry a content hash in their names, so they are cached for a year and never revalidated;
 *   everything else (`index.html`, the favicon) is `no-cache`: revalidated on every load, so a new build shows
 *   at once.
 * - HTML goes out with the explorer's Content-Security-Policy as a header (the build's `<meta>` cannot carry
 *   `frame-ancestors`); every file with `nosniff` and `no-referrer`.
 * - Text files of 1 KB or more are sent as brotli or gzip by Accept-Encoding, with `Vary: Accept-Encoding`.
 * - A page address that is no file gets `index.html` (as `vite preview` does); a missing asset gets a 404.
 */
import type { Context } from 'hono';
import { getMimeType } from 'hono/utils/mime';
import { join, resolve } from 'node:path';
import { contentSecurityPolicy } from '../build/contentSecurityPolicy.ts';
import { chooseEncoding, createFileStore, type LoadedFile } from './encodedFiles.ts';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|manifest\+json|wasm|xml)|image\/svg\+xml|font\/(ttf|otf))/;
const MIN_COMPRESSED_SIZE = 1024;
const PAGE_POLICY = contentSecurityPolicy('production', 'header');

export function staticFiles(distDir: string) {
  const root = resolve(distDir);
  const files = createFileStore();

  return async (c: Context): Promise<Response> => {
    const relative = safeRelativePath(c.req.path);
    const isAsset = relative?.startsWith('assets/') ?? false;
    const path = relative === null ? null : join(root, relative === '' ? 'index.html' : relative);
    let file = path === null ? null : await files.load(path);
    let servedPath = path ?? '';
    if (!file && !isAsset && (c.req.header('accept') ?? '').includes('text/html')) {
      servedPath = join(root, 'index.html');
      file = await files.load(servedPath);
    }
    if (!file) {
      return new Response('Not found.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache', ...BASE_HEADERS } });
    }
    return answer(c, file, getMimeType(servedPath) ?? 'application/octet-stream', isAsset);
  };
}

const BASE_HEADERS = { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };

async function answer(c: Context, file: LoadedFile, contentType: string, isAsset: boolean): Promise<Response> {
  const headers = new Headers({ ...BASE_HEADERS, 'Content-Type': contentType, 'Cache-Control': isAsset ? IMMUTABLE : 'no-cache', ETag: file.etag });
  if (contentType.startsWith('text/html')) headers.set('Content-Security-Policy', PAGE_POLICY);
  const compressible = COMPRESSIBLE.test(contentType) && file.bytes.length >= MIN_COMPRESSED_SIZE;
  if (compressible) headers.set('Vary', 'Accept-Encoding');
  if (c.req.header('if-none-match')?.split(',').some((tag) => tag.trim() === file.etag)) {
    return new Response(null, { status: 304, headers });
  }
  const encoding = compressible ? chooseEncoding(c.req.header('accept-encoding')) : null;
  const body = encoding ? await file.encoded(encoding) : file.bytes;
  if (encoding) headers.set('Content-Encoding', encoding);
  headers.set('Content-Length', String(body.length));
  return new Response(c.req.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
}

/**
 * The URL path as a path inside dist/ (no leading slash), or null for anything that could step outside it or
 * name a hidden file: `..`, `.git`, backslashes, NUL, or bad percent-encoding.
 */
export function safeRelativePath(urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment.startsWith('.'))) return null;
  return segments.join('/');
}
