// Go and .NET have no runtime on this machine, so their dialects are checked against what the languages' own
// documentation and source say they write. Each case cites where its expected output comes from.
import { describe, expect, it } from 'vitest';
import { dialectById } from '../../../src/core/dialects/dialects.ts';
import type { DialectId, SerializeOptions } from '../../../src/core/dialects/dialects.ts';
import { parseJsonLossless } from '../../../src/core/dialects/jsonValue.ts';

function serialize(id: DialectId, body: string, options?: SerializeOptions): string | undefined {
  const parsed = parseJsonLossless(body);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return dialectById(id).serialize(parsed.value, options);
}

describe('Go json.Marshal', () => {
  it('escapes <, >, & as the encoding/json HTMLEscape example shows', () => {
    // pkg.go.dev/encoding/json ExampleHTMLEscape: <b>HTML content</b> → \u003cb\u003eHTML content\u003c/b\u003e
    expect(serialize('go', '{"Name":"<b>HTML content</b>"}')).toBe('{"Name":"\\u003cb\\u003eHTML content\\u003c/b\\u003e"}');
  });

  it('escapes U+2028 and U+2029 and turns invalid UTF-16 into U+FFFD (Marshal and Unmarshal docs)', () => {
    // "U+2028, and U+2029 are escaped to ... \u2028, and \u2029"; Unmarshal: "invalid UTF-16 surrogate pairs are
    // not treated as an error. Instead, they are replaced by the Unicode replacement character U+FFFD."
    expect(serialize('go', '["a\u2028b\u2029", "\\ud800x"]')).toBe('["a\\u2028b\\u2029","\ufffdx"]');
  });

  it('writes \\b and \\f short (Go 1.22 release notes) and other controls as lowercase \\u00xx', () => {
    expect(serialize('go', '"\\b\\f\\n\\r\\t\\u0001\\u001f\\"\\\\\u007f"')).toBe('"\\b\\f\\n\\r\\t\\u0001\\u001f\\"\\\\\u007f"');
  });

  it('sorts map keys, or keeps struct field order when told (ExampleMarshal ColorGroup)', () => {
    const body = '{"ID":1,"Name":"Reds","Colors":["Crimson","Red","Ruby","Maroon"]}';
    expect(serialize('go', body, { sortKeys: false })).toBe('{"ID":1,"Name":"Reds","Colors":["Crimson","Red","Ruby","Maroon"]}');
    expect(serialize('go', body)).toBe('{"Colors":["Crimson","Red","Ruby","Maroon"],"ID":1,"Name":"Reds"}');
    // Map keys sort by bytes, so an astral key sorts after U+FFFF (UTF-16 order would put it first).
    expect(serialize('go', '{"\\uffff":1,"\\ud83d\\ude00":2,"b":3,"B":4}')).toBe('{"B":4,"b":3,"\uffff":1,"😀":2}');
  });

  it('prints float64 "as if by ES6 number to string conversion", -0 kept (encode.go floatEncoder, jsonwire AppendFloat)', () => {
    expect(serialize('go', '[1.0,1e21,1e-7,0.000001,1.5e-7,12345678901234567890,-0,-0.0,100]'))
      .toBe('[1,1e+21,1e-7,0.000001,1.5e-7,12345678901234567000,-0,-0,100]');
  });

  it('fails when a number overflows float64 (Unmarshal returns an UnmarshalTypeError)', () => {
    expect(serialize('go', '{"a":1e400}')).toBeUndefined();
    expect(serialize('go', '{"a":1e400,"a":1}')).toBeUndefined();
  });
});

describe('.NET System.Text.Json with the default encoder', () => {
  it('escapes non-ASCII as uppercase \\uXXXX (MS docs "How to customize character encoding": жарко)', () => {
    expect(serialize('dotnet', '{"Summary":"жарко"}')).toBe('{"Summary":"\\u0436\\u0430\\u0440\\u043A\\u043E"}');
  });

  it('escapes <>&\'"+ (ForbidHtmlCharacters), the backtick and backslash, but not the slash (DefaultJavaScriptEncoder)', () => {
    expect(serialize('dotnet', '{"html":"<a href=\'x/y\'>&+`\\"\\\\</a>"}'))
      .toBe('{"html":"\\u003Ca href=\\u0027x/y\\u0027\\u003E\\u0026\\u002B\\u0060\\u0022\\\\\\u003C/a\\u003E"}');
  });

  it('writes \\b \\t \\n \\f \\r short (the encoder\'s pre-escaped map), other controls and DEL as \\u00XX, astral as a pair', () => {
    expect(serialize('dotnet', '"\\b\\t\\n\\f\\r\\u0001\\u001f\u007f😀é"')).toBe('"\\b\\t\\n\\f\\r\\u0001\\u001F\\u007F\\uD83D\\uDE00\\u00E9"');
  });
});
