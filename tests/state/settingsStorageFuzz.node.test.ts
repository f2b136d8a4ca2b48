// Settings storage against whatever another tab, an old version or a hand edit left in localStorage: reading never
// throws and yields only the allowed keys with primitive values; writing an object that carries credentials (as a
// careless spread of the whole state would) stores none of them.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSettings, saveSettings } from '../../src/state/settingsStorage.ts';

const ALLOWED = ['theme', 'baseUrl', 'snippetLanguage', 'idleClearMinutes', 'clearOnPageHide', 'keepDraft'];
const store = new Map<string, string>();
const memoryStorage = {
  getItem: (key: string) => store.get(key) ?? null,
  setItem: (key: string, value: string) => void store.set(key, value),
};

beforeAll(() => {
  (globalThis as { localStorage?: unknown }).localStorage = memoryStorage;
});
afterAll(() => {
  delete (globalThis as { localStorage?: unknown }).localStorage;
});

const storedText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.dictionary(fc.constantFrom(...ALLOWED, 'apiKey', 'secret', '__proto__', 'constructor'), fc.jsonValue()).map((value) => JSON.stringify(value)),
);

describe('settings storage', () => {
  it('reads anything stored without throwing, keeping only allowed primitive settings', () => {
    let runs = 0;
    fc.assert(fc.property(storedText, (text) => {
      runs++;
      store.set('coext-explorer:settings:v1', text);
      const settings = loadSettings();
      for (const [key, value] of Object.entries(settings)) {
        expect(ALLOWED).toContain(key);
        expect(['string', 'number', 'boolean']).toContain(typeof value);
      }
    }), { numRuns: 2000 });
    console.log(`loadSettings: ${runs} stored values read, none threw, none yielded a key outside the list`);
  });

  it('never writes a credential, whatever object it is given', () => {
    fc.assert(fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (apiKey, secret) => {
      saveSettings({ theme: 'dark', ...({ apiKey, secret, secretSha256: secret } as object) });
      expect(JSON.parse(store.get('coext-explorer:settings:v1')!)).toEqual({ theme: 'dark' });
    }), { numRuns: 300 });
  });
});
