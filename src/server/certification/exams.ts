import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { RUBRIC_VERSION } from '../../../scoring/index.ts';
import {
  drawExam,
  gradeExam,
  randomExamSeed,
  scenarioResultFromGrades,
} from '../../certification/index.ts';
import type {
  CertificationTrack,
  Eligibility,
  ExamGrade,
  ExamSubmission,
  ExamVerdict,
} from '../../certification/index.ts';
import { startAttempt } from '../../simulator/engine.ts';
import type { SimulationState } from '../../simulator/engine.ts';
import type { Queryable } from '../accounts.ts';
import { parseOrRefuse } from '../accounts.ts';
import type { Actor } from '../actor.ts';
import type { AttemptView } from '../attempt-view.ts';
import { isStaff, requireActor, requireRole, STAFF_ROLES } from '../authorisation.ts';
import {
  attempts,
  certificates,
  examAttempts,
  examDisputes,
  examGrades,
  examOverrides,
  examReviews,
  exams,
  memberships,
  users,
} from '../db/schema.ts';
import { newId } from '../ids.ts';
import { actOnAttempt, getAttempt } from '../practice.ts';
import type { PracticeActionInput } from '../practice-input.ts';
import { ServiceError } from '../service-error.ts';
import {
  AllowRetryInputSchema,
  ExamActInputSchema,
  ExamGetInputSchema,
  ExamIdInputSchema,
  FlagInputSchema,
  TrackIdInputSchema,
} from './inputs.ts';
import { appendAudit } from './audit-log.ts';
import { certificateView, issueForExam } from './certificates.ts';
import type { CertificateView } from './certificates.ts';
import { clock } from './context.ts';
import type { CertificationContext } from './context.ts';
import { ATTEMPTS_ALLOWED, certificateOf, eligibilityOf } from './standing.ts';
import { libraryOf, trackRowOf } from './tracks.ts';

export type ExamRow = typeof exams.$inferSelect;
export type ExamStatus = ExamRow['status'];

/** An exam as the pages show it. */
export interface ExamView {
  examId: string;
  trackId: string;
  trackTitle: string;
  userId: string;
  holderName: string;
  status: ExamStatus;
  startedAt: string;
  /** When the exam's time runs out. */
  deadline: string;
  finishedAt: string | null;
  serverNow: string;
  rubricVersion: string;
  scenarios: {
    position: number;
    scenarioId: string;
    title: string;
    channel: string;
    attemptId: string | null;
    ended: boolean;
  }[];
  /** The scenario asked for; during the exam without scores (hints are off). */
  attempt?: AttemptView;
  /** Once handed in: the automatic grade, and the adjusted one after a manager's overrides. */
  grade: {
    automatic: ExamVerdict;
    adjusted: ExamVerdict | null;
    passed: boolean;
    rubricVersions: string[];
  } | null;
  /** Once handed in: each graded reply with its text and the scorer's report. */
  replies: ExamReplyView[];
  overrides: {
    id: string;
    scenarioId: string;
    turn: string;
    item: string | null;
    criterion: string;
    status: string;
    scorerStatus: string;
    reason: string;
    managerId: string;
    at: string;
  }[];
  disputes: { id: string; comment: string; at: string }[];
  reviews: {
    id: string;
    reason: string;
    detail: string;
    createdAt: string;
    resolvedAt: string | null;
  }[];
  certificate: CertificateView | null;
}

export interface ExamReplyView {
  scenarioId: string;
  turn: string;
  item?: string;
  text: string;
  report: NonNullable<SimulationState['grades'][number]['report']>;
}

function deadlineOf(row: Pick<ExamRow, 'startedAt' | 'track'>): Date {
  return new Date(
    row.startedAt.getTime() + (row.track as CertificationTrack).timeLimit.exam * 1000,
  );
}

function notFound(examId: string): ServiceError {
  return new ServiceError('NOT_FOUND', `examId: there is no exam \`${examId}\`.`, 'examId');
}

