// Inline values as each language prints them, checked against the real printers: CPython's repr, PHP's var_dump and
// Node's util.inspect of a Buffer, run on this machine.
import buffer from 'node:buffer';
import { execFileSync } from 'node:child_process';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { formatInlineValue, type StepValueId, type StepValues, type ValueStyle } from '../../src/core/inlineValues.ts';

const SAMPLES = [
  '{"to":"+4915112345678","message":"Grüße 🚀 <b>"}',
  'it\'s "quoted" \\ back\tslash\r\n',
  "only 'single' quotes",
  'controls \u0000\u0007\u001f\u007f\u0085 nbsp\u00a0 line\u2028 soft\u00ad bom\ufeff é',
  '',
];

function valuesOf(body: string, timestamp = '1764300000'): StepValues {
  const payload = `${timestamp}.${body}`;
  return { secretHash: 'a'.repeat(64), timestamp, body, payload, payloadByteLength: Buffer.byteLength(payload), signature: 'b'.repeat(64) };
}

const full = (body: string, id: StepValueId, style: ValueStyle) => formatInlineValue(valuesOf(body), id, style).text;

function python(script: string): string[] {
  return JSON.parse(execFileSync('python3', ['-c', script], { input: JSON.stringify(SAMPLES), encoding: 'utf8' })) as string[];
}

describe('inline values in each language’s own notation', () => {
  it('writes strings as CPython’s repr does, and the payload’s bytes as repr(payload.encode())', () => {
    const reprs = python('import json,sys; print(json.dumps([repr("1764300000." + s) for s in json.load(sys.stdin)]))');
    expect(SAMPLES.map((s) => full(s, 'payload', 'python'))).toEqual(reprs);
    const bytes = python('import json,sys; print(json.dumps([repr(("1764300000." + s).encode()) for s in json.load(sys.stdin)]))');
    expect(SAMPLES.map((s) => full(s, 'payloadBytes', 'python'))).toEqual(bytes);
  });

  it('writes strings as PHP’s var_dump does, counting bytes', () => {
    const script = '$all = json_decode(stream_get_contents(STDIN)); foreach ($all as $s) { var_dump("1764300000." . $s); echo "<<<end>>>"; } var_dump(1764300000);';
    const printed = execFileSync('php', ['-r', script], { input: JSON.stringify(SAMPLES), encoding: 'utf8' }).split('<<<end>>>');
    const timestamp = printed.pop();
    expect(SAMPLES.map((s) => full(s, 'payload', 'php'))).toEqual(printed.map((line) => line.replace(/\n$/, '')));
    expect(formatInlineValue(valuesOf('{}'), 'timestamp', 'php').text).toBe(timestamp?.trim());
    // PHP strings are bytes: the line that would hold bytes holds the same string.
    expect(full(SAMPLES[0]!, 'payloadBytes', 'php')).toBe(full(SAMPLES[0]!, 'payload', 'php'));
  });

  it('writes the payload’s bytes as Node prints a Buffer, and strings as JSON', () => {
    const original = buffer.INSPECT_MAX_BYTES;
    try {
      // Node elides a Buffer after 50 bytes; the whole value is shown here, and cut by the step-through itself.
      buffer.INSPECT_MAX_BYTES = Infinity;
      for (const s of SAMPLES) expect(full(s, 'payloadBytes', 'javascript')).toBe(inspect(Buffer.from(`1764300000.${s}`, 'utf8')));
    } finally {
      buffer.INSPECT_MAX_BYTES = original;
    }
    expect(full('{"a":"é\n"}', 'body', 'javascript')).toBe('"{\\"a\\":\\"é\\n\\"}"');
    expect(formatInlineValue(valuesOf('{}'), 'timestamp', 'javascript').text).toBe('1764300000');
  });

  it('shows the secret hash and the signature as strings of their language', () => {
    const values = valuesOf('{}');
    expect(formatInlineValue(values, 'secretHash', 'python').text).toBe(`'${'a'.repeat(64)}'`);
    expect(formatInlineValue(values, 'secretHash', 'php').text).toBe(`string(64) "${'a'.repeat(64)}"`);
    expect(formatInlineValue(values, 'secretHash', 'javascript').text).toBe(`"${'a'.repeat(64)}"`);
    expect(formatInlineValue(values, 'signature', 'python').text).toBe(`'${'b'.repeat(64)}'`);
  });
});

