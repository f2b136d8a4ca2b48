// Several hypotheses reproducing the signature at one level are all reported, most likely first; the evidence diff
// stays exact when it goes segment by segment, and stays character-level where a member only gained spaces or escapes.
import { execFileSync } from 'node:child_process';
import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/core/diagnose.ts';
import { diffParts } from '../../../src/core/diagnose/causes.ts';

const SECRET = 'sk_test_ranking';
const TS = '1764300000';
const sign = (payload: string) => createHmac('sha256', createHash('sha256').update(SECRET).digest('hex')).update(payload).digest('hex');

describe('same-level causes', () => {
  it("reports Python's ensure_ascii and PHP's unicode escaping when both write the same bytes, Python first", async () => {
    const sent = '{"to":"+14155550100","message":"Café ☕"}';
    const python = execFileSync('python3', ['-c', "import json,sys; sys.stdout.write(json.dumps(json.loads(sys.stdin.read()), separators=(',', ':')))"], { input: sent, encoding: 'utf8' });
    const php = execFileSync('php', ['-r', 'echo json_encode(json_decode(stream_get_contents(STDIN)), JSON_UNESCAPED_SLASHES);'], { input: sent, encoding: 'utf8' });
    expect(php).toBe(python);
    const diagnosis = await diagnose({ request: { timestamp: TS, body: sent, signature: sign(`${TS}.${python}`) }, secret: SECRET, nowSeconds: Number(TS) });
    expect(diagnosis.causes.map((cause) => cause.ids)).toEqual([['body.python-ensure-ascii'], ['body.php-escaped-unicode']]);
  });
});

describe('diffParts', () => {
  const value = { to: '+1', items: Array.from({ length: 40 }, (_, i) => ({ id: i, name: `Café ${i}` })) };
  it.each([
    ['many edits (segment by segment)', JSON.stringify(value, null, 2), JSON.stringify(value)],
    ['reordered members', JSON.stringify(value), JSON.stringify({ items: value.items, to: value.to })],
    ['escapes and spaces everywhere', JSON.stringify(value), JSON.stringify(value, null, 1).replace(/é/g, '\\u00e9')],
    ['one edit (characters)', JSON.stringify(value), `${JSON.stringify(value)}\n`],
    ['escapes', '{"a":"Café"}', '{"a":"Caf\\u00e9"}'],
    ['empty signed', '{"a":1}', ''],
  ])('%s: unchanged + removed parts give the sent text, unchanged + added the signed one', (_name, sent, signed) => {
    const parts = diffParts(sent, signed);
    expect(parts.filter((p) => !p.added).map((p) => p.value).join('')).toBe(sent);
    expect(parts.filter((p) => !p.removed).map((p) => p.value).join('')).toBe(signed);
    expect(parts.some((p) => p.added || p.removed)).toBe(true);
  });
  it('marks only what Python changed (separator spaces, escapes) in a long body, not whole blocks', () => {
    const sent = JSON.stringify(value);
    const python = execFileSync('python3', ['-c', 'import json,sys; sys.stdout.write(json.dumps(json.loads(sys.stdin.read())))'], { input: sent, encoding: 'utf8' });
    const parts = diffParts(sent, python);
    expect(sent.length + python.length).toBeGreaterThan(2_000);
    expect(Math.max(...parts.filter((p) => p.removed).map((p) => p.value.length))).toBeLessThanOrEqual(2);
    expect(Math.max(...parts.filter((p) => p.added).map((p) => p.value.length))).toBeLessThanOrEqual(6);
  });

  it('marks exactly the added newline for a one-character edit', () => {
    expect(diffParts('{"a":1}', '{"a":1}\n')).toEqual([{ value: '{"a":1}' }, { value: '\n', added: true }]);
  });
});
