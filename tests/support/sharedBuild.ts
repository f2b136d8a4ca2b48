// The production build, made once per test run and shared by every test file that needs one: the first caller
// builds while holding a lock (a directory, which only one process can create), the others wait for its marker.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { build } from 'vite';
import { inject } from 'vitest';

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

const BUILD_WAIT_MS = 240_000;

/** The shared build's folder (index.html, assets/); read-only for its users. */
export async function sharedBuild(): Promise<string> {
  const dir = inject('sharedBuildDir');
  const outDir = join(dir, 'dist');
  const done = join(dir, 'done');
  const failed = join(dir, 'failed');
  try {
    mkdirSync(join(dir, 'lock'));
  } catch {
    for (const started = Date.now(); Date.now() - started < BUILD_WAIT_MS; await delay(200)) {
      if (existsSync(done)) return outDir;
      if (existsSync(failed)) throw new Error(`The shared build failed: ${readFileSync(failed, 'utf8')}`);
    }
    throw new Error(`The shared build did not finish within ${BUILD_WAIT_MS / 1000} s.`);
  }
  try {
    await buildProduction(outDir);
  } catch (error) {
    writeFileSync(failed, String(error));
    throw error;
  }
  writeFileSync(done, '');
  return outDir;
}
