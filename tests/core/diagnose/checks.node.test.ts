// The checks that need no secret, each on a request that triggers it, and the secretless diagnosis itself.
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/core/diagnose.ts';
import { bodyTextChecks, signatureChecks, timestampChecks } from '../../../src/core/diagnose/checks.ts';

const NOW = 1_764_300_000;
const HEX64 = 'a39dbaebd57abd1efeeea59f752bc058bbc013f2538ba28d3e5acf30f333d388';
const ids = (checks: { id: string }[]) => checks.map((check) => check.id);

describe('timestamp checks', () => {
  it('accepts whole seconds inside the ±300 s window', () => {
    expect(timestampChecks(String(NOW - 300), NOW)).toEqual([]);
    expect(timestampChecks(` ${NOW + 299} `, NOW)).toEqual([]);
  });
  it.each([
    ['', 'timestamp.missing'],
    [`${NOW}123`, 'timestamp.milliseconds'],
    [`${NOW}.123456`, 'timestamp.format'],
    ['2025-11-28T03:20:00Z', 'timestamp.format'],
    ['soon', 'timestamp.format'],
    [String(NOW + 301), 'timestamp.window'],
    [String(NOW - 4000), 'timestamp.window'],
  ])('%j → %s', (header, id) => {
    const checks = timestampChecks(header, NOW);
    expect(ids(checks)).toEqual([id]);
    expect(checks[0]?.severity).toBe('error');
  });
  it('says which way the clock is off and suspects a timezone for whole hours', () => {
    const [ahead] = timestampChecks(String(NOW + 7200), NOW);
    expect(ahead?.message).toMatch(/7200 s ahead/);
    expect(ahead?.message).toMatch(/2 whole hour/);
    const [behind] = timestampChecks(String(NOW - 400), NOW);
    expect(behind?.message).toMatch(/400 s behind/);
    expect(behind?.message).not.toMatch(/hour/);
  });
});

describe('signature checks', () => {
  it('finds nothing wrong with 64 lowercase hex', () => {
    expect(signatureChecks(HEX64)).toEqual([]);
  });
  it.each([
    ['', 'signature.missing'],
    [HEX64.toUpperCase(), 'signature.uppercase'],
    [HEX64.slice(0, 40), 'signature.sha1-length'],
    [HEX64 + HEX64, 'signature.sha512-length'],
    [HEX64 + HEX64.slice(0, 32), 'signature.sha384-length'],
    [HEX64.slice(0, 61), 'signature.short-hex'],
    [Buffer.from(HEX64, 'hex').toString('base64'), 'signature.base64'],
    [Buffer.from(HEX64, 'hex').toString('base64url'), 'signature.base64url'],
    [Buffer.from(HEX64.slice(0, 40), 'hex').toString('base64'), 'signature.sha1-base64'],
    [Buffer.from(HEX64 + HEX64, 'hex').toString('base64'), 'signature.sha512-base64'],
    ['not a signature', 'signature.format'],
  ])('%j → %s', (header, id) => {
    expect(ids(signatureChecks(header))).toEqual([id]);
  });
  it.each(['sha256=', 'v1=', 'SHA2-256(stdin)= ', '(stdin)= '])('reports the %j decoration and still reads the hex', (prefix) => {
    expect(ids(signatureChecks(prefix + HEX64))).toEqual(['signature.prefixed']);
  });
  it('reports the sha256sum "  -" suffix', () => {
    expect(ids(signatureChecks(`${HEX64}  -`))).toEqual(['signature.prefixed']);
  });
});

describe('body checks', () => {
  it('finds nothing in compact valid JSON', () => {
    expect(bodyTextChecks('{"a":1}', undefined)).toEqual([]);
    expect(bodyTextChecks('{"a":1}', '{"a":1}')).toEqual([]);
  });
  it.each([
    ['{"a":', 'body.not-json'],
    ['\ufeff{"a":1}', 'body.bom'],
    [' {"a":1}', 'body.leading-whitespace'],
    ['{"a":1}\n', 'body.trailing-whitespace'],
    ['{"a":1,\r"b":2}', 'body.crlf'],
    ['{  "a": 1,  "b": 2}', 'body.newlines-stripped'],
    ['{"to":"{{phone}}"}', 'body.template'],
  ])('%j → %s', (body, id) => {
    expect(ids(bodyTextChecks(body, undefined))).toContain(id);
  });
  it('reports where the body differs from the editor body', () => {
    const [check] = bodyTextChecks('{"a":1, "b":2}', '{"a":1,"b":2}');
    expect(check?.id).toBe('body.editor-differs');
    expect(check?.message).toMatch(/character 8 /);
  });
});

describe('diagnose without a secret', () => {
  it('runs the checks, searches nothing and says what the secret would add', async () => {
    const diagnosis = await diagnose({
      request: { timestamp: `${NOW}000`, body: '{"a":1}\n', signature: `sha256=${HEX64}` },
      editorBody: '{"a":1}',
      nowSeconds: NOW,
    });
    expect(diagnosis.causes).toEqual([]);
    expect(diagnosis.verdicts).toBeUndefined();
    expect(diagnosis.hypothesesTried).toBe(0);
    expect(diagnosis.secretNeeded).toMatch(/secret/);
    expect(ids(diagnosis.checks)).toEqual(expect.arrayContaining(['timestamp.milliseconds', 'signature.prefixed', 'body.trailing-whitespace', 'body.editor-differs']));
    const rank = diagnosis.checks.map((check) => ['error', 'warning', 'info'].indexOf(check.severity));
    expect(rank).toEqual([...rank].sort((a, b) => a - b));
  });
  it('treats an empty secret as no secret', async () => {
    const diagnosis = await diagnose({ request: { timestamp: String(NOW), body: '{}', signature: HEX64 }, secret: '', nowSeconds: NOW });
    expect(diagnosis.secretNeeded).toBeDefined();
    expect(diagnosis.verdicts).toBeUndefined();
  });
});
