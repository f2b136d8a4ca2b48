import { describe, expect, it } from 'vitest';
import { vectors } from '../fixtures/signingVectors.json';
import { signRequest } from '../../src/core/signing.ts';

describe('signRequest reproduces every shared vector in Chromium', () => {
  for (const vector of vectors) {
    it(vector.note, async () => {
      const steps = await signRequest({ secret: vector.secret, timestamp: vector.timestamp, body: vector.body });
      expect(steps.secretHash.output).toBe(vector.secretHash);
      expect(steps.payload.output).toBe(vector.payload);
      expect(steps.signature.output).toBe(vector.signature);
    });
  }
});
