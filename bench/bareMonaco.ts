/**
 * Builds the bare Monaco page (bench/bareMonaco) with the project's own Vite and monaco-editor, production mode, into
 * a temporary directory, and serves it with `vite preview` on loopback.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';
import type { Served } from './builtApp.ts';

const root = join(import.meta.dirname, 'bareMonaco');

export async function serveBareMonaco(): Promise<Served> {
  const outDir = mkdtempSync(join(tmpdir(), 'coext-bare-monaco-'));
  await build({
    root, configFile: false, mode: 'production', logLevel: 'error',
    worker: { format: 'es' }, build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 8000 },
  });
  const server = await preview({ root, configFile: false, logLevel: 'silent', build: { outDir }, preview: { port: 0, host: '127.0.0.1' } });
  const origin = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
  return {
    origin,
    async close() {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
