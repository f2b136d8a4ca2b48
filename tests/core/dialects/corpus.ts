// Bodies the dialect cross-checks run through every real serializer. Each targets a rule from MISMATCHES.md §3:
// escaping (non-ASCII, astral, DEL, U+2028/2029, HTML characters, slashes, controls), numbers (§3.2),
// empties and nesting, duplicate and integer-like keys, lone surrogates, and what makes a serializer fail.

const numbers = [
  '1.0', '1', '-0', '-0.0', '0', '0.0', '1e16', '1e17', '1e15', '123456789.0', '1e21', '1e-5', '1e-4', '0.00012', '1e-7',
  '12345678901234567890', '9223372036854775807', '9223372036854775808', '-9223372036854775808', '-9223372036854775809',
  '0.1', '1.5e300', '1E2', '1.50', '5e-324', '2.5e-5', '1e22', '0.001', '1e7', '9999999.0', '-1.5e-300', '2e-323',
  '0.30000000000000004', '100', '-12.5E-3', '1e+2', '123456789012345678.5',
];

export const CORPUS: readonly string[] = [
  '{"to":"+919876543210","message":"Hello from Coext ☕"}',
  '{"message":"héllo wörld","name":"Zoë Ångström"}',
  '{"emoji":"😀 astral 𝄞","k😀":1}',
  '{"del":"raw \u007f DEL","escaped":"\\u007f"}',
  '{"ls":"raw \u2028 and \u2029","escaped":"\\u2028\\u2029"}',
  '{"html":"</script><b>&amp;\'=+`"}',
  '{"slash":"a/b\\/c","url":"https://example.com/a?b=c&d=e"}',
  '{"ctrl":"\\u0000\\u0001\\u001f\\b\\f\\n\\r\\t\\"\\\\","upper":"\\u00E9\\u001F"}',
  `[${numbers.join(',')}]`,
  '{"i":1,"f":1.0,"g":1.50,"big":12345678901234567890,"e":1e21,"s":"a/b","n":null}',
  '[1e400]',
  '{"neg":-1e400}',
  '{"o":{},"l":[],"n":[[],{},[{}]],"deep":{"a":{"b":{"c":[]}}},"mixed":[1,{"x":[2,{"y":{}}]},[]]}',
  '{"a":1,"b":2,"a":3}',
  '{"a":{"x":1},"a":{"y":2}}',
  '{"b":1,"2":2,"a":3,"1":4,"10":5,"01":6,"4294967295":7,"4294967294":8,"-1":9}',
  '{"\\u00e9":1,"e":2,"\\ud83d\\ude00":3,"\\uffff":4,"Z":5,"":6,"a":{"z":1,"y":2}}',
  '"\\ud800"',
  '{"x":"a\\udc00b","y":"\\ud83d"}',
  '{"\\ud800":1,"\\udc00":2}',
  '{"\\u0000":1}',
  '{"a\\u0000":1}',
  'null', 'true', 'false', '"plain"', '42', '-0', '4.50', '[]', '{}', '""',
  '  {"ws" : [ 1 , 2 ] , "t" :true}  \n',
  '{"n":null,"x":[null],"o":{"m":null}}',
  '{"nested":[[[[["five"]]]]]}',
  // Jackson's StreamReadConstraints cap number text at 1000 characters; Gson reads a number of 1024 or more as a
  // string (it no longer fits its read buffer); CPython refuses integers over 4300 digits.
  `[${'1'.repeat(1000)},-${'2'.repeat(999)}]`,
  `[${'1'.repeat(1001)}]`,
  `[-${'1'.repeat(1000)}]`,
  `[0.${'1'.repeat(998)}]`,
  `[0.${'1'.repeat(999)}]`,
  `{"a":${'1'.repeat(1023)},"b":[${'2'.repeat(1024)}]}`,
  `[1.${'1'.repeat(1022)}]`,
  '[' + '1'.repeat(4300) + ']',
  '[' + '1'.repeat(4301) + ']',
  '['.repeat(511) + ']'.repeat(511),
  '['.repeat(512) + ']'.repeat(512),
  '{"a":'.repeat(511) + '1' + '}'.repeat(511),
];