/** An exam the caller may read: their own, or any of their organisation's for staff. */
async function readableExam(db: Queryable, actor: Actor, examId: string, lock = false) {
  const query = db.select().from(exams).where(eq(exams.id, examId));
  const [row] = lock ? await query.for('update') : await query;
  if (row === undefined || row.organisationId !== actor.organisationId) throw notFound(examId);
  if (row.userId !== actor.userId && !isStaff(actor)) {
    throw new ServiceError(
      'FORBIDDEN',
      'examId: this exam belongs to someone else; open one of your own.',
      'examId',
    );
  }
  return row;
}

/** An exam the caller sits: their own only. */
async function ownExam(db: Queryable, actor: Actor, examId: string, lock = false) {
  const row = await readableExam(db, actor, examId, lock);
  if (row.userId !== actor.userId) {
    throw new ServiceError(
      'FORBIDDEN',
      'examId: only the person sitting this exam can do this.',
      'examId',
    );
  }
  return row;
}

async function attemptIdsOf(db: Queryable, examId: string): Promise<Map<number, string>> {
  const rows = await db.select().from(examAttempts).where(eq(examAttempts.examId, examId));
  return new Map(rows.map((row) => [row.position, row.attemptId]));
}

/** Shows scenario `position` for the first time: its attempt (mode exam) starts now. */
async function openPosition(
  tx: Queryable,
  context: CertificationContext,
  exam: ExamRow,
  position: number,
  now: Date,
): Promise<string> {
  const scenarioIds = exam.scenarioIds as string[];
  const scenarioId = scenarioIds[position];
  if (scenarioId === undefined) {
    throw new ServiceError(
      'BAD_REQUEST',
      `position: this exam has ${scenarioIds.length} scenarios, numbered from 0 to ${scenarioIds.length - 1}.`,
      'position',
    );
  }
  const existing = (await attemptIdsOf(tx, exam.id)).get(position);
  if (existing !== undefined) return existing;
  const scenario = context.catalog.get(scenarioId);
  if (scenario === undefined) {
    throw new ServiceError(
      'CONFLICT',
      `position: the scenario \`${scenarioId}\` is no longer in the library; ask a manager to look at this exam.`,
      'position',
    );
  }
  const attemptId = newId();
  await tx.insert(attempts).values({
    id: attemptId,
    organisationId: exam.organisationId,
    userId: exam.userId,
    scenarioId,
    mode: 'exam',
    rubricVersion: exam.rubricVersion,
    startedAt: now,
    state: startAttempt(scenario),
  });
  await tx.insert(examAttempts).values({ examId: exam.id, position, attemptId });
  return attemptId;
}

/**
 * Starts the caller's exam on a track: eligibility (attempts, cooldown, a current certificate, an
 * exam under way or in review) is checked, the scenarios are drawn here with a fresh seed, the
 * track and rubric version are frozen, and the first scenario is shown.
 */
