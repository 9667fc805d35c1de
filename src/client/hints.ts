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
  /** Characters of the draft that was scored: the panel shows it so a bench can tell which keystroke it answers. */
  length?: number;
  /** Milliseconds the worker spent scoring it. */
  scoreMs?: number;
  /** When the worker received the draft and when it answered, on the epoch clock (timeOrigin + now). */
  receivedAt?: number;
  answeredAt?: number;
}

/**
 * Turns a report into hints, one per criterion in rubric order, whatever its status: a row never
 * moves while the trainee types, only its verdict and text change (no layout shift).
 */
export function hintsFrom(report: ScoreReport, seq: number): HintResult {
  const hints: Hint[] = [];
  const marks: Mark[] = [];
  // The report lists criteria in rubric order; reading it keeps zod and the rubric out of the page.
  for (const result of Object.values(report.criteria)) {
    const id = result.id;
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
  return { seq, score: report.score, passed: report.passed, hints, marks };
}

/** Evidence marks of a whole report, for the scorecard's highlighted reply. */
export function marksOf(report: ScoreReport): Mark[] {
  return hintsFrom(report, 0).marks;
}
