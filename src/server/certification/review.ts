import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import { checkOverrides, gradeExam } from '../../certification/index.ts';
import type {
  CertificationTrack,
  ExamSubmission,
  ExamVerdict,
  Override,
} from '../../certification/index.ts';
import type { CriterionId, Status } from '../../../scoring/index.ts';
import type { Queryable } from '../accounts.ts';
import { parseOrRefuse } from '../accounts.ts';
import type { Actor } from '../actor.ts';
import { requireActor, requireRole, STAFF_ROLES } from '../authorisation.ts';
import {
  certificates,
  examDisputes,
  examGrades,
  examOverrides,
  examReviews,
  exams,
  users,
} from '../db/schema.ts';
import { newId } from '../ids.ts';
import { ServiceError } from '../service-error.ts';
import { appendAudit } from './audit-log.ts';
import { issueForExam } from './certificates.ts';
import { clock } from './context.ts';
import type { CertificationContext } from './context.ts';
import { closeOverdueExams, getExam } from './exams.ts';
import type { ExamRow, ExamView } from './exams.ts';
import { DisputeInputSchema, ExamIdInputSchema, OverrideInputSchema } from './inputs.ts';
import type { OverrideInput } from './inputs.ts';

/** One exam in the review queue, with why it is there. */
export interface ReviewEntry {
  examId: string;
  trackId: string;
  trackTitle: string;
  userId: string;
  holderName: string;
  status: ExamRow['status'];
  finishedAt: string | null;
  /** The grade that stands (adjusted after overrides), and the scorer's. */
  overall: number | null;
  passed: boolean | null;
  automaticOverall: number | null;
  automaticPassed: boolean | null;
  overrides: number;
  disputes: number;
  reasons: {
    id: string;
    reason: string;
    detail: string;
    createdBy: string;
    createdAt: string;
    resolvedAt: string | null;
  }[];
}

/** The review queue (managers and admins): exams with an open review, or every reviewed one. */
export async function listReviews(
  context: CertificationContext,
  caller: Actor | undefined,
  input: { include?: 'open' | 'all' } = {},
): Promise<{ queue: ReviewEntry[] }> {
  const actor = requireRole(caller, STAFF_ROLES);
  const db = context.db;
  // An exam left to run out is collected first, so it shows here if it needs a review.
  await closeOverdueExams(context, { organisationId: actor.organisationId });
  const reviews = await db
    .select()
    .from(examReviews)
    .where(
      and(
        eq(examReviews.organisationId, actor.organisationId),
        input.include === 'all' ? undefined : isNull(examReviews.resolvedAt),
      ),
    )
    .orderBy(asc(examReviews.createdAt));
  const examIds = [...new Set(reviews.map((review) => review.examId))];
  if (examIds.length === 0) return { queue: [] };
  const rows = await db
    .select({ exam: exams, holderName: users.name, grade: examGrades })
    .from(exams)
    .innerJoin(users, eq(users.id, exams.userId))
    .leftJoin(examGrades, eq(examGrades.examId, exams.id))
    .where(inArray(exams.id, examIds))
    .orderBy(desc(exams.finishedAt));
  const overrideRows = await db
    .select({ examId: examOverrides.examId })
    .from(examOverrides)
    .where(inArray(examOverrides.examId, examIds));
  const disputeRows = await db
    .select({ examId: examDisputes.examId })
    .from(examDisputes)
    .where(inArray(examDisputes.examId, examIds));
  return {
    queue: rows.map(({ exam, holderName, grade }) => {
      const track = exam.track as CertificationTrack;
      const automatic = (grade?.automatic as ExamVerdict | undefined) ?? null;
      const adjusted = (grade?.adjusted as ExamVerdict | null | undefined) ?? null;
      return {
        examId: exam.id,
        trackId: track.id,
        trackTitle: track.title,
        userId: exam.userId,
        holderName,
        status: exam.status,
        finishedAt: exam.finishedAt?.toISOString() ?? null,
        overall: (adjusted ?? automatic)?.overall ?? null,
        passed: grade?.passed ?? null,
        automaticOverall: automatic?.overall ?? null,
        automaticPassed: automatic?.passed ?? null,
        overrides: overrideRows.filter((o) => o.examId === exam.id).length,
        disputes: disputeRows.filter((d) => d.examId === exam.id).length,
        reasons: reviews
          .filter((review) => review.examId === exam.id)
          .map((review) => ({
            id: review.id,
            reason: review.reason,
            detail: review.detail,
            createdBy: review.createdBy,
            createdAt: review.createdAt.toISOString(),
            resolvedAt: review.resolvedAt?.toISOString() ?? null,
          })),
      };
    }),
  };
}

