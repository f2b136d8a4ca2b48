import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../src/sandbox/cliArgs.ts';
import { parseKeysFile } from '../../src/sandbox/keysFile.ts';
import { sha256Hex } from './nodeSigning.ts';

const entry = {
  name: 'Production',
  apiKey: 'pk_live_abc123',
  secret: 'sk_live_your_secret',
  rateLimitPerMinute: 60,
  expiresAt: null,
  allowedIps: ['10.0.0.0/8', '::1'],
  requireSignature: true,
};

describe('keys file', () => {
  it('keeps only the SHA-256 of a plain secret, never the secret', () => {
    const result = parseKeysFile(JSON.stringify([entry]), 'keys.json');
    expect(result).toEqual({
      ok: true,
      keys: [{
        name: 'Production',
        apiKey: 'pk_live_abc123',
        // The shared vectors' hash of sk_live_your_secret, computed independently.
        secretSha256: '09a3d089cccbe1e1cc088050ca582bb3819d921a96ccbb37bd0123633d014f3c',
        rateLimitPerMinute: 60,
        expiresAtMs: null,
        allowedIps: ['10.0.0.0/8', '::1'],
        requireSignature: true,
      }],
    });
    expect(JSON.stringify(result)).not.toContain('sk_live_your_secret');
  });

  it('accepts a pre-hashed secret and defaults the optional fields', () => {
    const hash = sha256Hex('sk_test_x');
    const result = parseKeysFile(
      JSON.stringify([{ name: 'A', apiKey: 'pk_test_a', secretSha256: hash, rateLimitPerMinute: 5, expiresAt: '2030-01-01T00:00:00Z' }]),
      'k.json',
    );
    expect(result).toMatchObject({
      ok: true,
      keys: [{ secretSha256: hash, expiresAtMs: Date.UTC(2030, 0, 1), allowedIps: [], requireSignature: false }],
    });
  });

  it.each([
    ['not JSON', '[{', /^Keys file k\.json is not valid JSON/],
    ['not an array', '{}', /^Keys file k\.json: .*array/],
    ['an empty array', '[]', /at least one key/],
    ['both secret kinds', JSON.stringify([{ ...entry, secretSha256: 'a'.repeat(64) }]), /at \[0\]: needs exactly one of "secret" or "secretSha256"/],
    ['neither secret kind', JSON.stringify([{ ...entry, secret: undefined }]), /exactly one of/],
    ['an uppercase hash', JSON.stringify([{ ...entry, secret: undefined, secretSha256: 'A'.repeat(64) }]), /at \[0\]\.secretSha256: must be 64 lowercase hex/],
    ['a bad IP', JSON.stringify([{ ...entry, allowedIps: ['10.0.0.300'] }]), /at \[0\]\.allowedIps\[0\]: must be an IP address or CIDR range/],
    ['a bad CIDR prefix', JSON.stringify([{ ...entry, allowedIps: ['10.0.0.0/33'] }]), /allowedIps\[0\]/],
    ['a fractional rate limit', JSON.stringify([{ ...entry, rateLimitPerMinute: 1.5 }]), /rateLimitPerMinute: must be a whole number/],
    ['a zero rate limit', JSON.stringify([{ ...entry, rateLimitPerMinute: 0 }]), /rateLimitPerMinute: must be at least 1/],
    ['a bad date', JSON.stringify([{ ...entry, expiresAt: 'tomorrow' }]), /expiresAt: must be an ISO 8601 date-time or null/],
    ['an unknown field', JSON.stringify([{ ...entry, revoked: true }]), /at \[0\]: .*revoked/],
    ['a duplicate key', JSON.stringify([entry, { ...entry, name: 'Copy' }]), /at \[1\]\.apiKey: duplicate key/],
    ['a key with spaces', JSON.stringify([{ ...entry, apiKey: 'pk live' }]), /at \[0\]\.apiKey/],
  ])('refuses %s with one line naming the problem', (_, text, message) => {
    const result = parseKeysFile(text, 'k.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(message);
    expect(result.error).not.toContain('\n');
  });
});

describe('CLI arguments', () => {
  it('defaults to the documented port, host and modes', () => {
    expect(parseCliArgs([])).toEqual({
      ok: true,
      options: { port: 8787, host: '127.0.0.1', keysFile: undefined, verify: 'raw', emptyBody: 'empty', trustProxy: false, help: false },
    });
    expect(parseCliArgs(['--port', '0', '--verify', 'reserialized', '--empty-body', 'object', '--trust-proxy', '--keys', 'k.json']))
      .toMatchObject({ ok: true, options: { port: 0, verify: 'reserialized', emptyBody: 'object', trustProxy: true, keysFile: 'k.json' } });
  });

  it.each([
    [['--port', '80a'], /--port must be a whole number/],
    [['--port', '70000'], /--port/],
    [['--verify', 'both'], /--verify must be "raw" or "reserialized", got "both"/],
    [['--empty-body', 'null'], /--empty-body must be "empty" or "object"/],
    [['--bogus'], /--bogus/],
    [['extra'], /extra/],
    [['--host', ''], /--host/],
  ])('refuses %j', (argv, message) => {
    const result = parseCliArgs(argv);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});