export async function startExam(
  context: CertificationContext,
  caller: Actor | undefined,
  raw: { trackId: string },
): Promise<{ examId: string; eligibility: Eligibility; exam: ExamView }> {
  const actor = requireActor(caller);
  const input = parseOrRefuse(TrackIdInputSchema, raw);
  const row = await trackRowOf(context.db, actor.organisationId, input.trackId);
  const track = row.definition as CertificationTrack;
  const now = clock(context);
  await closeOverdueExams(context, { userId: actor.userId, trackRowId: row.id });
  const examId = await context.db.transaction(async (tx) => {
    // One start at a time per person and track, so two clicks cannot both pass eligibility.
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext(${`exam:${actor.userId}:${row.id}`}))`,
    );
    const eligibility = await eligibilityOf(tx, actor.userId, row.id, track, now);
    if (!eligibility.eligible) {
      throw new ServiceError('CONFLICT', `trackId: ${eligibility.message}`, 'trackId');
    }
    const draw = drawExam(track, libraryOf(context.catalog), randomExamSeed());
    if (!draw.ok) throw new ServiceError('CONFLICT', `trackId: ${draw.message}`, 'trackId');
    const [exam] = await tx
      .insert(exams)
      .values({
        id: newId(),
        organisationId: actor.organisationId,
        trackRowId: row.id,
        userId: actor.userId,
        seed: draw.seed,
        scenarioIds: draw.scenarioIds,
        track,
        rubricVersion: RUBRIC_VERSION,
        startedAt: now,
        status: 'in-progress',
      })
      .returning();
    if (exam === undefined) throw new Error('the exam was not saved');
    await openPosition(tx, context, exam, 0, now);
    await appendAudit(tx, {
      organisationId: actor.organisationId,
      actor: actor.userId,
      action: 'exam.started',
      payload: {
        examId: exam.id,
        trackId: track.id,
        seed: draw.seed,
        scenarioIds: draw.scenarioIds,
        rubricVersion: RUBRIC_VERSION,
      },
      at: now,
    });
    return exam.id;
  });
  const eligibility = await eligibilityOf(context.db, actor.userId, row.id, track, now);
  return {
    examId,
    eligibility,
    exam: (await getExam(context, actor, { examId, position: 0 })).exam,
  };
}

/** The attempt view without scores or failed criteria, for an exam under way. */
function withoutScores(view: AttemptView): AttemptView {
  return {
    ...view,
    score: null,
    state: {
      ...view.state,
      grades: view.state.grades.map(({ report: _report, ...grade }) => ({ ...grade, failed: [] })),
    },
  };
}

/**
 * One action in one scenario of the caller's exam, through the practice engine: timed and scored
 * on the server, answered without scores. Refused once the exam's time has run out (the exam is
 * then collected as it stands).
 */
export async function actInExam(
  context: CertificationContext,
  caller: Actor | undefined,
  raw: { examId: string; position: number; action: PracticeActionInput },
): Promise<{ exam: ExamView }> {
  const actor = requireActor(caller);
  const input = parseOrRefuse(ExamActInputSchema, raw);
  const exam = await ownExam(context.db, actor, input.examId);
  await refuseUnlessUnderWay(context, exam);
  const attemptId = (await attemptIdsOf(context.db, exam.id)).get(input.position);
  if (attemptId === undefined) {
    throw new ServiceError(
      'BAD_REQUEST',
      `position: scenario ${input.position} has not been shown yet; open it first.`,
      'position',
    );
  }
  await actOnAttempt(context, actor, { attemptId, action: input.action });
  return getExam(context, actor, { examId: exam.id, position: input.position });
}

async function refuseUnlessUnderWay(context: CertificationContext, exam: ExamRow): Promise<void> {
  if (exam.status !== 'in-progress') {
    throw new ServiceError('CONFLICT', 'examId: this exam has been handed in.', 'examId');
  }
  const deadline = deadlineOf(exam);
  if (clock(context).getTime() >= deadline.getTime()) {
    await closeOverdueExams(context, { examId: exam.id });
    throw new ServiceError(
      'CONFLICT',
      `examId: the exam's time ran out at ${deadline.toISOString()}; it was handed in as it stood.`,
      'examId',
    );
  }
}

/**
 * An exam: the caller's own, or any of the organisation's for staff. Asking for a scenario the
 * trainee has not seen yet shows it, which starts its clock. Pool examples are never included.
 */
export async function getExam(
  context: CertificationContext,
  caller: Actor | undefined,
  raw: { examId: string; position?: number | undefined },
): Promise<{ exam: ExamView }> {
  const actor = requireActor(caller);
  const input = parseOrRefuse(ExamGetInputSchema, raw);
  let row = await readableExam(context.db, actor, input.examId);
  if (row.status === 'in-progress' && clock(context) >= deadlineOf(row)) {
    await closeOverdueExams(context, { examId: row.id });
    row = await readableExam(context.db, actor, input.examId);
  }
  if (input.position !== undefined && row.status === 'in-progress' && row.userId === actor.userId) {
    const exam = row;
    const position = input.position;
    await context.db.transaction(async (tx) => {
      await tx.select({ id: exams.id }).from(exams).where(eq(exams.id, exam.id)).for('update');
      await openPosition(tx, context, exam, position, clock(context));
    });
  }
  return { exam: await examView(context, actor, row, input.position) };
}