/** An exam of the caller's organisation that someone else sat, locked for the transaction. */
async function reviewableExam(tx: Queryable, actor: Actor, examId: string): Promise<ExamRow> {
  const [exam] = await tx.select().from(exams).where(eq(exams.id, examId)).for('update');
  if (exam === undefined || exam.organisationId !== actor.organisationId) {
    throw new ServiceError('NOT_FOUND', `examId: there is no exam \`${examId}\`.`, 'examId');
  }
  if (exam.userId === actor.userId) {
    throw new ServiceError(
      'FORBIDDEN',
      'examId: this is your own exam; another manager must review it.',
      'examId',
    );
  }
  if (exam.status === 'in-progress') {
    throw new ServiceError(
      'CONFLICT',
      'examId: this exam is still under way; review it once it is handed in.',
      'examId',
    );
  }
  return exam;
}

async function openReview(
  tx: Queryable,
  exam: ExamRow,
  reason: 'override' | 'disputed',
  detail: string,
  by: string,
  now: Date,
): Promise<void> {
  const [open] = await tx
    .select({ id: examReviews.id })
    .from(examReviews)
    .where(and(eq(examReviews.examId, exam.id), isNull(examReviews.resolvedAt)))
    .limit(1);
  if (open === undefined) {
    await tx.insert(examReviews).values({
      id: newId(),
      examId: exam.id,
      organisationId: exam.organisationId,
      reason,
      detail,
      createdBy: by,
      createdAt: now,
    });
  }
}

async function hasCertificate(tx: Queryable, examId: string): Promise<boolean> {
  const rows = await tx
    .select({ id: certificates.id })
    .from(certificates)
    .where(eq(certificates.examId, examId));
  return rows.length > 0;
}

/**
 * A manager sets one criterion of one exam reply, with a written reason (managers and admins,
 * never on their own exam). Both grades are kept: the automatic one as it was, the adjusted one
 * re-computed from every override. The exam goes to (or stays in) the review queue until a
 * manager approves; a certificate already issued stands until it is revoked.
 */
export async function overrideCriterion(
  context: CertificationContext,
  caller: Actor | undefined,
  raw: OverrideInput,
): Promise<{ exam: ExamView }> {
  const actor = requireRole(caller, STAFF_ROLES);
  const input = parseOrRefuse(OverrideInputSchema, raw);
  const reason = input.reason.trim();
  if (reason === '') {
    throw new ServiceError(
      'BAD_REQUEST',
      'reason: write why the scorer was wrong here; the reason is kept with the grade.',
      'reason',
    );
  }
  const now = clock(context);
  await context.db.transaction(async (tx) => {
    const exam = await reviewableExam(tx, actor, input.examId);
    const [grade] = await tx.select().from(examGrades).where(eq(examGrades.examId, exam.id));
    if (grade === undefined) throw new Error(`exam ${exam.id} was handed in without a grade`);
    const submission = grade.submission as ExamSubmission;
    const override: Override = {
      scenarioId: input.scenarioId,
      turn: input.turn,
      ...(input.item === undefined ? {} : { item: input.item }),
      criterion: input.criterion,
      status: input.status,
      reason,
      by: actor.userId,
      at: now.toISOString(),
    };
    const problems = checkOverrides(submission, [override]);
    if (problems.length > 0) {
      throw new ServiceError(
        'BAD_REQUEST',
        `turn: ${problems.join(' ').replace(/^overrides\[0\]: /, '')}`,
        'turn',
      );
    }
    const reply = submission.results
      .find((result) => result.scenarioId === input.scenarioId)
      ?.replies.find((r) => r.turn === input.turn && (r.item ?? '') === (input.item ?? ''));
    const scorerStatus: Status = reply?.report.criteria[input.criterion].status ?? 'n/a';
    await tx.insert(examOverrides).values({
      id: newId(),
      examId: exam.id,
      scenarioId: input.scenarioId,
      turn: input.turn,
      item: input.item ?? null,
      criterion: input.criterion,
      status: input.status,
      scorerStatus,
      reason,
      managerId: actor.userId,
      createdAt: now,
    });
    const overrides = await overridesOf(tx, exam.id);
    const regraded = gradeExam(exam.track as CertificationTrack, submission, overrides);
    await tx
      .update(examGrades)
      .set({ adjusted: regraded.adjusted, passed: regraded.passed, updatedAt: now })
      .where(eq(examGrades.examId, exam.id));
    if (!(await hasCertificate(tx, exam.id))) {
      await openReview(tx, exam, 'override', reason, actor.userId, now);
      await tx.update(exams).set({ status: 'review' }).where(eq(exams.id, exam.id));
    }
    await appendAudit(tx, {
      organisationId: exam.organisationId,
      actor: actor.userId,
      action: 'exam.override',
      reason,
      payload: {
        examId: exam.id,
        holderId: exam.userId,
        scenarioId: input.scenarioId,
        turn: input.turn,
        item: input.item,
        criterion: input.criterion,
        scorer: scorerStatus,
        manager: input.status,
        automaticOverall: regraded.automatic.overall,
        adjustedOverall: regraded.adjusted?.overall ?? null,
        passed: regraded.passed,
      },
      at: now,
    });
  });
  return getExam(context, actor, { examId: input.examId });
}

