/**
 * The JSON serializer dialects the diagnoser tries (DESIGN.md §5, MISMATCHES.md §3): each re-emits a body parsed
 * by `parseJsonLossless` the way one real serializer would after parsing it, byte for byte, including its number
 * policy, its object semantics (duplicate keys, key order) and its escaping. `serialize` returns `undefined` when
 * that serializer would fail on the value (PHP on a lone surrogate, Python ensure_ascii=False on one, …).
 *
 * Evidence: JS, Python (3.11) and PHP (8.2) are cross-checked against the real runtimes in the tests; Gson 2.11
 * and Jackson 2.18 against fixtures produced by the real libraries; Go and .NET against their documentation.
 */
import { goDecodeFails, jacksonDecodeFails, phpDecodeFails, pythonDecodeFails } from './decodeFailures.ts';
import { emitJson } from './emitJson.ts';
import type { EmitRules, Layout } from './emitJson.ts';
import type { JsonValue } from './jsonValue.ts';
import { goNumber, gsonNumber, jacksonNumber, jsNumber, lexemeNumber, phpNumber, pythonNumber } from './numberFormats.ts';
import type { NumberPolicy } from './numberFormats.ts';
import { compareCodePoints, compareUtf16, jsObjectOrder, lastValueAtFirstPosition, sortedMembers } from './objectMembers.ts';
import {
  dotnetChars, goChars, goString, gsonChars, jacksonChars, jsChars, phpChars, pythonAsciiChars, pythonUnicodeChars,
  quoteString,
} from './stringEscapes.ts';
import type { CharRule } from './stringEscapes.ts';

export type DialectId = 'js' | 'js-pretty-2' | 'js-pretty-4' | 'js-pretty-tab'
  | 'python-default' | 'python-compact' | 'python-default-unicode' | 'python-compact-unicode' | 'python-indent-2' | 'python-indent-4'
  | 'php-default' | 'php-unescaped-slashes' | 'php-unescaped-unicode' | 'php-unescaped-both' | 'php-pretty'
  | 'go' | 'gson' | 'dotnet' | 'jackson-pretty';

export type DialectLanguage = 'javascript' | 'python' | 'php' | 'go' | 'java' | 'csharp';

export interface SerializeOptions {
  /** Sort object keys the way this language sorts strings. Default false, except Go (map keys are sorted; false = struct field order, taken as received order). */
  sortKeys?: boolean;
}

export interface Dialect {
  id: DialectId;
  /** What the client ran, e.g. "Python json.dumps(obj)". */
  label: string;
  language: DialectLanguage;
  /** The text this serializer writes for `value`, or `undefined` if it would fail on it. */
  serialize(value: JsonValue, options?: SerializeOptions): string | undefined;
}

type Entries = Array<[string, JsonValue]>;

interface DialectSpec {
  id: DialectId;
  label: string;
  language: DialectLanguage;
  chars: CharRule;
  number: NumberPolicy;
  layout: Layout;
  /** Members in the language's natural order (duplicates resolved), or `undefined` if it cannot hold them. */
  members: (entries: Entries) => Entries | undefined;
  /** How the language sorts keys when asked to. */
  compareKeys: (a: string, b: string) => number;
  sortsByDefault?: boolean;
  /** A rewrite every string (and key) undergoes when parsed, before anything else sees it. */
  parseString?: (value: string) => string;
  /** Whether the language's decoder already refuses this body. */
  decodeFails?: (value: JsonValue) => boolean;
}

const flat = (comma: string, colon: string): Layout => ({ style: 'flat', comma, colon });
const indented = (indent: string): Layout => ({ style: 'indented', indent });

function makeDialect(spec: DialectSpec): Dialect {
  const normalize = spec.parseString ?? ((value: string) => value);
  return {
    id: spec.id,
    label: spec.label,
    language: spec.language,
    serialize(value, options) {
      if (spec.decodeFails?.(value)) return undefined;
      const sort = options?.sortKeys ?? spec.sortsByDefault ?? false;
      const rules: EmitRules = {
        quote: (text) => quoteString(normalize(text), spec.chars),
        number: spec.number,
        members: (entries) => {
          const keyed = spec.parseString ? entries.map(([key, member]): [string, JsonValue] => [normalize(key), member]) : entries;
          const members = spec.members(keyed);
          return sort && members !== undefined ? sortedMembers(members, spec.compareKeys) : members;
        },
        layout: spec.layout,
      };
      return emitJson(value, rules);
    },
  };
}

