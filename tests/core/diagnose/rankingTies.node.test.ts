// Ties: several body or framing causes reproducing the signature with the same number of mistakes (issue 17 §2). The
// cause that accounts for the difference between the sent and the signed bytes most specifically must come first,
// and the first card must say why the runner-up is second. Every tie the search can produce over these bodies is
// listed here with its expected order, and a test fails when the search starts producing one that is not.
import { createHash, createHmac } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { diagnose, type CauseId } from '../../../src/core/diagnose.ts';
import { parseJsonLossless } from '../../../src/core/dialects/jsonValue.ts';
import { bodyChoices } from '../../../src/core/diagnose/bodyChoices.ts';
import { framingChoices } from '../../../src/core/diagnose/framings.ts';
import { narrowestEdit, specificity } from '../../../src/core/diagnose/specificity.ts';

const SECRET = 'sk_test_ties';
const TS = '1764300000';
const sign = (payload: string) => createHmac('sha256', createHash('sha256').update(SECRET).digest('hex')).update(payload).digest('hex');

const COMPACT = '{"to":"+14155550100","message":"Hi / é"}';
const ASCII = '{"to":"+14155550100","message":"Hi"}';
// JSON.stringify(v, null, 2) as typed by hand: what an editor-made body.json holds.
const PRETTY = '{\n  "to": "+14155550100",\n  "message": "Hi / é"\n}';
// What `echo "$BODY" > body.json` writes, from the real shell.
const ECHOED = execFileSync('sh', ['-c', `echo '${ASCII}'`], { encoding: 'utf8' });
// Python's requests.post(json=...) layout, from the real json module.
const PY_DEFAULT = execFileSync('python3', ['-c', `import json; print(json.dumps(json.loads('${ASCII}')), end='')`], { encoding: 'utf8' });

/** Python's compact json.dumps of `sent` with extra keyword arguments: the real serializer writes the signed bytes. */
function pythonDumps(sent: string, keywords: string): string {
  const code = `import json, sys; sys.stdout.write(json.dumps(json.loads(sys.stdin.read()), separators=(',', ':')${keywords ? `, ${keywords}` : ''}))`;
  return execFileSync('python3', ['-c', code], { input: sent, encoding: 'utf8' });
}

interface Tie {
  name: string;
  sent: string;
  signed: string;
  /** The tied causes, in the order they must be listed. */
  order: CauseId[];
}