/** Every override of an exam in the core's form, oldest first. */
export async function overridesOf(tx: Queryable, examId: string): Promise<Override[]> {
  const rows = await tx
    .select()
    .from(examOverrides)
    .where(eq(examOverrides.examId, examId))
    .orderBy(asc(examOverrides.createdAt));
  return rows.map((row) => ({
    scenarioId: row.scenarioId,
    turn: row.turn,
    ...(row.item === null ? {} : { item: row.item }),
    criterion: row.criterion as CriterionId,
    status: row.status as Status,
    reason: row.reason,
    by: row.managerId,
    at: row.createdAt.toISOString(),
  }));
}

/**
 * The trainee disagrees with their grade or an override, in a comment: it is kept beside the
 * grade and the exam goes back to the review queue (a certificate already issued stands).
 */
export async function disputeExam(
  context: CertificationContext,
  caller: Actor | undefined,
  raw: { examId: string; comment: string },
): Promise<{ exam: ExamView }> {
  const actor = requireActor(caller);
  const input = parseOrRefuse(DisputeInputSchema, raw);
  const comment = input.comment.trim();
  if (comment === '') {
    throw new ServiceError(
      'BAD_REQUEST',
      'comment: say what you disagree with and why, so the manager can look again.',
      'comment',
    );
  }
  const now = clock(context);
  await context.db.transaction(async (tx) => {
    const [exam] = await tx.select().from(exams).where(eq(exams.id, input.examId)).for('update');
    if (exam === undefined || exam.organisationId !== actor.organisationId) {
      throw new ServiceError(
        'NOT_FOUND',
        `examId: there is no exam \`${input.examId}\`.`,
        'examId',
      );
    }
    if (exam.userId !== actor.userId) {
      throw new ServiceError(
        'FORBIDDEN',
        'examId: only the person who sat this exam can dispute its grade.',
        'examId',
      );
    }
    if (exam.status === 'in-progress') {
      throw new ServiceError(
        'CONFLICT',
        'examId: this exam is still under way; hand it in first, or flag it for review.',
        'examId',
      );
    }
    await tx.insert(examDisputes).values({
      id: newId(),
      examId: exam.id,
      userId: actor.userId,
      comment,
      createdAt: now,
    });
    await openReview(tx, exam, 'disputed', comment, actor.userId, now);
    if (exam.status === 'failed') {
      await tx.update(exams).set({ status: 'review' }).where(eq(exams.id, exam.id));
    }
    await appendAudit(tx, {
      organisationId: exam.organisationId,
      actor: actor.userId,
      action: 'exam.disputed',
      reason: comment,
      payload: { examId: exam.id, status: exam.status },
      at: now,
    });
  });
  return getExam(context, actor, { examId: input.examId });
}

/**
 * A manager closes the review: the grade that stands (adjusted when there are overrides) decides,
 * and a pass earns its certificate now, issued by that manager.
 */
export async function approveReview(
  context: CertificationContext,
  caller: Actor | undefined,
  raw: { examId: string },
): Promise<{ exam: ExamView }> {
  const actor = requireRole(caller, STAFF_ROLES);
  const input = parseOrRefuse(ExamIdInputSchema, raw);
  const now = clock(context);
  await context.db.transaction(async (tx) => {
    const exam = await reviewableExam(tx, actor, input.examId);
    const open = await tx
      .select({ id: examReviews.id })
      .from(examReviews)
      .where(and(eq(examReviews.examId, exam.id), isNull(examReviews.resolvedAt)));
    if (open.length === 0) {
      throw new ServiceError('CONFLICT', 'examId: this exam is not in the review queue.', 'examId');
    }
    const [grade] = await tx.select().from(examGrades).where(eq(examGrades.examId, exam.id));
    if (grade === undefined) throw new Error(`exam ${exam.id} was handed in without a grade`);
    await tx
      .update(examReviews)
      .set({ resolvedAt: now, resolvedBy: actor.userId })
      .where(and(eq(examReviews.examId, exam.id), isNull(examReviews.resolvedAt)));
    const status = grade.passed ? 'passed' : 'failed';
    await tx.update(exams).set({ status }).where(eq(exams.id, exam.id));
    const verdict = (grade.adjusted ?? grade.automatic) as ExamVerdict;
    // A certificate already issued for this exam stands until a manager revokes it, even if the
    // review now fails the exam: revocation is a separate, reasoned decision.
    const certified = await hasCertificate(tx, exam.id);
    await appendAudit(tx, {
      organisationId: exam.organisationId,
      actor: actor.userId,
      action: 'exam.review-approved',
      payload: {
        examId: exam.id,
        holderId: exam.userId,
        passed: grade.passed,
        overall: verdict.overall,
        adjusted: grade.adjusted !== null,
        certificateStands: certified && !grade.passed,
      },
      at: now,
    });
    if (grade.passed && !certified) {
      const track = exam.track as CertificationTrack;
      const regraded = gradeExam(
        track,
        grade.submission as ExamSubmission,
        await overridesOf(tx, exam.id),
      );
      await issueForExam(tx, context.key, { ...exam, track }, regraded, actor.userId, now);
    }
  });
  return getExam(context, actor, { examId: input.examId });
}
