import type { CriterionId, ScoreReport } from '../../scoring/index.ts';
import type { ModerationAction } from './schema.ts';

/** The grade of one turn: a scored reply, or a moderation action judged by the scenario. */
export interface TurnGrade {
  turn: string;
  /** In a queue turn, the item handled. */
  item?: string;
  /** Seconds since the attempt started. */
  at: number;
  /** Seconds since the turn started: what the responsiveness target is measured on. */
  elapsedSeconds: number;
  action: 'reply' | ModerationAction;
  text?: string;
  report?: ScoreReport;
  /** A reply passes when the scorer passes it, no required criterion failed and nothing was violated. */
  passed: boolean;
  /** The criteria violated, and those the scenario expects (required or expected) that were missed. */
  failed: CriterionId[];
  /** For moderation actions: the scenario's one-sentence verdict. */
  feedback?: string;
}

const COUNTED = new Set(['required', 'expected']);

/**
 * Reads a report against the scenario's expectations. A criterion the scenario lists is held to
 * the scenario's expectation; any other to the expectation the scorer applied.
 */
export function readReport(
  report: ScoreReport,
  expectations: Partial<Record<CriterionId, string>>,
): { passed: boolean; failed: CriterionId[] } {
  const failed: CriterionId[] = [];
  let mustFail = false;
  for (const [id, result] of Object.entries(report.criteria) as [
    CriterionId,
    ScoreReport['criteria'][CriterionId],
  ][]) {
    const expectation = expectations[id] ?? result.expectation;
    // A violation is a mistake whatever the expectation (a public request for personal data in
    // a thread where going private is optional still fails); a miss counts only where expected.
    if (result.status === 'violated' || (result.status === 'missed' && COUNTED.has(expectation))) {
      failed.push(id);
      if (expectation === 'required' || result.status === 'violated') mustFail = true;
    }
  }
  return { passed: report.passed && !mustFail, failed };
}