async function examView(
  context: CertificationContext,
  actor: Actor,
  row: ExamRow,
  position: number | undefined,
): Promise<ExamView> {
  const db = context.db;
  const track = row.track as CertificationTrack;
  const scenarioIds = row.scenarioIds as string[];
  const ids = await attemptIdsOf(db, row.id);
  const attemptRows =
    ids.size === 0
      ? []
      : await db
          .select({ id: attempts.id, state: attempts.state })
          .from(attempts)
          .where(inArray(attempts.id, [...ids.values()]));
  const stateOf = new Map(attemptRows.map((a) => [a.id, a.state as SimulationState]));
  const [holder] = await db
    .select({ name: users.name })
    .from(users)
    .where(eq(users.id, row.userId));
  const [gradeRow] = await db.select().from(examGrades).where(eq(examGrades.examId, row.id));
  const overrides = await db
    .select()
    .from(examOverrides)
    .where(eq(examOverrides.examId, row.id))
    .orderBy(asc(examOverrides.createdAt));
  const disputes = await db
    .select()
    .from(examDisputes)
    .where(eq(examDisputes.examId, row.id))
    .orderBy(asc(examDisputes.createdAt));
  const reviews = await db
    .select()
    .from(examReviews)
    .where(eq(examReviews.examId, row.id))
    .orderBy(asc(examReviews.createdAt));
  const [certificateRow] = await db
    .select()
    .from(certificates)
    .where(eq(certificates.examId, row.id));
  const now = clock(context);
  let attempt: AttemptView | undefined;
  const attemptId = position === undefined ? undefined : ids.get(position);
  if (attemptId !== undefined) {
    const { view } = await getAttempt(context, actor, { attemptId });
    attempt = row.status === 'in-progress' ? withoutScores(view) : view;
  }
  const finished = row.status !== 'in-progress';
  return {
    examId: row.id,
    trackId: track.id,
    trackTitle: track.title,
    userId: row.userId,
    holderName: holder?.name ?? '',
    status: row.status,
    startedAt: row.startedAt.toISOString(),
    deadline: deadlineOf(row).toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    serverNow: now.toISOString(),
    rubricVersion: row.rubricVersion,
    scenarios: scenarioIds.map((scenarioId, index) => {
      const id = ids.get(index) ?? null;
      const scenario = context.catalog.get(scenarioId);
      return {
        position: index,
        scenarioId,
        title: scenario?.title ?? scenarioId,
        channel: scenario?.channel ?? '',
        attemptId: id,
        ended: id !== null && (stateOf.get(id)?.outcome ?? null) !== null,
      };
    }),
    ...(attempt === undefined ? {} : { attempt }),
    grade:
      gradeRow === undefined || !finished
        ? null
        : {
            automatic: gradeRow.automatic as ExamVerdict,
            adjusted: (gradeRow.adjusted as ExamVerdict | null) ?? null,
            passed: gradeRow.passed,
            rubricVersions: gradeRow.rubricVersions as string[],
          },
    replies: finished
      ? scenarioIds.flatMap((scenarioId, index) => {
          const id = ids.get(index);
          const state = id === undefined ? undefined : stateOf.get(id);
          return (state?.grades ?? []).flatMap((grade) =>
            grade.action === 'reply' && grade.report !== undefined
              ? [
                  {
                    scenarioId,
                    turn: grade.turn,
                    ...(grade.item === undefined ? {} : { item: grade.item }),
                    text: grade.text ?? '',
                    report: grade.report,
                  },
                ]
              : [],
          );
        })
      : [],
    overrides: overrides.map((o) => ({
      id: o.id,
      scenarioId: o.scenarioId,
      turn: o.turn,
      item: o.item,
      criterion: o.criterion,
      status: o.status,
      scorerStatus: o.scorerStatus,
      reason: o.reason,
      managerId: o.managerId,
      at: o.createdAt.toISOString(),
    })),
    disputes: disputes.map((d) => ({
      id: d.id,
      comment: d.comment,
      at: d.createdAt.toISOString(),
    })),
    reviews: reviews.map((r) => ({
      id: r.id,
      reason: r.reason,
      detail: r.detail,
      createdAt: r.createdAt.toISOString(),
      resolvedAt: r.resolvedAt?.toISOString() ?? null,
    })),
    certificate:
      certificateRow === undefined
        ? null
        : certificateView(certificateOf(certificateRow), now, context.key),
  };
}

