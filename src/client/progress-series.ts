import type { CriterionId } from '../../scoring/index.ts';

type Verdict = 'met' | 'missed' | 'violated' | 'n/a';

/** One finished attempt, as practice.history() sends it. */
export interface HistoryAttempt {
  attemptId: string;
  scenarioId: string;
  title: string;
  startedAt: string;
  finishedAt: string | null;
  score: number | null;
  outcome: string | null;
  criteria: Partial<Record<CriterionId, Verdict>>;
}

/** A criterion's record over time: 1 for met, 0 for missed or violated; n/a is skipped. */
export interface CriterionSeries {
  criterion: CriterionId;
  /** Seconds since the epoch, oldest first. */
  times: number[];
  values: number[];
  /** The share met over the last `window` graded attempts. */
  recentRate: number;
  /** At each point, the share met over the `window` attempts up to it: the trend line. */
  rolling: number[];
  graded: number;
}

/** Per criterion, the attempts that graded it, oldest first. */
export function criterionSeries(
  attempts: readonly HistoryAttempt[],
  window = 5,
): CriterionSeries[] {
  const ordered = [...attempts].sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
  const byCriterion = new Map<CriterionId, { times: number[]; values: number[] }>();
  for (const attempt of ordered) {
    const time = Math.floor(Date.parse(attempt.finishedAt ?? attempt.startedAt) / 1000);
    for (const [id, verdict] of Object.entries(attempt.criteria) as [CriterionId, Verdict][]) {
      if (verdict === 'n/a') continue;
      const series = byCriterion.get(id) ?? { times: [], values: [] };
      series.times.push(time);
      series.values.push(verdict === 'met' ? 1 : 0);
      byCriterion.set(id, series);
    }
  }
  return [...byCriterion.entries()].map(([criterion, { times, values }]) => {
    const recent = values.slice(-window);
    return {
      criterion,
      times,
      values,
      recentRate: recent.reduce((sum, v) => sum + v, 0) / recent.length,
      rolling: values.map((_, i) => {
        const part = values.slice(Math.max(0, i + 1 - window), i + 1);
        return part.reduce((sum, v) => sum + v, 0) / part.length;
      }),
      graded: values.length,
    };
  });
}

/** The criteria met least often lately (below `threshold`), weakest first, at most `limit`. */
export function weakestCriteria(
  series: readonly CriterionSeries[],
  limit = 3,
  threshold = 0.8,
): CriterionSeries[] {
  return series
    .filter((s) => s.recentRate < threshold)
    .sort(
      (a, b) =>
        a.recentRate - b.recentRate ||
        b.graded - a.graded ||
        a.criterion.localeCompare(b.criterion),
    )
    .slice(0, limit);
}

/** Scores of finished attempts over time, for the overall line. */
export function scoreSeries(attempts: readonly HistoryAttempt[]): {
  times: number[];
  values: number[];
} {
  const scored = attempts
    .filter((a) => a.score !== null)
    .sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
  return {
    times: scored.map((a) => Math.floor(Date.parse(a.finishedAt ?? a.startedAt) / 1000)),
    values: scored.map((a) => a.score ?? 0),
  };
}
