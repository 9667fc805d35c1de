import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { calibrate } from '../../certification/index.ts';
import type { Calibration, CalibrationPair, ExamSubmission } from '../../certification/index.ts';
import { CRITERION_IDS } from '../../../scoring/index.ts';
import type { Actor } from '../actor.ts';
import { requireRole, STAFF_ROLES } from '../authorisation.ts';
import { examGrades, examReviews, exams, users } from '../db/schema.ts';
import type { CertificationContext } from './context.ts';
import { overridesOf } from './review.ts';

/** A reply and criterion where a manager and the scorer differ: where the scorer may be wrong. */
export interface Disagreement extends CalibrationPair {
  examId: string;
  holderName: string;
  scenarioId: string;
  turn: string;
  item?: string;
  /** The manager's reason, in their words. */
  reason: string;
  managerId: string;
}

export interface CalibrationView {
  /** Exams a manager reviewed and approved: every criterion that applied to their replies counts. */
  reviewedExams: number;
  pairs: number;
  /** Per criterion that applied: kappa, observed and chance agreement, confusion counts. */
  calibration: Calibration;
  /** The pairs that differ, with the reply's place and the manager's reason. */
  disagreements: Disagreement[];
}

const replyId = (examId: string, scenarioId: string, turn: string, item?: string) =>
  [examId, scenarioId, turn, ...(item === undefined ? [] : [item])].join('/');

/**
 * How far managers agree with the scorer, per criterion (Cohen's kappa and the confusion counts),
 * over the replies of every exam whose review a manager approved: where no override was made the
 * manager accepted the scorer's verdict. Criteria that applied to neither are left out.
 */
export async function getCalibration(
  context: CertificationContext,
  caller: Actor | undefined,
): Promise<CalibrationView> {
  const actor = requireRole(caller, STAFF_ROLES);
  const db = context.db;
  const reviewed = await db
    .selectDistinct({ examId: examReviews.examId })
    .from(examReviews)
    .where(
      and(eq(examReviews.organisationId, actor.organisationId), isNotNull(examReviews.resolvedAt)),
    );
  const examIds = reviewed.map((row) => row.examId);
  if (examIds.length === 0) {
    return { reviewedExams: 0, pairs: 0, calibration: calibrate([]), disagreements: [] };
  }
  const rows = await db
    .select({ examId: exams.id, holderName: users.name, submission: examGrades.submission })
    .from(exams)
    .innerJoin(users, eq(users.id, exams.userId))
    .innerJoin(examGrades, eq(examGrades.examId, exams.id))
    .where(inArray(exams.id, examIds));
  const pairs: CalibrationPair[] = [];
  const disagreements: Disagreement[] = [];
  for (const row of rows) {
    const submission = row.submission as ExamSubmission;
    const overrides = await overridesOf(db, row.examId);
    for (const result of submission.results) {
      for (const reply of result.replies) {
        for (const criterion of CRITERION_IDS) {
          const scorer = reply.report.criteria[criterion].status;
          const latest = overrides
            .filter(
              (o) =>
                o.criterion === criterion &&
                o.scenarioId === result.scenarioId &&
                o.turn === reply.turn &&
                (o.item ?? '') === (reply.item ?? ''),
            )
            .at(-1);
          const manager = latest?.status ?? scorer;
          if (scorer === 'n/a' && manager === 'n/a') continue;
          const pair: CalibrationPair = {
            replyId: replyId(row.examId, result.scenarioId, reply.turn, reply.item),
            criterion: criterion,
            manager,
            scorer,
          };
          pairs.push(pair);
          if (latest !== undefined && manager !== scorer) {
            disagreements.push({
              ...pair,
              examId: row.examId,
              holderName: row.holderName,
              scenarioId: result.scenarioId,
              turn: reply.turn,
              ...(reply.item === undefined ? {} : { item: reply.item }),
              reason: latest.reason,
              managerId: latest.by,
            });
          }
        }
      }
    }
  }
  return {
    reviewedExams: rows.length,
    pairs: pairs.length,
    calibration: calibrate(pairs),
    disagreements,
  };
}