const TIES: Tie[] = [
  { name: 'Go json.Encoder / echo > file sent a final newline the signer did not add', sent: ECHOED, signed: ASCII,
    order: ['body.trailing-newline', 'body.reserialized', 'body.python-ensure-ascii', 'body.php-escaped-slashes', 'body.php-escaped-unicode', 'body.go-html-escape', 'body.gson-escape'] },
  { name: 'a final CR LF sent, none signed', sent: `${ASCII}\r\n`, signed: ASCII,
    order: ['body.trailing-newline', 'body.reserialized', 'body.python-ensure-ascii', 'body.php-escaped-slashes', 'body.php-escaped-unicode', 'body.go-html-escape', 'body.gson-escape'] },
  { name: 'a pretty file sent with its final newline, signed without', sent: `${PRETTY}\n`, signed: PRETTY, order: ['body.trailing-newline', 'body.pretty'] },
  { name: 'curl -d @file stripped the newlines of a pretty file', sent: PRETTY.replace(/\n/g, ''), signed: PRETTY, order: ['body.newlines-stripped', 'body.pretty'] },
  { name: 'a CRLF file sent, its LF form signed', sent: PRETTY.replace(/\n/g, '\r\n'), signed: PRETTY, order: ['body.crlf', 'body.pretty'] },
  { name: 'a pretty body sent, compact signed', sent: PRETTY, signed: COMPACT, order: ['body.reserialized', 'body.go-html-escape', 'body.gson-escape'] },
  { name: 'a CRLF pretty body sent, compact signed', sent: PRETTY.replace(/\n/g, '\r\n'), signed: COMPACT, order: ['body.reserialized', 'body.go-html-escape', 'body.gson-escape'] },
  { name: 'a pretty file with its final newline sent, compact signed', sent: `${PRETTY}\n`, signed: COMPACT, order: ['body.reserialized', 'body.go-html-escape', 'body.gson-escape'] },
  { name: 'a curl -d stripped body sent, compact signed', sent: PRETTY.replace(/\n/g, ''), signed: COMPACT, order: ['body.reserialized', 'body.go-html-escape', 'body.gson-escape'] },
  { name: 'requests.post(json=) sent, compact signed', sent: PY_DEFAULT, signed: ASCII,
    order: ['body.reserialized', 'body.python-ensure-ascii', 'body.php-escaped-slashes', 'body.php-escaped-unicode', 'body.go-html-escape', 'body.gson-escape'] },
  { name: '\\u escapes signed, raw UTF-8 sent', sent: COMPACT, signed: pythonDumps(COMPACT, ''), order: ['body.python-ensure-ascii', 'body.php-escaped-unicode'] },
  { name: 'sorted keys signed', sent: COMPACT, signed: pythonDumps(COMPACT, 'sort_keys=True, ensure_ascii=False'), order: ['body.sorted-keys', 'body.go-html-escape'] },
  // Whatever layout was sent, a signer that sorted the keys or escaped non-ASCII wrote the same bytes as Go or PHP.
  ...[['pretty', PRETTY], ['pretty with a final newline', `${PRETTY}\n`], ['curl -d stripped', PRETTY.replace(/\n/g, '')],
    ['CRLF pretty', PRETTY.replace(/\n/g, '\r\n')], ['echoed', ECHOED], ['CR LF ended', `${ASCII}\r\n`], ['requests json=', PY_DEFAULT]].flatMap(([layout = '', sent = '']) => [
    { name: `sorted keys signed, ${layout} sent`, sent, signed: pythonDumps(sent, 'sort_keys=True, ensure_ascii=False'), order: ['body.sorted-keys', 'body.go-html-escape'] as CauseId[] },
    ...(/[\u0080-\uffff]/.test(sent) ? [{ name: `\\u escapes signed, ${layout} sent`, sent, signed: pythonDumps(sent, ''), order: ['body.python-ensure-ascii', 'body.php-escaped-unicode'] as CauseId[] }] : []),
  ]),
  { name: 'nothing sent, a quoted empty string signed', sent: '', signed: '""', order: ['body.empty-variant', 'body.double-encoded'] },
  { name: '{} sent, {} and a newline signed', sent: '{}', signed: '{}\n', order: ['body.trailing-newline', 'body.newlines-stripped'] },
  { name: '{} sent, {} and CR LF signed', sent: '{}', signed: '{}\r\n', order: ['body.trailing-newline', 'body.newlines-stripped'] },
];

async function causesFor(sent: string, signed: string) {
  const diagnosis = await diagnose({ request: { timestamp: TS, body: sent, signature: sign(`${TS}.${signed}`) }, secret: SECRET, nowSeconds: Number(TS) });
  return diagnosis.causes;
}

describe('ties between body causes are ranked by specificity', () => {
  it.each(TIES.map((tie) => [tie.name, tie] as const))('%s', async (_name, tie) => {
    const causes = await causesFor(tie.sent, tie.signed);
    expect(causes.map((cause) => cause.ids.join('+'))).toEqual(tie.order);
    const [first, second] = tie.order;
    expect(causes[0]?.runnerUp).toMatch(new RegExp(`^${second?.replace('.', '\\.')} is ranked second: both reproduce the signature with 1 mistake`));
    expect(causes[0]?.runnerUp).toContain(first);
    expect(causes.slice(1).every((cause) => cause.runnerUp === undefined)).toBe(true);
  });

  it('says the lone final newline is what differs when it outranks a re-serialization (the issue 17 case)', async () => {
    const [first] = await causesFor(ECHOED, ASCII);
    expect(first?.runnerUp).toBe('body.reserialized is ranked second: both reproduce the signature with 1 mistake, but only a final newline '
      + 'differs between what was signed and what was sent (the sent body itself ends with that newline), which body.trailing-newline '
      + 'names exactly; body.reserialized names a broader change (whitespace between tokens).');
  });

  it('points at the indentation curl -d left behind when newlines-stripped outranks pretty', async () => {
    const [first] = await causesFor(PRETTY.replace(/\n/g, ''), PRETTY);
    expect(first?.runnerUp).toContain('the sent body still shows the indentation left where the line breaks were');
  });

  it('says the tie was broken by likelihood alone when both account for the bytes equally', async () => {
    const [first] = await causesFor(COMPACT, COMPACT.replace('é', '\\u00e9'));
    expect(first?.runnerUp).toBe('body.php-escaped-unicode is ranked second: both reproduce the signature with 1 mistake and account '
      + 'for the bytes equally well; body.python-ensure-ascii is the more common mistake.');
  });

  it('gives a single cause no runner-up sentence', async () => {
    const causes = await causesFor(ASCII, `\ufeff${ASCII}`);
    expect(causes.map((cause) => cause.ids)).toEqual([['body.bom']]);
    expect(causes[0]?.runnerUp).toBeUndefined();
  });
});

