import type { Channel, ThreadKind } from '../../scoring/index.ts';

/** One card of the library, as practice.library() sends it. */
export interface LibraryScenario {
  id: string;
  title: string;
  summary: string;
  channel: Channel;
  kind: ThreadKind;
  difficulty: string;
  tags: string[];
  best: number | null;
  attempts: number;
}

export interface LibraryFilter {
  channel: string | null;
  kind: string | null;
  difficulty: string | null;
}

const KEYS = ['channel', 'kind', 'difficulty'] as const;

/** Reads the filter from the page's query string; unknown values simply match nothing. */
export function readFilter(params: URLSearchParams): LibraryFilter {
  const value = (key: string) => {
    const v = params.get(key)?.trim();
    return v === undefined || v === '' || v === 'all' ? null : v;
  };
  return { channel: value('channel'), kind: value('kind'), difficulty: value('difficulty') };
}

export function applyFilter(
  scenarios: readonly LibraryScenario[],
  filter: LibraryFilter,
): LibraryScenario[] {
  return scenarios.filter((s) => KEYS.every((k) => filter[k] === null || s[k] === filter[k]));
}

/** The query string for a filter with one key changed, for filter links that work without JS. */
export function filterHref(filter: LibraryFilter, key: keyof LibraryFilter, value: string | null) {
  const params = new URLSearchParams();
  const next = { ...filter, [key]: value };
  for (const k of KEYS) {
    const v = next[k];
    if (v !== null) params.set(k, v);
  }
  const query = params.toString();
  return query === '' ? '/practice' : `/practice?${query}`;
}

const DIFFICULTY_ORDER: Readonly<Record<string, number>> = { easy: 0, medium: 1, hard: 2 };

/** Library order: easy first, then by title, so a newcomer starts at the top. */
export function sortForLibrary(scenarios: readonly LibraryScenario[]): LibraryScenario[] {
  return [...scenarios].sort(
    (a, b) =>
      (DIFFICULTY_ORDER[a.difficulty] ?? 9) - (DIFFICULTY_ORDER[b.difficulty] ?? 9) ||
      a.title.localeCompare(b.title),
  );
}
