// The production build served by `vite preview` with the sandbox, proxy and CSP plugins (as `npm run preview` has
// them), opened in a recorded Chromium (see recordedBrowser.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, preview } from 'vite';
import { cspPlugin } from '../../src/build/cspPlugin.ts';
import { coextSandbox } from '../../src/sandbox/vitePlugin.ts';
import { launchRecordedBrowser, type RecordedBrowser } from './recordedBrowser.ts';

export interface BuiltApp extends RecordedBrowser {
  origin: string;
  outDir: string;
  close(): Promise<void>;
}

export const repoRoot = resolve(import.meta.dirname, '../..');

/** Builds the explorer into `outDir` exactly as `npm run build` does. */
export async function buildProduction(outDir: string): Promise<void> {
  // Vitest sets NODE_ENV=test, which Vite would bake into the bundle (React's development build).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: repoRoot, configFile: join(repoRoot, 'vite.config.ts'), logLevel: 'warn', mode: 'production', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}

export async function startBuiltApp(): Promise<BuiltApp> {
  const outDir = mkdtempSync(join(tmpdir(), 'coext-built-'));
  await buildProduction(outDir);
  const server = await preview({
    root: repoRoot, configFile: false, logLevel: 'silent', plugins: [coextSandbox(), cspPlugin()],
    build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const origin = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
  const recorder = await launchRecordedBrowser();
  return {
    ...recorder, origin, outDir,
    async close() {
      await recorder.browser.close();
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
