// The signing core cross-checked against implementations that share none of its code: Node's `crypto` module
// and Python's `hashlib`/`hmac` run as a subprocess.
import { execFileSync } from 'node:child_process';
import { createHash, createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8 } from '../../src/core/encoding.ts';
import { createIncrementalHmac } from '../../src/core/incrementalHmac.ts';
import { signIncrementally, signRequest } from '../../src/core/signing.ts';

function nodeSign(secret: string, timestamp: number, body: string) {
  const secretHash = createHash('sha256').update(secret, 'utf8').digest('hex');
  const signature = createHmac('sha256', secretHash).update(`${timestamp}.${body}`, 'utf8').digest('hex');
  return { secretHash, signature };
}

describe('signRequest agrees with Node crypto', () => {
  it('for random secrets, timestamps and Unicode bodies', async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'grapheme', maxLength: 64 }),
        fc.integer({ min: 0, max: 4_102_444_800 }),
        fc.string({ unit: 'grapheme', maxLength: 400 }),
        async (secret, timestamp, body) => {
          runs++;
          const steps = await signRequest({ secret, timestamp, body });
          const expected = nodeSign(secret, timestamp, body);
          expect(steps.secretHash.output).toBe(expected.secretHash);
          expect(steps.signature.output).toBe(expected.signature);
          expect(steps.payload.byteLength).toBe(Buffer.byteLength(`${timestamp}.${body}`, 'utf8'));
        },
      ),
      { numRuns: 500 },
    );
    console.log(`signing core vs node:crypto: ${runs} cases`);
  });

  it('signs bodies started together and of every size right, though they share one encoding buffer', async () => {
    const bodies = ['{}', `{"m":"${'é☕\u{1F600}'.repeat(9_000)}"}`, `{"m":"${'a'.repeat(70_000)}"}`, '{"m":"short again"}', `{"m":"${'x'.repeat(20_000)}€"}`];
    const all = await Promise.all(bodies.map((body, i) => signRequest({ secret: `sk_${i}`, timestamp: 1_764_300_000 + i, body })));
    all.forEach((steps, i) => {
      expect(steps.signature.output).toBe(nodeSign(`sk_${i}`, 1_764_300_000 + i, bodies[i]!).signature);
      expect(steps.payload.byteLength).toBe(Buffer.byteLength(`${1_764_300_000 + i}.${bodies[i]}`, 'utf8'));
    });
  });

  it('gives the same steps signing incrementally as in one go, edit after edit of a long body', async () => {
    const secret = 'sk_test_incremental_steps';
    const first = await signRequest({ secret, timestamp: 1_764_300_000, body: '' });
    const signer = createIncrementalHmac(utf8(first.secretHash.output));
    let body = `{"m":"${'é☕ '.repeat(60_000)}"}`;
    for (const at of [body.length - 2, 1_000, 6]) {
      body = `${body.slice(0, at)}\u{1F600}${body.slice(at)}`;
      const input = { secret, timestamp: 1_764_300_000, body };
      expect(signIncrementally(first.secretHash.output, signer, input)).toEqual(await signRequest(input));
    }
  });

  it('signs a lone surrogate as U+FFFD, like Node', async () => {
    const body = '{"m":"\ud83d"}';
    const steps = await signRequest({ secret: 's', timestamp: 1, body });
    expect(steps.signature.output).toBe(nodeSign('s', 1, body).signature);
    expect(steps.payload.byteLength).toBe(Buffer.byteLength(`1.${body}`, 'utf8'));
  });
});

describe('signRequest agrees with Python hmac', () => {
  it('on a sample of bodies, computed by python3 in a subprocess', async () => {
    const cases = [
      { secret: 'sk_live_your_secret', timestamp: 1703001234, body: '{"to":"+919876543210","message":"Hello"}' },
      { secret: 'sk_test_ünïcødé', timestamp: 1764300000, body: '{"message":"Café ☕ 😀 \\u00e9"}' },
      { secret: '', timestamp: 0, body: '' },
      { secret: ' spaced\n', timestamp: 99, body: 'not json at all\r\n' },
    ];
    const script = [
      'import hashlib, hmac, json, sys',
      'for line in sys.stdin:',
      '    c = json.loads(line)',
      '    h = hashlib.sha256(c["secret"].encode()).hexdigest()',
      '    p = f"{c[\'timestamp\']}.{c[\'body\']}"',
      '    print(h, hmac.new(h.encode(), p.encode(), hashlib.sha256).hexdigest())',
    ].join('\n');
    const input = cases.map((c) => JSON.stringify(c)).join('\n') + '\n';
    const lines = execFileSync('python3', ['-c', script], { input, encoding: 'utf8' }).trim().split('\n');
    for (const [i, c] of cases.entries()) {
      const steps = await signRequest(c);
      expect(`${steps.secretHash.output} ${steps.signature.output}`).toBe(lines[i]);
    }
  });
});
