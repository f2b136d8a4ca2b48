/**
 * The production build of the explorer, made once per bench run into a temporary directory, and `vite preview`
 * servers over it with the same plugins `npm run preview` has (sandbox, proxy, CSP).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, preview } from 'vite';
import { cspPlugin } from '../src/build/cspPlugin.ts';
import { coextSandbox } from '../src/sandbox/vitePlugin.ts';

export const repoRoot = resolve(import.meta.dirname, '..');

export interface Served {
  origin: string;
  close(): Promise<void>;
}

/**
 * Builds the app with NODE_ENV=production (React's production build) and returns the output directory. Unminified on
 * request, for a profile that names functions (bench/keyProfile.ts).
 */
export async function buildApp(options: { minify?: boolean } = {}): Promise<{ outDir: string; remove(): void }> {
  const outDir = mkdtempSync(join(tmpdir(), 'coext-bench-'));
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: repoRoot, configFile: join(repoRoot, 'vite.config.ts'), mode: 'production', logLevel: 'error',
      build: { outDir, emptyOutDir: true, ...(options.minify === false ? { minify: false } : {}) },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  return { outDir, remove: () => rmSync(outDir, { recursive: true, force: true }) };
}

/** Starts `vite preview` over `outDir` on a free loopback port. */
export async function servePreview(outDir: string): Promise<Served> {
  const server = await preview({
    root: repoRoot, configFile: false, logLevel: 'silent', plugins: [coextSandbox(), cspPlugin()],
    build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const origin = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
  return { origin, close: () => server.close() };
}
