// pythonReprDict against CPython's own str(json.loads(body)), one subprocess for the corpus and random bodies.
// Expect mismatches only for characters assigned after Unicode 14 (CPython 3.11's database); none are generated.
import { describe, expect, it } from 'vitest';
import { parseJsonLossless } from '../../../src/core/dialects/jsonValue.ts';
import { pythonReprDict } from '../../../src/core/dialects/pythonRepr.ts';
import { CORPUS } from './corpus.ts';
import { randomBodies } from './randomBodies.ts';
import { runBatch } from './runBatch.ts';

const PYTHON = `
import base64, json, sys
for line in sys.stdin:
    try:
        text = str(json.loads(base64.b64decode(line).decode('utf-8')))
        # UTF-16 with surrogatepass: str() of a top-level string is the string itself, lone surrogates included.
        print(json.dumps({'str': base64.b64encode(text.encode('utf-16-le', 'surrogatepass')).decode()}))
    except ValueError:
        print(json.dumps({'str': None}))
`;

describe('pythonReprDict matches str(json.loads(body))', () => {
  it('on the corpus and on random bodies (quotes, escapes, unprintables, floats, duplicates)', () => {
    const bodies = [...CORPUS, '{"q":"it\'s","both":"\'\\"","sep":"\\u00a0\\u2028\\u200b\\ue000\\u0378x"}', '[1e400,-1e400]', ...randomBodies(500, 5)];
    const results = runBatch('python3', ['-c', PYTHON], bodies, 'utf16le');
    bodies.forEach((body, index) => {
      const parsed = parseJsonLossless(body);
      if (!parsed.ok) throw new Error(parsed.error.message);
      expect({ body: body.slice(0, 200), str: pythonReprDict(parsed.value) }).toEqual({ body: body.slice(0, 200), str: results[index]?.str ?? undefined });
    });
    console.log(`pythonReprDict vs CPython: ${bodies.length} bodies`);
  });

  it('reads as the issue threads quote it', () => {
    const parsed = parseJsonLossless('{"a":1,"b":true,"c":null,"d":"x"}');
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(pythonReprDict(parsed.value)).toBe("{'a': 1, 'b': True, 'c': None, 'd': 'x'}");
  });
});
