/**
 * The built files in memory, each compressed on its first request and kept: the build is fixed while the server
 * runs, so every visitor after the first gets brotli or gzip bytes without any further work.
 *
 * Why not Hono's `compress` middleware: it offers gzip and deflate only, and would re-compress the 4 MB Monaco
 * chunk for every new visitor. Why not `.br`/`.gz` files written by the build: brotli at its best level takes over
 * a minute for this build, and `npm run build` (which every test run repeats) would slow down for a gain a team
 * server does not need. Brotli at quality 5 compresses the whole build in about a second, once per process.
 */
import { stat, readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export type Encoding = 'br' | 'gzip';

const compressWith: Record<Encoding, (bytes: Buffer) => Promise<Buffer>> = {
  br: (bytes) =>
    promisify(brotliCompress)(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }),
  gzip: (bytes) => promisify(gzip)(bytes, { level: 6 }),
};

export interface LoadedFile {
  bytes: Buffer;
  /** Changes whenever the file on disk does (size and modification time), the same for every encoding. */
  etag: string;
  encoded(encoding: Encoding): Promise<Buffer>;
}

interface Entry {
  version: string;
  file: Promise<LoadedFile>;
}

export function createFileStore() {
  const entries = new Map<string, Entry>();

  /** The file at `path` (absolute), or null when there is no such regular file. */
  async function load(path: string): Promise<LoadedFile | null> {
    const stats = await stat(path).catch(() => null);
    if (!stats?.isFile()) return null;
    const version = `${stats.size.toString(36)}-${Math.trunc(stats.mtimeMs).toString(36)}`;
    const cached = entries.get(path);
    if (cached?.version === version) return cached.file;
    const file = readFile(path).then((bytes): LoadedFile => {
      const encodings = new Map<Encoding, Promise<Buffer>>();
      return {
        bytes,
        etag: `W/"${version}"`,
        encoded(encoding) {
          let encoded = encodings.get(encoding);
          if (!encoded) {
            encoded = compressWith[encoding](bytes);
            encodings.set(encoding, encoded);
          }
          return encoded;
        },
      };
    });
    entries.set(path, { version, file });
    // A read that failed (the file vanished between stat and read) is not kept.
    file.catch(() => entries.delete(path));
    return file.catch(() => null);
  }

  return { load };
}

/** The encoding to answer with for an Accept-Encoding header: brotli, else gzip, else none (q=0 refuses one). */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | null {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((value) => value !== undefined);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const wants = (encoding: Encoding) => (accepted.get(encoding) ?? accepted.get('*') ?? 0) > 0;
  if (wants('br')) return 'br';
  if (wants('gzip')) return 'gzip';
  return null;
}
