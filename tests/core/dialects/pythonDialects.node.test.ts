// The Python dialects against CPython's own json module, run once as a subprocess over the whole corpus plus a
// fast-check sample of random bodies (non-ASCII, astral and lone-surrogate strings, arbitrary number lexemes).
import { describe, expect, it } from 'vitest';
import { CORPUS } from './corpus.ts';
import { randomBodies } from './randomBodies.ts';
import { compareWithSerializer } from './compareWithSerializer.ts';

const PYTHON = `
import base64, json, sys
variants = {
    'python-default': {}, 'python-compact': {'separators': (',', ':')},
    'python-default-unicode': {'ensure_ascii': False},
    'python-compact-unicode': {'separators': (',', ':'), 'ensure_ascii': False},
    'python-indent-2': {'indent': 2}, 'python-indent-4': {'indent': 4},
}
for line in sys.stdin:
    body = base64.b64decode(line).decode('utf-8')
    out = {}
    try:
        value, loaded = json.loads(body), True
    except ValueError:
        loaded = False
    for name, kwargs in variants.items():
        for sort in (False, True):
            key = name + (':sorted' if sort else '')
            try:
                # encode() is where ensure_ascii=False output with a lone surrogate fails, as it does in requests.
                out[key] = base64.b64encode(json.dumps(value, sort_keys=sort, **kwargs).encode('utf-8')).decode() if loaded else None
            except (UnicodeEncodeError, ValueError):
                out[key] = None
    print(json.dumps(out))
`;

function compareWithPython(bodies: readonly string[]): number {
  return compareWithSerializer('python3', ['-c', PYTHON], bodies);
}

describe('Python dialects match json.dumps(json.loads(body)) byte for byte', () => {
  it('on the corpus (escapes, numbers, duplicates, sort_keys, failures)', () => {
    const compared = compareWithPython(CORPUS);
    console.log(`python dialects vs CPython on the corpus: ${compared} comparisons`);
    expect(compared).toBe(CORPUS.length * 12);
  });

  it('on random bodies', () => {
    const bodies = randomBodies(400, 7);
    const compared = compareWithPython(bodies);
    console.log(`python dialects vs CPython on random bodies: ${compared} comparisons`);
  });
});
