import { describe, expect, it } from 'vitest';
import { createDraftStore, draftKey } from '../../src/client/draft-store.ts';
import type { DraftStorage } from '../../src/client/draft-store.ts';

function memoryStorage(): DraftStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

describe('draft store', () => {
  it('restores what was typed for the same attempt and turn only', () => {
    const storage = memoryStorage();
    const drafts = createDraftStore(storage);
    drafts.save('a1', 'opening#1', 'Sorry Priya,');
    expect(createDraftStore(storage).load('a1', 'opening#1')).toBe('Sorry Priya,');
    expect(drafts.load('a1', 'still-waiting#2')).toBe('');
    expect(drafts.load('a2', 'opening#1')).toBe('');
  });

  it('removes the draft when the text is emptied or the reply is sent', () => {
    const storage = memoryStorage();
    const drafts = createDraftStore(storage);
    drafts.save('a1', 't', 'x');
    drafts.save('a1', 't', '');
    expect(storage.map.size).toBe(0);
    drafts.save('a1', 't', 'x');
    drafts.clear('a1', 't');
    expect(storage.map.size).toBe(0);
  });

  it.each([
    ['storage is missing', undefined],
    [
      'storage throws (full or forbidden)',
      {
        getItem: () => {
          throw new Error('SecurityError');
        },
        setItem: () => {
          throw new Error('QuotaExceededError');
        },
        removeItem: () => {
          throw new Error('SecurityError');
        },
      },
    ],
  ])('keeps typing working when %s', (_name, storage) => {
    const drafts = createDraftStore(storage);
    expect(drafts.save('a1', 't', 'text')).toBe(false);
    expect(drafts.load('a1', 't')).toBe('');
    expect(() => drafts.clear('a1', 't')).not.toThrow();
  });

  it.each([['not json'], ['{"text":42}'], ['null']])('ignores a corrupt entry %s', (raw) => {
    const storage = memoryStorage();
    storage.map.set(draftKey('a1', 't'), raw);
    expect(createDraftStore(storage).load('a1', 't')).toBe('');
  });
});