/** What the exam's attempts add up to, as grading reads it. */
async function submissionOf(
  db: Queryable,
  exam: ExamRow,
  finishedAt: Date,
): Promise<ExamSubmission> {
  const scenarioIds = exam.scenarioIds as string[];
  const ids = await attemptIdsOf(db, exam.id);
  const rows =
    ids.size === 0
      ? []
      : await db
          .select({ id: attempts.id, state: attempts.state })
          .from(attempts)
          .where(inArray(attempts.id, [...ids.values()]));
  const stateOf = new Map(rows.map((a) => [a.id, a.state as SimulationState]));
  return {
    scenarioIds,
    results: scenarioIds.map((scenarioId, position) => {
      const id = ids.get(position);
      const state = id === undefined ? undefined : stateOf.get(id);
      return state === undefined
        ? { scenarioId, replies: [], actions: [] }
        : scenarioResultFromGrades(scenarioId, state.grades, state.clock);
    }),
    elapsedSeconds: Math.max(0, (finishedAt.getTime() - exam.startedAt.getTime()) / 1000),
  };
}

/**
 * Hands an exam in, inside a transaction holding its row: graded with the frozen track; to the
 * review queue when near the pass mark, flagged, or scored under another rubric version than
 * the one frozen at the start; otherwise passed (the certificate is issued at once) or failed.
 */
async function handIn(
  tx: Queryable,
  context: CertificationContext,
  exam: ExamRow,
  finishedAt: Date,
  by: string,
): Promise<void> {
  const track = exam.track as CertificationTrack;
  const submission = await submissionOf(tx, exam, finishedAt);
  const grade: ExamGrade = gradeExam(track, submission);
  const now = clock(context);
  const reasons: { reason: 'near-pass-mark' | 'rubric-changed'; detail: string }[] = [];
  if (grade.automatic.nearPassMark) {
    reasons.push({ reason: 'near-pass-mark', detail: grade.automatic.near.join(' ') });
  }
  const otherVersions = grade.rubricVersions.filter((version) => version !== exam.rubricVersion);
  if (otherVersions.length > 0) {
    reasons.push({
      reason: 'rubric-changed',
      detail: `Some replies were scored under rubric ${otherVersions.join(', ')}, not ${exam.rubricVersion} as frozen at the start.`,
    });
  }
  for (const { reason, detail } of reasons) {
    await tx.insert(examReviews).values({
      id: newId(),
      examId: exam.id,
      organisationId: exam.organisationId,
      reason,
      detail,
      createdBy: 'system',
      createdAt: now,
    });
  }
  const [open] = await tx
    .select({ id: examReviews.id })
    .from(examReviews)
    .where(and(eq(examReviews.examId, exam.id), isNull(examReviews.resolvedAt)))
    .limit(1);
  const status: ExamStatus = open !== undefined ? 'review' : grade.passed ? 'passed' : 'failed';
  await tx.insert(examGrades).values({
    examId: exam.id,
    submission,
    automatic: grade.automatic,
    adjusted: null,
    passed: grade.passed,
    rubricVersions: grade.rubricVersions,
    gradedAt: now,
    updatedAt: now,
  });
  await tx.update(exams).set({ status, finishedAt }).where(eq(exams.id, exam.id));
  const ids = [...(await attemptIdsOf(tx, exam.id)).values()];
  if (ids.length > 0) {
    await tx
      .update(attempts)
      .set({ finishedAt })
      .where(and(inArray(attempts.id, ids), isNull(attempts.finishedAt)));
  }
  await appendAudit(tx, {
    organisationId: exam.organisationId,
    actor: by,
    action: 'exam.graded',
    payload: {
      examId: exam.id,
      holderId: exam.userId,
      trackId: track.id,
      overall: grade.automatic.overall,
      passed: grade.passed,
      failures: grade.automatic.failures.map((check) => check.message),
      nearPassMark: grade.automatic.nearPassMark,
      rubricVersions: grade.rubricVersions,
      status,
    },
    at: now,
  });
  if (status === 'passed') {
    await issueForExam(tx, context.key, { ...exam, track }, grade, 'system', now);
  }
}

