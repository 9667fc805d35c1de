import { scoreReply } from '../../scoring/index.ts';
import type { CriterionId, ScoreInput, ScoreReport, Status } from '../../scoring/index.ts';

/** A highlighted span of the reply, as the command prints it. */
export interface EvidenceView {
  start: number;
  end: number;
  quote: string;
}

/** What the command prints of one criterion's verdict. */
export interface CriterionView {
  status: Status;
  title: string;
  message: string;
  suggestion: string;
  evidence: EvidenceView[];
}

/** The part of a score report the command prints; small enough to pass between threads cheaply. */
export interface ScoredReply {
  score: number;
  passed: boolean;
  criteria: Partial<Record<CriterionId, CriterionView>>;
}

/** The result of scoring one reply: the view, or why the scorer failed on it. */
export type ScoreOutcome = { ok: true; reply: ScoredReply } | { ok: false; error: string };

/** Keeps what the command prints of a report, in the report's criterion order. */
export function viewOfReport(report: ScoreReport): ScoredReply {
  const criteria: Partial<Record<CriterionId, CriterionView>> = {};
  for (const [id, result] of Object.entries(report.criteria) as [
    CriterionId,
    ScoreReport['criteria'][CriterionId],
  ][]) {
    criteria[id] = {
      status: result.status,
      title: result.title,
      message: result.message,
      suggestion: result.suggestion,
      evidence: result.evidence.map(({ start, end, quote }) => ({ start, end, quote })),
    };
  }
  return { score: report.score, passed: report.passed, criteria };
}

/** Scores one reply; a scorer failure becomes an outcome so one reply cannot stop a run. */
export function scoreOutcome(input: ScoreInput): ScoreOutcome {
  try {
    return { ok: true, reply: viewOfReport(scoreReply(input)) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
