/** The part of the Web Storage API drafts need, so tests can pass a map. */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const PREFIX = 'frontline:draft:';

export function draftKey(attemptId: string, slot: string): string {
  return `${PREFIX}${attemptId}:${slot}`;
}

interface StoredDraft {
  text: string;
  savedAt: number;
}

/**
 * Drafts saved as typed, one per attempt and turn. Storage may be missing, full or refuse access
 * (private windows); typing must go on regardless, so every failure is swallowed and reported as
 * `false`.
 */
export function createDraftStore(storage: DraftStorage | undefined, now: () => number = Date.now) {
  return {
    save(attemptId: string, slot: string, text: string): boolean {
      if (storage === undefined) return false;
      try {
        if (text === '') storage.removeItem(draftKey(attemptId, slot));
        else
          storage.setItem(
            draftKey(attemptId, slot),
            JSON.stringify({ text, savedAt: now() } satisfies StoredDraft),
          );
        return true;
      } catch {
        return false;
      }
    },
    load(attemptId: string, slot: string): string {
      if (storage === undefined) return '';
      try {
        const raw = storage.getItem(draftKey(attemptId, slot));
        if (raw === null) return '';
        const parsed: unknown = JSON.parse(raw);
        if (
          typeof parsed === 'object' &&
          parsed !== null &&
          'text' in parsed &&
          typeof parsed.text === 'string'
        )
          return parsed.text;
        return '';
      } catch {
        return '';
      }
    },
    clear(attemptId: string, slot: string): void {
      try {
        storage?.removeItem(draftKey(attemptId, slot));
      } catch {
        // A draft that cannot be removed is harmless: it belongs to a turn that is over.
      }
    },
  };
}

export type DraftStore = ReturnType<typeof createDraftStore>;

/** localStorage when the page may use it, otherwise nothing (drafts then live only in memory). */
export function browserDraftStorage(): DraftStorage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
