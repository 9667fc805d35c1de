import { describe, expect, it } from 'vitest';
import {
  applyFilter,
  filterHref,
  readFilter,
  sortForLibrary,
} from '../../src/client/library-filter.ts';
import type { LibraryScenario } from '../../src/client/library-filter.ts';
import { criterionSeries, scoreSeries, weakestCriteria } from '../../src/client/progress-series.ts';
import type { HistoryAttempt } from '../../src/client/progress-series.ts';

const card = (id: string, over: Partial<LibraryScenario>): LibraryScenario => ({
  id,
  title: id,
  summary: '',
  channel: 'x',
  kind: 'complaint',
  difficulty: 'easy',
  tags: [],
  best: null,
  attempts: 0,
  ...over,
});

const LIBRARY = [
  card('b', { channel: 'facebook', kind: 'troll', difficulty: 'hard' }),
  card('a', {}),
  card('c', { kind: 'crisis', difficulty: 'medium' }),
];

describe('library filter', () => {
  it.each([
    ['', ['b', 'a', 'c']],
    ['channel=x', ['a', 'c']],
    ['channel=x&kind=crisis', ['c']],
    ['difficulty=hard', ['b']],
    ['channel=all&kind=', ['b', 'a', 'c']],
    ['channel=myspace', []],
  ])('?%s keeps %j', (query, ids) => {
    expect(applyFilter(LIBRARY, readFilter(new URLSearchParams(query))).map((s) => s.id)).toEqual(
      ids,
    );
  });

  it('builds links that change one filter and keep the others', () => {
    const filter = readFilter(new URLSearchParams('channel=x&kind=troll'));
    expect(filterHref(filter, 'kind', null)).toBe('/practice?channel=x');
    expect(filterHref(filter, 'difficulty', 'hard')).toBe(
      '/practice?channel=x&kind=troll&difficulty=hard',
    );
    expect(filterHref(readFilter(new URLSearchParams()), 'channel', null)).toBe('/practice');
  });

  it('sorts easy first, then by title', () => {
    expect(sortForLibrary(LIBRARY).map((s) => s.id)).toEqual(['a', 'c', 'b']);
  });
});

const attempt = (
  day: number,
  criteria: HistoryAttempt['criteria'],
  score = 50,
): HistoryAttempt => ({
  attemptId: `a${day}`,
  scenarioId: 's',
  title: 'S',
  startedAt: `2026-11-${String(day).padStart(2, '0')}T10:00:00Z`,
  finishedAt: `2026-11-${String(day).padStart(2, '0')}T10:05:00Z`,
  score,
  outcome: 'resolved',
  criteria,
});

describe('progress series', () => {
  const history = [
    attempt(3, { apology: 'met', 'take-private': 'violated', thanks: 'n/a' }, 80),
    attempt(1, { apology: 'missed', 'take-private': 'missed', thanks: 'met' }, 20),
    attempt(2, { apology: 'met', 'take-private': 'met', thanks: 'missed' }, 60),
  ];

  it('orders each criterion oldest first, 1 for met and 0 otherwise, skipping n/a', () => {
    const series = criterionSeries(history);
    const apology = series.find((s) => s.criterion === 'apology');
    expect(apology?.values).toEqual([0, 1, 1]);
    expect(apology?.rolling).toEqual([0, 0.5, 2 / 3]);
    const thanks = series.find((s) => s.criterion === 'thanks');
    expect(thanks?.values).toEqual([1, 0]);
    expect(thanks?.times).toHaveLength(2);
  });

  it('names the weakest criteria by their recent rate', () => {
    const weakest = weakestCriteria(criterionSeries(history));
    expect(weakest.map((s) => [s.criterion, s.recentRate])).toEqual([
      ['take-private', 1 / 3],
      ['thanks', 0.5],
      ['apology', 2 / 3],
    ]);
    expect(weakestCriteria(criterionSeries(history), 1).map((s) => s.criterion)).toEqual([
      'take-private',
    ]);
  });

  it('lists scores over time', () => {
    expect(scoreSeries(history).values).toEqual([20, 60, 80]);
  });
});
