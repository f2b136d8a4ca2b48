import { describe, expect, it } from 'vitest';
import { headerValue, parseCurl, type ParseRequestResult } from '../../src/core/curl.ts';

function parsed(result: ParseRequestResult) {
  if (!result.ok) throw new Error(`expected a request, got: ${result.error.message}`);
  return result;
}
function failure(result: ParseRequestResult): string {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.request)}`);
  expect(result.error.field).toBe('request');
  return result.error.message;
}

// Copied from the API guide: its curl examples have no `\` at the ends of their lines.
const GUIDE_POST = `curl -X POST "https://your-domain.com/api/v1/external/messages/text"
-H "Content-Type: application/json"
-H "X-API-Key: pk_live_a1b2c3d4e5f6g7h8i9j0"
-d '{
"to": "+919876543210",
"message": "Hello from the API!"
}'`;
const GUIDE_GET = `curl -X GET "https://your-domain.com/api/v1/external/templates"
-H "Content-Type: application/json"
-H "X-API-Key: pk_live_your_key"`;

describe("the API guide's own curl examples", () => {
  it('are read as intended, with a warning that a shell would run them without their headers and body', () => {
    const post = parsed(parseCurl(GUIDE_POST));
    expect(post.request).toEqual({
      method: 'POST',
      url: 'https://your-domain.com/api/v1/external/messages/text',
      headers: [['Content-Type', 'application/json'], ['X-API-Key', 'pk_live_a1b2c3d4e5f6g7h8i9j0']],
      body: '{\n"to": "+919876543210",\n"message": "Hello from the API!"\n}',
    });
    expect(post.warnings).toHaveLength(1);
    expect(post.warnings[0]).toMatch(/Lines 1, 2, 3 .*without a \\.*no headers or body.*add \\ at the end/);
    const get = parsed(parseCurl(GUIDE_GET));
    expect(get.request).toMatchObject({ method: 'GET', url: 'https://your-domain.com/api/v1/external/templates', body: undefined });
    expect(get.warnings[0]).toMatch(/Lines 1, 2 /);
  });

  it('read without warnings once each line but the last ends in \\', () => {
    const fixed = GUIDE_POST.replace(/"\n/g, '" \\\n');
    expect(parsed(parseCurl(fixed)).warnings).toEqual([]);
  });
});

describe('shell quoting, as bash reads it', () => {
  it("keeps single-quoted text literal, with '\\'' for a quote", () => {
    const r = parsed(parseCurl(`curl https://x --data-raw '{"m":"it'\\''s $HOME \`id\` \\\\n"}'`));
    expect(r.request.body).toBe('{"m":"it\'s $HOME `id` \\\\n"}');
    expect(r.warnings.join('\n')).not.toMatch(/expanded|substitution/);
  });

  it('unescapes \\" \\$ \\\\ in double quotes and keeps other backslashes', () => {
    const r = parsed(parseCurl(`curl https://x -d "{\\"m\\":\\"\\$5 \\\\ \\n\\"}"`));
    expect(r.request.body).toBe('{"m":"$5 \\ \\n"}');
  });

  it("expands $'…' ANSI-C escapes as bash does (Chrome's Copy as cURL writes bodies this way)", () => {
    const r = parsed(parseCurl(`curl 'https://x' -H 'content-type: application/json' --data-raw $'{"m":"caf\\u00e9\\r\\n\\x41\\'q"}'`));
    expect(r.request.body).toBe('{"m":"café\r\nA\'q"}');
  });

  it('joins \\ line continuations, also with Windows CRLF line ends', () => {
    const r = parsed(parseCurl('curl -X PUT \\\r\n  https://x/y \\\r\n  -H "A: b"'));
    expect(r.request).toEqual({ method: 'PUT', url: 'https://x/y', headers: [['A', 'b']], body: undefined });
  });

  it('keeps newlines and CRs inside quotes exactly', () => {
    expect(parsed(parseCurl("curl https://x -d '{\r\n\"a\": 1\r\n}\n'")).request.body).toBe('{\r\n"a": 1\r\n}\n');
  });

  it('keeps $VAR and ${VAR} as typed and warns that they were not expanded', () => {
    const r = parsed(parseCurl('curl https://x -H "X-API-Key: $COEXT_API_KEY" -H "X-Timestamp: ${TS}"'));
    expect(headerValue(r.request, 'x-api-key')).toBe('$COEXT_API_KEY');
    expect(headerValue(r.request, 'X-TIMESTAMP')).toBe('${TS}');
    expect(r.warnings.join('\n')).toMatch(/\$COEXT_API_KEY was not expanded/);
    expect(r.warnings.join('\n')).toMatch(/\$TS was not expanded/);
  });

  it('warns about command substitution it does not run', () => {
    const r = parsed(parseCurl('curl https://x -H "X-Timestamp: $(date +%s)"'));
    expect(headerValue(r.request, 'X-Timestamp')).toBe('$(date +%s)');
    expect(r.warnings.join('\n')).toMatch(/command substitution/);
  });

  it('treats # as a comment only at the start of a word', () => {
    const r = parsed(parseCurl('curl https://x/a#b -d x#y # the body\n'));
    expect(r.request).toMatchObject({ url: 'https://x/a#b', body: 'x#y' });
  });

  it('stops at a pipe, ; or && with a warning', () => {
    for (const [command, op] of [['curl https://x -d a | jq .', '|'], ['curl https://x; echo done', ';'], ['curl https://x && echo ok', '&&']]) {
      const r = parsed(parseCurl(command as string));
      expect(r.request.url).toBe('https://x');
      expect(r.warnings.join('\n')).toContain(`\`${op}\``);
    }
  });

  it('stops at a newline that starts another command, with a warning', () => {
    const r = parsed(parseCurl('curl https://x -d a\necho hi'));
    expect(r.request.body).toBe('a');
    expect(r.warnings.join('\n')).toMatch(/from line 2 on is another command/);
  });

  it('skips a copied shell prompt and reads curl.exe or a path to curl', () => {
    expect(parsed(parseCurl('$ curl https://x')).request.url).toBe('https://x');
    expect(parsed(parseCurl('/usr/bin/curl https://x')).request.url).toBe('https://x');
  });
});

describe('curl options', () => {
  it('reads clustered and attached short options and skips output options with their values', () => {
    const r = parsed(parseCurl("curl -sSLk -XPATCH -H'X-A: 1' -o out.json -u me:pw --max-time 5 -A ua -w '%{http_code}' localhost:8787/p"));
    expect(r.request).toEqual({ method: 'PATCH', url: 'http://localhost:8787/p', headers: [['X-A', '1']], body: undefined });
    expect(r.warnings.join('\n')).toMatch(/-u adds an Authorization header/);
  });

  it('warns about an unknown option', () => {
    expect(parsed(parseCurl('curl --frobnicate https://x')).warnings.join('\n')).toMatch(/Unknown curl option --frobnicate/);
  });

  it("reads 'Name;' as an empty header and 'Name:' as removing one", () => {
    const r = parsed(parseCurl("curl https://x --json '{}' -H 'X-Empty;' -H 'Accept:'"));
    expect(r.request.headers).toEqual([['X-Empty', ''], ['Content-Type', 'application/json']]);
  });

  it('ignores a header without a colon, with a warning', () => {
    const r = parsed(parseCurl("curl https://x -H 'nonsense'"));
    expect(r.request.headers).toEqual([]);
    expect(r.warnings.join('\n')).toMatch(/no "Name: value" colon/);
  });

  it('warns that -d without a Content-Type is sent as a form', () => {
    expect(parsed(parseCurl("curl https://x -d '{}'")).warnings.join('\n')).toMatch(/application\/x-www-form-urlencoded/);
  });

  it('keeps an explicit -X over -d, -G and -I', () => {
    expect(parsed(parseCurl("curl -X GET https://x -d 'a'")).request).toMatchObject({ method: 'GET', body: 'a' });
    expect(parsed(parseCurl('curl -I https://x')).request.method).toBe('HEAD');
  });
});

describe('commands it cannot read get a message saying why', () => {
  it.each([
    ['curl -d @body.json https://x', /from the file body\.json.*paste the file's content instead.*-d \(unlike --data-binary\) removes every CR and LF/],
    ['curl --data-binary @body.json https://x', /from the file body\.json.*paste the file's content instead[^C]*$/],
    ['curl --json @- https://x', /from standard input/],
    ['curl -F a=b https://x', /builds this body itself/],
    ['curl --data-urlencode a=b https://x', /builds this body itself/],
    ['curl -T f https://x', /builds this body itself/],
    ['curl -H @headers.txt https://x', /reads headers from the file headers\.txt/],
    ['curl -K opts https://x', /config file/],
    ['curl -s', /has no URL/],
    ['curl https://a https://b', /2 URLs/],
    ['curl https://x -H', /-H option needs a value/],
    ['curl -I -d x https://x', /only select one HTTP request method/],
    ["curl https://x -d '{\"a\":1}", /unterminated ' quote, opened on line 1/],
    ['curl https://x -d "{\n', /unterminated " quote/],
    ["curl https://x -d $'abc", /unterminated \$' quote/],
    ['curl -X POST https://x ^\n  -H "A: b"', /Windows cmd\.exe.*\^/],
    ['curl -X POST https://x -d "{""to"":""+1""}"', /cmd\.exe.*""/],
    ['curl -X POST https://x `\n  -H "A: b"', /PowerShell/],
    ['wget https://x', /Expected a curl command, but it starts with "wget"/],
    ['TS=1 curl https://x', /starts with "TS=1"/],
    ['   ', /empty/],
    ['curl "${}"', /could not read this command: Bad substitution/],
  ])('%j', (command, message) => {
    expect(failure(parseCurl(command))).toMatch(message);
  });
});
