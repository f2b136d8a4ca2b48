// The request draft on disk, against a fake Storage: what is written is exactly the request fields and a version; a
// draft that is damaged, of another version, of the wrong types, carrying an unknown field or too large is removed
// and reported; a body over the limit or over the quota is left out and said so; turning the setting off forgets.
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  type Draft, DRAFT_STORAGE_KEY, type DraftStorage, loadDraft, MAX_DRAFT_BODY_CHARS, saveDraft,
} from '../../src/state/draftStorage.ts';
import { restoreDraft, useDraftStore, initialDraft } from '../../src/state/draftStore.ts';
import { initialRequest, useRequestStore } from '../../src/state/requestStore.ts';
import { initialSettings, useSettingsStore } from '../../src/state/settingsStore.ts';

/** A Map-backed Storage that refuses, like a browser with a full quota, any value longer than `quotaChars`. */
class FakeStorage implements DraftStorage {
  readonly items = new Map<string, string>();
  private readonly quotaChars: number;
  constructor(quotaChars = Infinity) {
    this.quotaChars = quotaChars;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (value.length > this.quotaChars) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

const draft: Draft = {
  method: 'PUT',
  path: '/messages/text?x=1',
  body: '{"to":"+14155550100","message":"héllo\\n ✓"}',
  baseUrl: 'https://api.example.com/api/v1/external',
  authMode: 'key-only',
  timestampMode: 'pinned',
  pinnedTimestamp: '1700000000',
  emptyBody: 'object',
};
const stored = { v: 1, ...draft };

let storage: FakeStorage;
beforeEach(() => {
  storage = new FakeStorage();
});

describe('saving and loading the draft', () => {
  it('writes the version and the request fields, nothing else, and reads them back', () => {
    expect(saveDraft({ ...draft, ...({ apiKey: 'pk_test_x', secret: 'sk_test_y' } as object) }, storage)).toEqual({ kind: 'kept' });
    expect(JSON.parse(storage.getItem(DRAFT_STORAGE_KEY)!)).toEqual(stored);
    expect(loadDraft(storage)).toEqual({ kind: 'restored', draft, droppedBodyChars: undefined });
  });

  it('finds nothing when nothing was kept, or when there is no storage at all', () => {
    expect(loadDraft(storage)).toEqual({ kind: 'none' });
    expect(loadDraft(undefined)).toEqual({ kind: 'none' });
    expect(saveDraft(draft, undefined)).toEqual({ kind: 'not-kept' });
  });

  it('finds nothing, without throwing, when reading storage throws', () => {
    const refusing: DraftStorage = {
      getItem: () => { throw new DOMException('denied', 'SecurityError'); },
      setItem: (key, value) => storage.setItem(key, value),
      removeItem: (key) => storage.removeItem(key),
    };
    expect(loadDraft(refusing)).toEqual({ kind: 'none' });
  });
});

describe('a kept draft that cannot be used is removed and reported', () => {
  const cases: Array<[string, string, 'damaged' | 'version' | 'too-large']> = [
    ['corrupt JSON', '{"v":1,"method":"POST",', 'damaged'],
    ['JSON that is not an object', '"hello"', 'damaged'],
    ['null', 'null', 'damaged'],
    ['an older version', JSON.stringify({ ...stored, v: 0 }), 'version'],
    ['a newer version', JSON.stringify({ ...stored, v: 2 }), 'version'],
    ['a method outside the list', JSON.stringify({ ...stored, method: 'FETCH' }), 'damaged'],
    ['a body that is not text', JSON.stringify({ ...stored, body: 42 }), 'damaged'],
    ['a missing field', JSON.stringify({ ...stored, path: undefined }), 'damaged'],
    ['an unknown auth mode', JSON.stringify({ ...stored, authMode: 'oauth' }), 'damaged'],
    ['a field the schema does not have', JSON.stringify({ ...stored, secret: 'sk_test_planted' }), 'damaged'],
    ['an entry far larger than any draft', JSON.stringify({ ...stored, body: 'x'.repeat(MAX_DRAFT_BODY_CHARS + 200_000) }), 'too-large'],
  ];
  for (const [name, text, reason] of cases) {
    it(name, () => {
      storage.items.set(DRAFT_STORAGE_KEY, text);
      expect(loadDraft(storage)).toEqual({ kind: 'dropped', reason });
      expect(storage.items.has(DRAFT_STORAGE_KEY)).toBe(false);
      expect(loadDraft(storage)).toEqual({ kind: 'none' }); // reported once, not on every visit
    });
  }

  it('whatever text is stored: never throws, and either restores a well-formed draft or removes the entry', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc.jsonValue().map((value) => JSON.stringify(value)),
      // Mostly the real field values with a few changed, so both outcomes are reached often.
      fc.record(Object.fromEntries(Object.keys(stored).map((key) => [key,
        fc.oneof({ arbitrary: fc.constant(stored[key as keyof typeof stored]), weight: 12 }, { arbitrary: fc.jsonValue(), weight: 1 })])))
        .map((value) => JSON.stringify(value)),
    );
    const outcomes = { restored: 0, dropped: 0 };
    fc.assert(fc.property(text, (value) => {
      storage.items.set(DRAFT_STORAGE_KEY, value);
      const loaded = loadDraft(storage);
      outcomes[loaded.kind === 'restored' ? 'restored' : 'dropped']++;
      if (loaded.kind === 'restored') {
        expect(storage.items.get(DRAFT_STORAGE_KEY)).toBe(value);
        expect(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']).toContain(loaded.draft.method);
        expect(typeof loaded.draft.path).toBe('string');
      } else {
        expect(loaded.kind).toBe('dropped');
        expect(storage.items.has(DRAFT_STORAGE_KEY)).toBe(false);
      }
    }), { numRuns: 1000 });
    expect(outcomes.restored).toBeGreaterThan(50);
    expect(outcomes.dropped).toBeGreaterThan(50);
  });
});

describe('a body too large to keep', () => {
  it('keeps a body of exactly the limit', () => {
    const body = 'x'.repeat(MAX_DRAFT_BODY_CHARS);
    expect(saveDraft({ ...draft, body }, storage)).toEqual({ kind: 'kept' });
    expect(loadDraft(storage)).toMatchObject({ kind: 'restored', draft: { body } });
  });

  it('keeps the request without a body one character over it, and says how long the body was', () => {
    expect(saveDraft({ ...draft, body: 'x'.repeat(2_000_001) }, storage))
      .toEqual({ kind: 'kept-without-body', reason: 'too-large', bodyChars: 2_000_001 });
    expect(storage.getItem(DRAFT_STORAGE_KEY)!.length).toBeLessThan(1000);
    const { body: _body, ...rest } = draft;
    expect(loadDraft(storage)).toEqual({ kind: 'restored', draft: { ...rest, body: undefined }, droppedBodyChars: 2_000_001 });
  });

  it('keeps the request without a body when the storage quota refuses it', () => {
    storage = new FakeStorage(500);
    expect(saveDraft({ ...draft, body: 'y'.repeat(600) }, storage)).toEqual({ kind: 'kept-without-body', reason: 'quota', bodyChars: 600 });
    expect(loadDraft(storage)).toMatchObject({ kind: 'restored', draft: { path: draft.path, body: undefined }, droppedBodyChars: 600 });
  });

  it('keeps nothing, and forgets an older draft, when even the request without a body is refused', () => {
    saveDraft(draft, storage);
    const full: DraftStorage = {
      getItem: (key) => storage.getItem(key),
      removeItem: (key) => storage.removeItem(key),
      setItem: () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); },
    };
    expect(saveDraft({ ...draft, path: '/templates' }, full)).toEqual({ kind: 'not-kept' });
    expect(loadDraft(storage)).toEqual({ kind: 'none' });
  });
});

