// A person who clones the repository has nothing beside it: no file the code, the tests, the benchmark or CI
// read may point outside the repository. Every relative path in a tracked source or config file must resolve
// inside it, and no absolute path may name a place of the development machine.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const SOURCE = /\.(ts|tsx|mts|mjs|js|cjs|json|html|sh|py|php|go|java|rb)$|^\.ci\/run$/;
// A quoted string that begins with ../ is a path relative to its file (imports, readFileSync, new URL(...)).
const RELATIVE = /['"`]((?:\.\.\/)+[^'"`\s]*)['"`]/g;
const MACHINE_PATH = /['"`](\/(?:work|root|home|tmp\/bash_jobs)[^'"`\s]*)['"`]/g;

function trackedSources(): string[] {
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
    .split('\n').filter((file) => file && SOURCE.test(file) && !file.startsWith('tests/fixtures/'));
  return files.filter((file) => file !== 'package-lock.json');
}

/** Paths in a file's text that lead outside the repository, with their line numbers. */
function pathsOutside(file: string, text: string): string[] {
  const found: string[] = [];
  text.split('\n').forEach((line, index) => {
    for (const [, path] of line.matchAll(RELATIVE)) {
      const target = relative(root, resolve(dirname(resolve(root, file)), path!));
      if (target.startsWith('..')) found.push(`${file}:${index + 1} ${path}`);
    }
    for (const [, path] of line.matchAll(MACHINE_PATH)) found.push(`${file}:${index + 1} ${path}`);
  });
  return found;
}

describe('the repository is self-contained', () => {
  it('finds a path that leaves it (the check can fail)', () => {
    // Spelled in pieces so that this file does not trip its own scan.
    const up = '../../.';
    expect(pathsOutside('tests/core/x.test.ts', `import v from '${up}./shared/vectors/signing.json';`)).toHaveLength(1);
    expect(pathsOutside('tests/core/x.test.ts', `readFileSync('/wo${'rk'}/shared/vectors/signing.json')`)).toHaveLength(1);
    expect(pathsOutside('tests/core/x.test.ts', "import v from '../fixtures/signingVectors.json';")).toEqual([]);
  });

  it('no tracked source, test, benchmark, CI or config file reads outside it', () => {
    const files = trackedSources();
    expect(files.length).toBeGreaterThan(100);
    const outside = files.flatMap((file) => pathsOutside(file, readFileSync(resolve(root, file), 'utf8')));
    expect(outside).toEqual([]);
  });
});
