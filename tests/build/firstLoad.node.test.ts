// What a first visit downloads before the editor: the production build's entry script and every chunk it preloads.
// Budget from the foundation issue: at most 150 kB of JavaScript (gzip), Monaco in a lazy chunk, nothing from
// another origin.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedBuild } from '../support/sharedBuild.ts';

let outDir = '';
let html = '';

beforeAll(async () => {
  outDir = await sharedBuild(); // the test run's one production build, as `npm run build` makes it
  html = readFileSync(join(outDir, 'index.html'), 'utf8');
}, 240_000);

function initialScripts(): string[] {
  const refs = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+)"/g)].map((m) => m[1]!);
  return refs.filter((ref) => ref.endsWith('.js'));
}

describe('the first load of the built explorer', () => {
  it('references nothing from another origin', () => {
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it('loads at most 150 kB of JavaScript (gzip) before the editor, and Monaco is not part of it', () => {
    const scripts = initialScripts();
    expect(scripts.length).toBeGreaterThan(0);
    let gzipBytes = 0;
    for (const script of scripts) {
      const code = readFileSync(join(outDir, script));
      expect(code.toString('utf8')).not.toContain('monaco-editor');
      gzipBytes += gzipSync(code, { level: 9 }).length;
    }
    console.log(`initial JavaScript: ${(gzipBytes / 1024).toFixed(1)} kB gzip in ${scripts.length} file(s)`);
    expect(gzipBytes).toBeLessThanOrEqual(150 * 1024);
  });
});
