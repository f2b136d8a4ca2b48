/**
 * The diagnoser's bench inputs: a ~2 kB JSON body signed with one planted mistake, with two, and with a wrong
 * secret (nothing reproduces it, so the search runs to the end). Signed with node:crypto and the Python body made by
 * python3's own json module, independently of src/ (as tests/support/plantMistakes.mjs does).
 */
import { execFileSync } from 'node:child_process';
import { createHash, createHmac } from 'node:crypto';
import type { DiagnoseInput } from '../src/core/diagnose.ts';

const SECRET = 'sk_live_bench_0123456789abcdef0123';
const API_KEY = 'pk_live_bench_a1b2c3d4e5f6a7b8';
const TIMESTAMP = '1764300000';
const NOW_SECONDS = 1764300030;

export interface PlantedCase {
  name: string;
  /** The ids the verdict should carry; the bench reports a different verdict rather than fail on it. */
  expected: string[];
  input: DiagnoseInput;
}

/** A realistic message request of about `size` bytes of compact JSON, with non-ASCII text in it. */
function bodyNear(size: number): string {
  const items: Array<{ sku: string; name: string; qty: number }> = [];
  const body = () => JSON.stringify({ to: '+14155550100', message: 'Commande confirmée ☕ — merci !', items });
  for (let i = 0; body().length < size; i++) items.push({ sku: `SKU-${1000 + i}`, name: `Café crème n°${i}`, qty: (i % 5) + 1 });
  return body();
}

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const sign = (key: string, timestamp: string, body: string) => createHmac('sha256', key).update(`${timestamp}.${body}`, 'utf8').digest('hex');

function pythonDefault(json: string): string {
  return execFileSync('python3', ['-c', 'import json, sys\nsys.stdout.write(json.dumps(json.loads(sys.stdin.read())))'], { input: json, encoding: 'utf8' });
}

/** The three bench cases over one body of about `size` bytes. */
export function plantedCases(size = 2048): { cases: PlantedCase[]; bodyBytes: number; payloadBytes: number } {
  const sent = bodyNear(size);
  const signedPython = pythonDefault(sent);
  const request = (signature: string): DiagnoseInput => ({
    request: { timestamp: TIMESTAMP, body: sent, signature, method: 'POST', path: '/api/v1/external/messages/text', apiKey: API_KEY },
    secret: SECRET,
    nowSeconds: NOW_SECONDS,
  });
  const bodyBytes = Buffer.byteLength(sent, 'utf8');
  return {
    bodyBytes,
    payloadBytes: TIMESTAMP.length + 1 + bodyBytes,
    cases: [
      { name: 'one mistake', expected: ['body.python-default'], input: request(sign(sha256Hex(SECRET), TIMESTAMP, signedPython)) },
      { name: 'two mistakes', expected: ['key.raw-secret', 'body.python-default'], input: request(sign(SECRET, TIMESTAMP, signedPython)) },
      { name: 'full search (wrong secret)', expected: ['unreproduced'], input: request(sign(sha256Hex('sk_live_rotated_secret'), TIMESTAMP, sent)) },
    ],
  };
}
