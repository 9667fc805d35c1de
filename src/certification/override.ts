import { z } from 'zod';
import {
  CriterionIdSchema,
  GATE_CAP,
  PASS_MARK,
  RULES,
  StatusSchema,
} from '../../scoring/index.ts';
import type { CriterionResult, Gate, ScoreReport, Status } from '../../scoring/index.ts';

/** A manager's verdict on one criterion of one exam reply, replacing the scorer's, with the reason. */
export const OverrideSchema = z.strictObject({
  scenarioId: z.string().min(1, 'must name the scenario'),
  turn: z.string().min(1, 'must name the turn'),
  /** In a crisis queue, the item the reply answered. */
  item: z.string().min(1).optional(),
  criterion: CriterionIdSchema,
  status: StatusSchema,
  reason: z
    .string({ error: 'needs a written reason' })
    .trim()
    .min(1, 'needs a written reason: say why the scorer was wrong here'),
  /** The manager's user id. */
  by: z.string().min(1, 'must name the manager'),
  at: z.iso.datetime({
    offset: true,
    error: 'must be a date and time such as 2026-05-01T09:30:00Z',
  }),
});
export type Override = z.output<typeof OverrideSchema>;

/** A reply's place in an exam. */
export interface ReplyRef {
  scenarioId: string;
  turn: string;
  item?: string | undefined;
}

/** The same reply? Used to pair overrides, grades and calibration records. */
export function sameReply(a: ReplyRef, b: ReplyRef): boolean {
  return a.scenarioId === b.scenarioId && a.turn === b.turn && (a.item ?? '') === (b.item ?? '');
}

/** `scenario / turn` or `scenario / turn / item`, as the review queue shows a place. */
export function describeReply(ref: ReplyRef): string {
  return [ref.scenarioId, ref.turn, ...(ref.item === undefined ? [] : [ref.item])].join(' / ');
}

// Mirrors `counts` in scoring/rubric.ts; the parity test re-scores real reports to keep them equal.
function counts(result: CriterionResult): boolean {
  if (result.status === 'n/a' || result.weight === 0) return false;
  if (result.expectation === 'optional' || result.expectation === 'n/a')
    return result.status !== 'missed';
  return true;
}

function overridden(result: CriterionResult, status: Status, reason: string): CriterionResult {
  return {
    ...result,
    status,
    // A manager who agrees keeps the scorer's partial credit; one who grades `met` gives full credit.
    credit: status === result.status ? result.credit : status === 'met' ? 1 : 0,
    messageId: 'managerOverride',
    message: `A manager graded this ${status} (the scorer said ${result.status}): ${reason}`,
    suggestion: result.suggestion,
  };
}

/**
 * Re-grades a reply with some criteria set by a manager: the weights, expectations, gates and pass
 * mark are the rubric's, so the adjusted score is the one the scorer would give had it agreed
 * with the manager. The original report is left untouched.
 */
export function rescoreReport(
  report: ScoreReport,
  changes: readonly Pick<Override, 'criterion' | 'status' | 'reason'>[],
): ScoreReport {
  if (changes.length === 0) return report;
  const criteria = { ...report.criteria };
  for (const change of changes) {
    const result = criteria[change.criterion];
    criteria[change.criterion] = overridden(result, change.status, change.reason);
  }
  const results = Object.values(criteria);
  const counted = results.filter(counts);
  const total = counted.reduce((sum, result) => sum + result.weight, 0);
  const earned = counted.reduce((sum, result) => sum + result.weight * result.credit, 0);
  let score = total === 0 ? 100 : Math.round((100 * earned) / total);
  const gates: Gate[] = results
    .filter((result) => result.status === 'violated' && RULES[result.id].meta.gate !== undefined)
    .map((result) => ({ criterion: result.id, message: result.message }));
  if (gates.length > 0) score = Math.min(score, GATE_CAP);
  const requiredFailed = results.some(
    (result) =>
      result.expectation === 'required' &&
      (result.status === 'missed' || result.status === 'violated'),
  );
  const passed = gates.length === 0 && !requiredFailed && score >= PASS_MARK;
  const changed = changes.map((change) => change.criterion).join(', ');
  return {
    ...report,
    score,
    passed,
    gates,
    summary: `${score}/100, ${passed ? 'a pass' : 'not a pass'} after a manager's review of ${changed}.`,
    criteria: criteria,
  };
}