/** Hands in the caller's exam now. */
export async function finishExam(
  context: CertificationContext,
  caller: Actor | undefined,
  raw: { examId: string },
): Promise<{ exam: ExamView }> {
  const actor = requireActor(caller);
  const input = parseOrRefuse(ExamIdInputSchema, raw);
  await context.db.transaction(async (tx) => {
    const exam = await ownExam(tx, actor, input.examId, true);
    if (exam.status !== 'in-progress') {
      throw new ServiceError('CONFLICT', 'examId: this exam has already been handed in.', 'examId');
    }
    const deadline = deadlineOf(exam);
    const now = clock(context);
    await handIn(tx, context, exam, now < deadline ? now : deadline, actor.userId);
  });
  return getExam(context, actor, { examId: input.examId });
}

/**
 * Hands in exams whose time ran out, as they stood at the deadline (the server's doing, recorded
 * as `system`): one exam, one person's (on one track), or all of an organisation's.
 */
export async function closeOverdueExams(
  context: CertificationContext,
  which: { examId: string } | { userId: string; trackRowId?: string } | { organisationId: string },
): Promise<void> {
  const now = clock(context);
  const candidates = await context.db
    .select()
    .from(exams)
    .where(
      and(
        eq(exams.status, 'in-progress'),
        'examId' in which
          ? eq(exams.id, which.examId)
          : 'organisationId' in which
            ? eq(exams.organisationId, which.organisationId)
            : and(
                eq(exams.userId, which.userId),
                which.trackRowId === undefined ? undefined : eq(exams.trackRowId, which.trackRowId),
              ),
      ),
    );
  for (const candidate of candidates.filter((exam) => deadlineOf(exam) <= now)) {
    await context.db.transaction(async (tx) => {
      const [exam] = await tx.select().from(exams).where(eq(exams.id, candidate.id)).for('update');
      if (exam?.status !== 'in-progress') return;
      await handIn(tx, context, exam, deadlineOf(exam), 'system');
    });
  }
}

/**
 * The trainee asks for a manager's review, with a comment: an exam under way goes to the queue
 * when handed in, one already graded goes now. A passed exam needs no review.
 */
export async function flagExam(
  context: CertificationContext,
  caller: Actor | undefined,
  raw: { examId: string; comment: string },
): Promise<{ exam: ExamView }> {
  const actor = requireActor(caller);
  const input = parseOrRefuse(FlagInputSchema, raw);
  const comment = input.comment.trim();
  if (comment === '') {
    throw new ServiceError(
      'BAD_REQUEST',
      'comment: say what you think the scorer got wrong, so the manager knows where to look.',
      'comment',
    );
  }
  const now = clock(context);
  await context.db.transaction(async (tx) => {
    const exam = await ownExam(tx, actor, input.examId, true);
    if (exam.status === 'passed') {
      throw new ServiceError(
        'CONFLICT',
        'examId: this exam passed; there is nothing to review.',
        'examId',
      );
    }
    await tx.insert(examReviews).values({
      id: newId(),
      examId: exam.id,
      organisationId: exam.organisationId,
      reason: 'flagged',
      detail: comment,
      createdBy: actor.userId,
      createdAt: now,
    });
    if (exam.status === 'failed') {
      await tx.update(exams).set({ status: 'review' }).where(eq(exams.id, exam.id));
    }
    await appendAudit(tx, {
      organisationId: exam.organisationId,
      actor: actor.userId,
      action: 'exam.flagged',
      reason: comment,
      payload: { examId: exam.id, status: exam.status },
      at: now,
    });
  });
  return getExam(context, actor, { examId: input.examId });
}

export interface ExamSummary {
  examId: string;
  trackId: string;
  trackTitle: string;
  userId: string;
  holderName: string;
  status: ExamStatus;
  startedAt: string;
  finishedAt: string | null;
  overall: number | null;
  passed: boolean | null;
}

/**
 * Exams, newest first: the caller's own; staff may list anyone's in their organisation (all of
 * them when no user is named). Trainees also get their eligibility per track.
 */
