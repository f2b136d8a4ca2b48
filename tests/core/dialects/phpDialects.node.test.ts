// The PHP dialects against PHP's own json extension (json_encode(json_decode($body)), objects as stdClass),
// run once as a subprocess over the corpus plus random bodies. Sorted variants sort each object's properties with
// ksort(SORT_STRING), i.e. by bytes.
import { describe, expect, it } from 'vitest';
import { CORPUS } from './corpus.ts';
import { randomBodies } from './randomBodies.ts';
import { compareWithSerializer } from './compareWithSerializer.ts';

const PHP = `<?php
function sortRec($v) {
  if (is_array($v)) return array_map('sortRec', $v);
  if (!is_object($v)) return $v;
  $props = get_object_vars($v);
  ksort($props, SORT_STRING);
  $sorted = new stdClass();
  foreach ($props as $k => $x) { $sorted->{(string) $k} = sortRec($x); }
  return $sorted;
}
$variants = [
  'php-default' => 0, 'php-unescaped-slashes' => JSON_UNESCAPED_SLASHES, 'php-unescaped-unicode' => JSON_UNESCAPED_UNICODE,
  'php-unescaped-both' => JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE, 'php-pretty' => JSON_PRETTY_PRINT,
];
while (($line = fgets(STDIN)) !== false) {
  $value = json_decode(base64_decode(trim($line)));
  $loaded = json_last_error() === JSON_ERROR_NONE;
  $out = [];
  foreach ($variants as $name => $flags) {
    foreach ([false, true] as $sort) {
      $encoded = $loaded ? json_encode($sort ? sortRec($value) : $value, $flags) : false;
      $out[$name . ($sort ? ':sorted' : '')] = $encoded === false ? null : base64_encode($encoded);
    }
  }
  echo json_encode($out), "\\n";
}
`;

function compareWithPhp(bodies: readonly string[]): number {
  return compareWithSerializer('php', ['-r', PHP.replace('<?php', '')], bodies);
}

describe('PHP dialects match json_encode(json_decode($body)) byte for byte', () => {
  it('on the corpus (\\/ escapes, U+2028, float formats, 64-bit overflow, depth 512, NUL property names)', () => {
    const compared = compareWithPhp(CORPUS);
    console.log(`php dialects vs PHP on the corpus: ${compared} comparisons`);
    expect(compared).toBe(CORPUS.length * 10);
  });

  it('on random bodies', () => {
    const compared = compareWithPhp(randomBodies(400, 11));
    console.log(`php dialects vs PHP on random bodies: ${compared} comparisons`);
    expect(compared).toBe(4000);
  });
});
