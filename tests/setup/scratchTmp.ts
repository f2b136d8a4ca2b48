// Vitest global setup (node tests): the run's scratch files — snippets written for their toolchains, collections for
// bru and newman, compiled classes, curl bodies — go to one folder, removed when the run ends. The test workers and
// the children they start inherit TMPDIR, so os.tmpdir() and every toolchain's own temporary files land there too.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const previous = process.env.TMPDIR;
  const dir = mkdtempSync(join(tmpdir(), 'coext-test-run-'));
  process.env.TMPDIR = dir;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(dir, { recursive: true, force: true });
  };
}