describe('the list of ties is complete', () => {
  const sentBodies = [...new Set(TIES.map((tie) => tie.sent))];
  it.each(sentBodies.map((sent) => [JSON.stringify(sent).slice(0, 50), sent] as const))('every one-mistake collision for %s is a listed tie', (_name, sent) => {
    const parsed = parseJsonLossless(sent);
    const bodies = bodyChoices(sent, parsed.ok ? parsed.value : undefined);
    const groups = new Map<string, Set<string>>();
    for (const framing of framingChoices()) {
      for (const body of bodies) {
        if (framing.deviations + body.deviations !== 1 || body.text === undefined) continue;
        const message = framing.compose(TS, body.text);
        groups.set(message, (groups.get(message) ?? new Set()).add([...framing.ids, ...body.ids].join('+')));
      }
    }
    const collisions = [...groups].filter(([, ids]) => ids.size > 1).map(([message, ids]) => ({ signed: message.slice(TS.length + 1), ids: [...ids].sort() }));
    const listed = TIES.filter((tie) => tie.sent === sent).map((tie) => ({ signed: tie.signed, ids: [...tie.order].sort() }));
    expect(collisions).toEqual(expect.arrayContaining(listed));
    expect(listed).toEqual(expect.arrayContaining(collisions));
    // A framing never ties with a body at one mistake: every framing keeps the "." or the timestamp a body cannot supply.
    expect(collisions.flatMap((c) => c.ids).filter((id) => id.startsWith('payload.'))).toEqual([]);
  });
});

describe('specificity', () => {
  it.each([
    ['a final newline', '{"a":1}\n', '{"a":1}', 'final-newline'],
    ['a BOM', '{"a":1}', '\ufeff{"a":1}', 'bom'],
    ['line ends', '{\r\n"a":1\r\n}', '{\n"a":1\n}', 'line-ends'],
    ['newlines removed', '{  "a": 1}', '{\n  "a": 1\n}', 'newlines-removed'],
    ['whitespace', '{"a": 1, "b": 2}', '{"a":1,"b":2}', 'whitespace'],
    ['escapes', '{"a":"é/"}', '{"a":"\\u00e9\\/"}', 'escapes'],
    ['key order', '{"a":1,"b":2}', '{"b":2,"a":1}', 'key-order'],
    ['anything else', '{"a":1}', '[object Object]', 'any'],
  ] as const)('classifies %s as the narrowest edit', (_name, sent, signed, kind) => {
    expect(narrowestEdit(sent, signed)).toBe(kind);
  });

  it('scores an id naming the narrowest edit above one naming a broader edit that also holds', () => {
    const narrow = specificity(['body.trailing-newline'], '{"a":1}', '{"a":1}\n');
    const broad = specificity(['body.newlines-stripped'], '{"a":1}', '{"a":1}\n');
    const serializer = specificity(['body.object-string'], '{"a":1}', '{"a":1}\n');
    expect(narrow.score).toBeGreaterThan(broad.score);
    expect(broad.score).toBeGreaterThan(serializer.score);
  });

  it('scores an id whose edit does not hold as low as a rewrite of anything', () => {
    expect(specificity(['body.crlf'], '{"a":1}', '{"a":1}\n').score).toBe(0);
    expect(specificity([], '{"a":1}', '{"a":1}\n').score).toBe(0);
    expect(specificity(['body.latin1'], 'é', undefined).score).toBe(0);
  });
});