const js = { language: 'javascript', chars: jsChars, number: jsNumber, members: jsObjectOrder, compareKeys: compareUtf16 } as const;
const python = { language: 'python', decodeFails: pythonDecodeFails, number: pythonNumber, members: lastValueAtFirstPosition, compareKeys: compareCodePoints } as const;
const php = {
  language: 'php', number: phpNumber, compareKeys: compareCodePoints, decodeFails: phpDecodeFails,
  members: lastValueAtFirstPosition,
} as const;
const phpDefaultChars = phpChars({ unescapedSlashes: false, unescapedUnicode: false });

const SPECS: DialectSpec[] = [
  { ...js, id: 'js', label: 'JavaScript JSON.stringify(value)', layout: flat(',', ':') },
  { ...js, id: 'js-pretty-2', label: 'JavaScript JSON.stringify(value, null, 2)', layout: indented('  ') },
  { ...js, id: 'js-pretty-4', label: 'JavaScript JSON.stringify(value, null, 4)', layout: indented('    ') },
  { ...js, id: 'js-pretty-tab', label: "JavaScript JSON.stringify(value, null, '\\t')", layout: indented('\t') },
  { ...python, id: 'python-default', label: 'Python json.dumps(obj)', chars: pythonAsciiChars, layout: flat(', ', ': ') },
  { ...python, id: 'python-compact', label: "Python json.dumps(obj, separators=(',', ':'))", chars: pythonAsciiChars, layout: flat(',', ':') },
  { ...python, id: 'python-default-unicode', label: 'Python json.dumps(obj, ensure_ascii=False)', chars: pythonUnicodeChars, layout: flat(', ', ': ') },
  { ...python, id: 'python-compact-unicode', label: "Python json.dumps(obj, separators=(',', ':'), ensure_ascii=False)", chars: pythonUnicodeChars, layout: flat(',', ':') },
  { ...python, id: 'python-indent-2', label: 'Python json.dumps(obj, indent=2)', chars: pythonAsciiChars, layout: indented('  ') },
  { ...python, id: 'python-indent-4', label: 'Python json.dumps(obj, indent=4)', chars: pythonAsciiChars, layout: indented('    ') },
  { ...php, id: 'php-default', label: 'PHP json_encode(json_decode($body))', chars: phpDefaultChars, layout: flat(',', ':') },
  { ...php, id: 'php-unescaped-slashes', label: 'PHP json_encode($value, JSON_UNESCAPED_SLASHES)', chars: phpChars({ unescapedSlashes: true, unescapedUnicode: false }), layout: flat(',', ':') },
  { ...php, id: 'php-unescaped-unicode', label: 'PHP json_encode($value, JSON_UNESCAPED_UNICODE)', chars: phpChars({ unescapedSlashes: false, unescapedUnicode: true }), layout: flat(',', ':') },
  { ...php, id: 'php-unescaped-both', label: 'PHP json_encode($value, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE)', chars: phpChars({ unescapedSlashes: true, unescapedUnicode: true }), layout: flat(',', ':') },
  { ...php, id: 'php-pretty', label: 'PHP json_encode($value, JSON_PRETTY_PRINT)', chars: phpDefaultChars, layout: indented('    ') },
  {
    id: 'go', label: 'Go json.Marshal (map[string]any; struct fields keep their order)', language: 'go', chars: goChars,
    number: goNumber, layout: flat(',', ':'), members: lastValueAtFirstPosition, compareKeys: compareCodePoints,
    sortsByDefault: true, parseString: goString, decodeFails: goDecodeFails,
  },
  {
    id: 'gson', label: 'Gson toJson(JsonParser.parseString(body))', language: 'java', chars: gsonChars, number: gsonNumber,
    layout: flat(',', ':'), compareKeys: compareUtf16,
    // serializeNulls() is off by default: a member whose value is null is left out (array elements stay).
    members: (entries) => lastValueAtFirstPosition(entries).filter(([, member]) => member.kind !== 'null'),
  },
  {
    id: 'dotnet', label: '.NET System.Text.Json (default encoder)', language: 'csharp', chars: dotnetChars,
    number: lexemeNumber, layout: flat(',', ':'), members: lastValueAtFirstPosition, compareKeys: compareUtf16,
  },
  {
    id: 'jackson-pretty', label: 'Jackson writerWithDefaultPrettyPrinter()', language: 'java', chars: jacksonChars,
    number: jacksonNumber, layout: { style: 'jackson' }, members: lastValueAtFirstPosition, compareKeys: compareUtf16,
    decodeFails: jacksonDecodeFails,
  },
];

/** Every dialect, most common first within each language. */
export const DIALECTS: readonly Dialect[] = SPECS.map(makeDialect);

const BY_ID = new Map(DIALECTS.map((dialect) => [dialect.id, dialect]));

/** The dialect with this id (every `DialectId` has one). */
export function dialectById(id: DialectId): Dialect {
  const dialect = BY_ID.get(id);
  if (dialect === undefined) throw new Error(`Unknown dialect ${id}`);
  return dialect;
}