export async function listExams(
  context: CertificationContext,
  caller: Actor | undefined,
  input: { userId?: string | undefined; trackId?: string | undefined } = {},
): Promise<{ exams: ExamSummary[] }> {
  const actor = requireActor(caller);
  if (input.userId !== undefined && input.userId !== actor.userId && !isStaff(actor)) {
    throw new ServiceError('FORBIDDEN', 'userId: you can list only your own exams.', 'userId');
  }
  const userId = isStaff(actor) ? input.userId : actor.userId;
  await closeOverdueExams(
    context,
    userId === undefined ? { organisationId: actor.organisationId } : { userId },
  );
  const trackRowId =
    input.trackId === undefined
      ? undefined
      : (await trackRowOf(context.db, actor.organisationId, input.trackId)).id;
  const rows = await context.db
    .select({
      exam: exams,
      holderName: users.name,
      automatic: examGrades.automatic,
      adjusted: examGrades.adjusted,
      passed: examGrades.passed,
    })
    .from(exams)
    .innerJoin(users, eq(users.id, exams.userId))
    .leftJoin(examGrades, eq(examGrades.examId, exams.id))
    .where(
      and(
        eq(exams.organisationId, actor.organisationId),
        userId === undefined ? undefined : eq(exams.userId, userId),
        trackRowId === undefined ? undefined : eq(exams.trackRowId, trackRowId),
      ),
    )
    .orderBy(desc(exams.startedAt));
  return {
    exams: rows.map(({ exam, holderName, automatic, adjusted, passed }) => {
      const track = exam.track as CertificationTrack;
      const verdict = (adjusted ?? automatic) as ExamVerdict | null;
      return {
        examId: exam.id,
        trackId: track.id,
        trackTitle: track.title,
        userId: exam.userId,
        holderName,
        status: exam.status,
        startedAt: exam.startedAt.toISOString(),
        finishedAt: exam.finishedAt?.toISOString() ?? null,
        overall: verdict?.overall ?? null,
        passed:
          exam.status === 'passed' ? true : exam.status === 'failed' ? false : (passed ?? null),
      };
    }),
  };
}

/** May the caller start this track's exam now, and if not, why and until when. */
export async function examEligibility(
  context: CertificationContext,
  caller: Actor | undefined,
  raw: { trackId: string },
): Promise<{ eligibility: Eligibility }> {
  const actor = requireActor(caller);
  const input = parseOrRefuse(TrackIdInputSchema, raw);
  const row = await trackRowOf(context.db, actor.organisationId, input.trackId);
  await closeOverdueExams(context, { userId: actor.userId, trackRowId: row.id });
  return {
    eligibility: await eligibilityOf(
      context.db,
      actor.userId,
      row.id,
      row.definition as CertificationTrack,
      clock(context),
    ),
  };
}

export { handIn as handInExam };

/**
 * A manager lets a person sit a track's exam again after using all their attempts (managers and
 * admins, never for themselves): failed attempts before now stop counting; the reason is kept in
 * the audit log, which is where eligibility reads the allowance from.
 */
export async function allowRetry(
  context: CertificationContext,
  caller: Actor | undefined,
  raw: { trackId: string; userId: string; reason: string },
): Promise<{ eligibility: Eligibility }> {
  const actor = requireRole(caller, STAFF_ROLES);
  const input = parseOrRefuse(AllowRetryInputSchema, raw);
  const reason = input.reason.trim();
  if (reason === '') {
    throw new ServiceError(
      'BAD_REQUEST',
      'reason: say why this person may try again; the reason is kept in the audit log.',
      'reason',
    );
  }
  if (input.userId === actor.userId) {
    throw new ServiceError(
      'FORBIDDEN',
      'userId: another manager must allow you more attempts.',
      'userId',
    );
  }
  const row = await trackRowOf(context.db, actor.organisationId, input.trackId);
  const [member] = await context.db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(
      and(
        eq(memberships.userId, input.userId),
        eq(memberships.organisationId, actor.organisationId),
      ),
    );
  if (member === undefined) {
    throw new ServiceError(
      'NOT_FOUND',
      `userId: there is no member \`${input.userId}\` in your organisation.`,
      'userId',
    );
  }
  const now = clock(context);
  await context.db.transaction((tx) =>
    appendAudit(tx, {
      organisationId: actor.organisationId,
      actor: actor.userId,
      action: ATTEMPTS_ALLOWED,
      reason,
      payload: { userId: input.userId, trackId: input.trackId, trackRowId: row.id },
      at: now,
    }),
  );
  return {
    eligibility: await eligibilityOf(
      context.db,
      input.userId,
      row.id,
      row.definition as CertificationTrack,
      now,
    ),
  };
}
