// Verdicts under both server modes, and the evidence of each cause, cross-checked with node:crypto.
import { createHash, createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/core/diagnose.ts';

const SECRET = 'sk_test_verdicts_42';
const TS = '1764300000';
const secretHash = createHash('sha256').update(SECRET).digest('hex');
const sign = (payload: string | Buffer, key = secretHash) => createHmac('sha256', key).update(payload).digest('hex');
const run = (body: string, signature: string, secret = SECRET) =>
  diagnose({ request: { timestamp: TS, body, signature }, secret, nowSeconds: Number(TS) });

describe('verdicts under raw and re-serialized verification', () => {
  it('passes both modes when the body is already in JSON.stringify form', async () => {
    const body = '{"to":"+1","message":"hi"}';
    expect((await run(body, sign(`${TS}.${body}`))).verdicts).toEqual({ raw: true, reserialized: true });
  });
  it('passes raw and fails re-serialized for a body with spaces (an express.json() server would reject it)', async () => {
    const body = '{"to": "+1", "message": "hi"}';
    const diagnosis = await run(body, sign(`${TS}.${body}`));
    expect(diagnosis.verdicts).toEqual({ raw: true, reserialized: false });
    expect(diagnosis.causes[0]?.ids).toEqual(['valid']);
    expect(diagnosis.causes[0]?.sentence).toMatch(/express\.json\(\)/);
  });
  it('fails raw and passes re-serialized when the client signed the compact form', async () => {
    const body = '{"to": "+1", "message": "hi"}';
    const diagnosis = await run(body, sign(`${TS}.{"to":"+1","message":"hi"}`));
    expect(diagnosis.verdicts).toEqual({ raw: false, reserialized: true });
    expect(diagnosis.causes[0]?.ids).toEqual(['body.reserialized']);
  });
  it("says 'not-json' for a body JSON.parse rejects", async () => {
    const body = 'to=+1&message=hi';
    expect((await run(body, sign(`${TS}.${body}`))).verdicts).toEqual({ raw: true, reserialized: 'not-json' });
  });
  it('fails both for a wrong secret', async () => {
    const body = '{"a":1}';
    const diagnosis = await run(body, sign(`${TS}.${body}`), 'sk_test_other');
    expect(diagnosis.verdicts).toEqual({ raw: false, reserialized: false });
    expect(diagnosis.causes.map((cause) => cause.ids)).toEqual([['unreproduced']]);
    expect(diagnosis.causes[0]?.sentence).toMatch(/secret/);
  });
});

interface Planted { name: string; ids: string[]; secret: string; apiKey: string; timestamp: string; body: string; signature: string; nowSeconds: number }
const planted = JSON.parse(readFileSync(new URL('../../fixtures/plantedMistakes.json', import.meta.url), 'utf8')) as Planted[];
// Cases whose key and encoding are the documented ones: the evidence's `signed` text must be what was signed.
const messageOnly = planted.filter((c) => c.ids.every((id) => /^(body|timestamp|payload)\./.test(id)) && !c.ids.includes('body.latin1'));

describe('evidence', () => {
  it.each(messageOnly.map((c) => [c.name, c] as const))('%s: the diff joins into the sent and the signed payload, and the signed one reproduces the signature', async (_name, c) => {
    const diagnosis = await diagnose({ request: c, secret: c.secret, nowSeconds: c.nowSeconds });
    const evidence = diagnosis.causes[0]?.evidence;
    if (evidence === undefined || !('parts' in evidence)) throw new Error('expected a diff');
    expect(evidence.sent).toBe(`${c.timestamp}.${c.body}`);
    expect(evidence.parts.filter((p) => !p.added).map((p) => p.value).join('')).toBe(evidence.sent);
    expect(evidence.parts.filter((p) => !p.removed).map((p) => p.value).join('')).toBe(evidence.signed);
    expect(sign(evidence.signed, createHash('sha256').update(c.secret).digest('hex'))).toBe(c.signature);
  });

  it('describes key and encoding mistakes in words, never with the secret or its hash', async () => {
    for (const c of planted.filter((p) => p.ids.some((id) => id.startsWith('key.') || id.startsWith('encoding.')))) {
      const diagnosis = await diagnose({ request: c, secret: c.secret, nowSeconds: c.nowSeconds });
      const text = JSON.stringify(diagnosis);
      expect(text).not.toContain(c.secret);
      expect(text.toLowerCase()).not.toContain(createHash('sha256').update(c.secret).digest('hex'));
      const evidence = diagnosis.causes[0]?.evidence;
      expect(evidence && 'note' in evidence ? evidence.note : (evidence as { signed: string }).signed).not.toBe('');
    }
  });

  it('gives every cause a sentence and a fix', async () => {
    for (const c of planted.slice(0, 12)) {
      const diagnosis = await diagnose({ request: c, secret: c.secret, nowSeconds: c.nowSeconds });
      for (const cause of diagnosis.causes) {
        expect(cause.sentence.length).toBeGreaterThan(20);
        expect(cause.fix.code.length).toBeGreaterThan(0);
      }
    }
  });
});