describe('restoring into the editor', () => {
  beforeEach(() => {
    useRequestStore.setState(initialRequest, true);
    useSettingsStore.setState(initialSettings, true);
    useDraftStore.setState(initialDraft, true);
  });

  it('puts every kept field back, the base URL included', () => {
    saveDraft(draft, storage);
    restoreDraft(storage);
    const { baseUrl, ...request } = draft;
    expect(useRequestStore.getState()).toEqual(request);
    expect(useSettingsStore.getState().baseUrl).toBe(baseUrl);
    expect(useDraftStore.getState().notice).toBeUndefined();
  });

  it('restores a request whose body was left out with an empty body and a notice', () => {
    saveDraft({ ...draft, body: 'z'.repeat(MAX_DRAFT_BODY_CHARS + 5) }, storage);
    restoreDraft(storage);
    expect(useRequestStore.getState()).toMatchObject({ method: 'PUT', path: draft.path, body: '' });
    expect(useDraftStore.getState().notice).toEqual({ kind: 'restored-without-body', bodyChars: MAX_DRAFT_BODY_CHARS + 5 });
  });

  it('reports a damaged draft and leaves the default request', () => {
    storage.items.set(DRAFT_STORAGE_KEY, '{oops');
    restoreDraft(storage);
    expect(useRequestStore.getState()).toEqual(initialRequest);
    expect(useDraftStore.getState().notice).toEqual({ kind: 'dropped', reason: 'damaged' });
  });

  it('with the setting off, forgets what was kept instead of restoring it', () => {
    saveDraft(draft, storage);
    useSettingsStore.setState({ keepDraft: false });
    restoreDraft(storage);
    expect(storage.items.size).toBe(0);
    expect(useRequestStore.getState()).toEqual(initialRequest);
  });
});