describe('long values', () => {
  const body = `{"m":"${'x'.repeat(20)}🚀${'y'.repeat(100)}"}`;

  it.each(['javascript', 'python', 'php', 'plain'] as const)('in %s, show a visibly cut start of the whole value', (style) => {
    for (const id of ['body', 'payload', 'payloadBytes'] as const) {
      const whole = formatInlineValue(valuesOf(body), id, style);
      const cut = formatInlineValue(valuesOf(body), id, style, 30);
      expect(whole.truncated).toBe(false);
      expect(cut.truncated).toBe(true);
      expect(whole.text.startsWith(cut.text)).toBe(true);
      expect(cut.text.length).toBeLessThan(whole.text.length - 1);
    }
  });

  it('never cuts a character in two', () => {
    // The rocket is units 26–27 of the body: a cut at 27 units keeps 26, not half the pair.
    const cut = formatInlineValue(valuesOf(body), 'body', 'javascript', 27);
    expect(cut.text).toBe(`"{\\"m\\":\\"${'x'.repeat(20)}`);
    const after = formatInlineValue(valuesOf(body), 'body', 'javascript', 28);
    expect(after.text.endsWith('🚀')).toBe(true);
  });

  it('keeps PHP’s byte count of the whole string when only its start is shown', () => {
    const cut = formatInlineValue(valuesOf(body), 'body', 'php', 10);
    expect(cut.text).toBe(`string(${Buffer.byteLength(body)}) "{"m":"xxxx`);
  });

  it('leaves short values whole under the limit', () => {
    const values = valuesOf('{}');
    expect(formatInlineValue(values, 'secretHash', 'javascript', 72)).toEqual({ text: `"${'a'.repeat(64)}"`, truncated: false });
  });
});

describe('the parts of the payload inside an inline value', () => {
  const body = '{"message":"Grüße 🚀"}';
  const slices = (style: ValueStyle, id: StepValueId, limit?: number) => {
    const value = formatInlineValue(valuesOf(body), id, style, limit);
    return value.parts?.map((p) => [p.part, value.text.slice(p.start, p.end)]);
  };

  it('mark the timestamp, the dot and the body, not the quotes or counts around them', () => {
    const bodyBytes = Buffer.from(body).toString('hex').replace(/(..)(?!$)/g, '$1 ');
    expect(slices('javascript', 'payload')).toEqual([['timestamp', '1764300000'], ['separator', '.'], ['body', JSON.stringify(body).slice(1, -1)]]);
    expect(slices('php', 'payload')).toEqual([['timestamp', '1764300000'], ['separator', '.'], ['body', body]]);
    expect(slices('javascript', 'payloadBytes')).toEqual([['timestamp', '31 37 36 34 33 30 30 30 30 30'], ['separator', '2e'], ['body', bodyBytes]]);
    expect(slices('python', 'payloadBytes')).toEqual([
      ['timestamp', '1764300000'],
      ['separator', '.'],
      ['body', '{"message":"Gr\\xc3\\xbc\\xc3\\x9fe \\xf0\\x9f\\x9a\\x80"}'],
    ]);
    expect(slices('python', 'body')).toEqual([['body', body]]);
    expect(slices('php', 'timestamp')).toEqual([['timestamp', '1764300000']]);
  });

  it('stop where a cut value stops', () => {
    expect(slices('javascript', 'payload', 5)).toEqual([['timestamp', '17643']]);
    expect(slices('javascript', 'payloadBytes', 33)).toEqual([['timestamp', '31 37 36 34 33 30 30 30 30 30'], ['separator', '2e']]);
  });
});
