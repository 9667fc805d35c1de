import type { CriterionId, ScoreReport, Status } from '../../scoring/index.ts';
import type { Mark } from './highlight.ts';

/** One line of the live hint panel. */
export interface Hint {
  criterion: CriterionId;
  title: string;
  status: Status;
  message: string;
  suggestion: string;
  /** The spans that triggered it, with their text. */
  spans: { start: number; end: number; quote: string }[];
}

/** What the worker sends back for one draft: small, plain data. */
export interface HintResult {
  seq: number;
  score: number;
  passed: boolean;
  hints: Hint[];
  marks: Mark[];
}

const ORDER: Readonly<Record<Status, number>> = { violated: 0, missed: 1, met: 2, 'n/a': 3 };

/**
 * Turns a report into hints: violations first, then what is still missing, then what is met, in
 * rubric order within each group (the sort is stable); criteria that do not apply are left out.
 */
export function hintsFrom(report: ScoreReport, seq: number): HintResult {
  const hints: Hint[] = [];
  const marks: Mark[] = [];
  // The report lists criteria in rubric order; reading it keeps zod and the rubric out of the page.
  for (const result of Object.values(report.criteria)) {
    const id = result.id;
    if (result.status === 'n/a') continue;
    hints.push({
      criterion: id,
      title: result.title,
      status: result.status,
      message: result.message,
      suggestion: result.suggestion,
      spans: result.evidence.map(({ start, end, quote }) => ({ start, end, quote })),
    });
    for (const e of result.evidence)
      marks.push({
        criterion: id,
        status: result.status,
        messageId: e.messageId,
        start: e.start,
        end: e.end,
      });
  }
  hints.sort((a, b) => ORDER[a.status] - ORDER[b.status]);
  return { seq, score: report.score, passed: report.passed, hints, marks };
}

/** Evidence marks of a whole report, for the scorecard's highlighted reply. */
export function marksOf(report: ScoreReport): Mark[] {
  return hintsFrom(report, 0).marks;
}
