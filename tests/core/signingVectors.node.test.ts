// The signing vectors copied into tests/fixtures are checked here against Python's hashlib and hmac, run as a
// subprocess: an implementation that shares no code with ours, so a wrong copy cannot pass unnoticed.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/signingVectors.json';

const PYTHON = `
import hashlib, hmac, json, sys
for v in json.load(sys.stdin):
    secret_hash = hashlib.sha256(v["secret"].encode()).hexdigest()
    payload = f'{v["timestamp"]}.{v["body"]}'
    print(json.dumps([secret_hash, payload, hmac.new(secret_hash.encode(), payload.encode(), hashlib.sha256).hexdigest()]))
`;

describe('the copied signing vectors', () => {
  it('say where they come from and how to recompute them', () => {
    expect(fixture.source).toMatch(/shared\/vectors\/signing\.json/);
    expect(fixture.recompute).toMatch(/hmac\.new/);
    expect(fixture.vectors.length).toBeGreaterThanOrEqual(6);
  });

  it("match Python's hmac for every vector", () => {
    const lines = execFileSync('python3', ['-c', PYTHON], { input: JSON.stringify(fixture.vectors), encoding: 'utf8' })
      .trim().split('\n').map((line) => JSON.parse(line) as [string, string, string]);
    expect(lines).toEqual(fixture.vectors.map((v) => [v.secretHash, v.payload, v.signature]));
  });
});
