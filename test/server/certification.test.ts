import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RUBRIC_VERSION } from '../../scoring/index.ts';
import type { ScoreInput } from '../../scoring/index.ts';
import { verificationCodeFor } from '../../src/certification/index.ts';
import type { Actor } from '../../src/server/actor.ts';
import { listAudit, verifyAudit } from '../../src/server/certification/audit-log.ts';
import { getCalibration } from '../../src/server/certification/calibration.ts';
import {
  listCertificates,
  revokeCertificateService,
  verifyCode,
} from '../../src/server/certification/certificates.ts';
import {
  actInExam,
  allowRetry,
  examEligibility,
  finishExam,
  getExam,
  listExams,
  startExam,
} from '../../src/server/certification/exams.ts';
import {
  approveReview,
  disputeExam,
  listReviews,
  overrideCriterion,
} from '../../src/server/certification/review.ts';
import { createTrack, listTracks, updateTrack } from '../../src/server/certification/tracks.ts';
import { verificationPage } from '../../src/server/certification/verify-page.ts';
import { auditLog, certificates, exams } from '../../src/server/db/schema.ts';
import { ServiceError } from '../../src/server/service-error.ts';
import {
  CLEAN_REPLY,
  CONTRADICTION_REPLY,
  FIXTURE_TRACK,
  NO_APOLOGY_REPLY,
  openCertificationWorld,
} from '../helpers/certification-world.ts';
import type { CertificationWorld } from '../helpers/certification-world.ts';
import { fakeScoreReply } from '../helpers/fake-scorer.ts';
import { testDatabaseKinds } from '../helpers/test-database.ts';

const DAY = 24 * 60 * 60 * 1000;

async function refusal(promise: Promise<unknown>): Promise<ServiceError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ServiceError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe.each(testDatabaseKinds())('certification services on %s', (kind) => {
  let world: CertificationWorld;

  beforeAll(async () => {
    world = await openCertificationWorld(kind);
    await createTrack(world.context, world.manager, { definition: FIXTURE_TRACK });
  }, 120_000);

  afterAll(async () => {
    await world?.handle.dispose();
  }, 60_000);

  /** Sits the track's exam with these replies, ten seconds apart, and hands it in. */
  async function sit(trainee: Actor, replies: readonly string[]) {
    const { examId, exam } = await startExam(world.context, trainee, { trackId: 'x-basics' });
    expect(exam.status).toBe('in-progress');
    for (const text of replies) {
      world.clock.advance(10_000);
      await actInExam(world.context, trainee, {
        examId,
        position: 0,
        action: { type: 'reply', text },
      });
    }
    world.clock.advance(10_000);
    return (await finishExam(world.context, trainee, { examId })).exam;
  }

  describe('tracks', () => {
    it('refuses a pool scenario that is not in the library, naming the pool entry', async () => {
      const error = await refusal(
        createTrack(world.context, world.manager, {
          definition: { ...FIXTURE_TRACK, id: 'bad', pool: ['branching', 'nope'] },
        }),
      );
      expect(error.code).toBe('BAD_REQUEST');
      expect(error.field).toBe('pool[1]');
      expect(error.message).toMatch(/^pool\[1\]: The pool names `nope`/);
    });

    it('refuses a pool scenario outside the track’s channels', async () => {
      const error = await refusal(
        createTrack(world.context, world.manager, {
          definition: { ...FIXTURE_TRACK, id: 'bad', pool: ['troll'] },
        }),
      );
      expect(error.message).toContain('`troll` is a instagram scenario');
    });

    it('refuses a malformed definition with the field named, and reads YAML with line numbers', async () => {
      const bad = await refusal(
        createTrack(world.context, world.manager, {
          definition: { ...FIXTURE_TRACK, id: 'bad', draw: 0 },
        }),
      );
      expect(bad.message).toMatch(/^draw: /);
      const yaml = await refusal(
        createTrack(world.context, world.manager, { yaml: 'id: y\ntitle: Y\ndraw: lots\n' }),
      );
      expect(yaml.message).toMatch(/draw \(line 3\)/);
    });

    it('refuses a second track with the same id, and trainees', async () => {
      expect(
        (await refusal(createTrack(world.context, world.manager, { definition: FIXTURE_TRACK })))
          .code,
      ).toBe('CONFLICT');
      expect(
        (await refusal(createTrack(world.context, world.trainee, { definition: FIXTURE_TRACK })))
          .code,
      ).toBe('FORBIDDEN');
    });

    it('shows managers the pool and trainees only its size', async () => {
      const staff = await listTracks(world.context, world.manager);
      expect(staff.tracks[0]?.definition?.pool).toEqual(['branching']);
      const trainee = await listTracks(world.context, world.trainee);
      expect(trainee.tracks[0]?.poolSize).toBe(1);
      expect(trainee.tracks[0]?.definition).toBeUndefined();
      expect(JSON.stringify(trainee)).not.toContain('branching');
    });
  });

  describe('an exam that passes', () => {
    let trainee: Actor;
    let examId = '';

    beforeAll(async () => {
      trainee = await world.person('trainee');
    });

    it('hides scores and example replies while the exam is under way', async () => {
      const started = await startExam(world.context, trainee, { trackId: 'x-basics' });
      examId = started.examId;
      expect(started.exam.scenarios).toHaveLength(1);
      world.clock.advance(20_000);
      const { exam } = await actInExam(world.context, trainee, {
        examId,
        position: 0,
        action: { type: 'reply', text: CLEAN_REPLY },
      });
      const text = JSON.stringify(exam);
      expect(exam.attempt?.turns[0]).not.toHaveProperty('report');
      expect(exam.attempt?.state.grades[0]).not.toHaveProperty('report');
      expect(exam.attempt?.scenario.modelReplies).toBeUndefined();
      expect(text).not.toContain('please DM us your order number and we will chase it today');
      expect(exam.attempt?.mode).toBe('exam');
      expect(exam.grade).toBeNull();
    });

    it('refuses another person’s turn and a second start while it is under way', async () => {
      const error = await refusal(
        actInExam(world.context, world.trainee, {
          examId,
          position: 0,
          action: { type: 'wait' },
        }),
      );
      expect(error.code).toBe('FORBIDDEN');
      const again = await refusal(startExam(world.context, trainee, { trackId: 'x-basics' }));
      expect(again.message).toContain('An exam attempt is under way');
    });

    it('grades on hand-in and issues a certificate at once', async () => {
      world.clock.advance(5_000);
      const { exam } = await finishExam(world.context, trainee, { examId });
      expect(exam.status).toBe('passed');
      expect(exam.grade?.automatic.overall).toBe(100);
      expect(exam.grade?.adjusted).toBeNull();
      expect(exam.grade?.automatic.checks.find((c) => c.rule === 'exam-time')?.actual).toBe(25);
      expect(exam.replies.map((r) => r.text)).toEqual([CLEAN_REPLY]);
      expect(exam.certificate?.state).toBe('valid');
      expect(exam.certificate?.genuine).toBe(true);
      expect(exam.certificate?.channels).toEqual(['x']);
      const verification = await verifyCode(world.context, exam.certificate?.code ?? '');
      expect(verification.outcome).toBe('valid');
      expect(verificationPage(verification).state).toBe('valid');
    });

    it('records the start, the grade and the certificate in the audit log', async () => {
      const rows = await world.handle.db
        .select({ action: auditLog.action, payload: auditLog.payload })
        .from(auditLog)
        .where(eq(auditLog.organisationId, world.organisationId));
      const mine = rows.filter((row) => (row.payload as { examId?: string }).examId === examId);
      expect(mine.map((row) => row.action)).toEqual([
        'exam.started',
        'exam.graded',
        'certificate.issued',
      ]);
      expect((await verifyAudit(world.handle.db, world.manager)).ok).toBe(true);
    });

    it('refuses a new exam while the certificate is valid', async () => {
      const { eligibility } = await examEligibility(world.context, trainee, {
        trackId: 'x-basics',
      });
      expect(eligibility).toMatchObject({ eligible: false, reason: 'already-certified' });
    });
  });

  describe('pass rules through full exams', () => {
    it('fails a gate violation whatever the score, enforces the cooldown and the attempts, until a manager allows more', async () => {
      const trainee = await world.person('trainee');
      const exam = await sit(trainee, [CONTRADICTION_REPLY]);
      expect(exam.status).toBe('failed');
      expect(exam.certificate).toBeNull();
      const gate = exam.grade?.automatic.failures.find((f) => f.rule === 'gate');
      expect(gate?.criterion).toBe('no-contradiction');
      const cooling = await refusal(startExam(world.context, trainee, { trackId: 'x-basics' }));
      expect(cooling.message).toMatch(/wait 1 ?d/);
      world.clock.advance(DAY);
      expect((await sit(trainee, [CONTRADICTION_REPLY])).status).toBe('failed');
      world.clock.advance(2 * DAY);
      const none = await refusal(startExam(world.context, trainee, { trackId: 'x-basics' }));
      expect(none.message).toContain('used all 2 attempts');
      const retry = { trackId: 'x-basics', userId: trainee.userId, reason: 'Coached since.' };
      expect((await refusal(allowRetry(world.context, trainee, retry))).code).toBe('FORBIDDEN');
      expect(
        (await refusal(allowRetry(world.context, world.manager, { ...retry, reason: ' ' }))).field,
      ).toBe('reason');
      const allowed = await allowRetry(world.context, world.manager, retry);
      expect(allowed.eligibility).toMatchObject({ eligible: true, attemptsLeft: 2 });
      const { entries } = await listAudit(world.handle.db, world.manager);
      expect(entries.at(-1)).toMatchObject({
        action: 'exam.attempts-allowed',
        reason: 'Coached since.',
        actor: world.manager.userId,
      });
      expect((await sit(trainee, [CLEAN_REPLY])).status).toBe('passed');
    });

    it('fails an exam with nothing answered', async () => {
      const trainee = await world.person('trainee');
      const exam = await sit(trainee, []);
      expect(exam.status).toBe('failed');
      expect(exam.grade?.automatic.failures.map((f) => f.rule)).toContain('unanswered');
    });

    it('collects an exam whose time ran out as it stood at the deadline', async () => {
      const trainee = await world.person('trainee');
      const { examId } = await startExam(world.context, trainee, { trackId: 'x-basics' });
      world.clock.advance(10_000);
      await actInExam(world.context, trainee, {
        examId,
        position: 0,
        action: { type: 'reply', text: CLEAN_REPLY },
      });
      world.clock.advance(2 * 60 * 60 * 1000);
      const late = await refusal(
        actInExam(world.context, trainee, { examId, position: 0, action: { type: 'wait' } }),
      );
      expect(late.message).toContain('time ran out');
      const { exam } = await getExam(world.context, trainee, { examId });
      expect(exam.status).toBe('passed');
      expect(exam.grade?.automatic.checks.find((c) => c.rule === 'exam-time')?.actual).toBe(3600);
      expect(Date.parse(exam.finishedAt ?? '')).toBe(Date.parse(exam.deadline));
    });

    it('collects an abandoned exam when a manager opens the queue, and queues it if near the mark', async () => {
      const trainee = await world.person('trainee');
      const { examId } = await startExam(world.context, trainee, { trackId: 'x-basics' });
      for (const text of [NO_APOLOGY_REPLY, CLEAN_REPLY]) {
        world.clock.advance(10_000);
        await actInExam(world.context, trainee, {
          examId,
          position: 0,
          action: { type: 'reply', text },
        });
      }
      world.clock.advance(2 * 60 * 60 * 1000);
      const { queue } = await listReviews(world.context, world.manager);
      expect(queue.find((entry) => entry.examId === examId)).toMatchObject({
        status: 'review',
        automaticOverall: 85,
      });
      const { exams: all } = await listExams(world.context, world.manager);
      expect(all.some((exam) => exam.status === 'in-progress')).toBe(false);
    });

    it('sends an exam scored under another rubric version than the one frozen to review', async () => {
      const trainee = await world.person('trainee');
      const { examId, exam: started } = await startExam(world.context, trainee, {
        trackId: 'x-basics',
      });
      expect(started.rubricVersion).toBe(RUBRIC_VERSION);
      const upgraded = {
        ...world.context,
        engine: {
          scoreReply: (input: ScoreInput) => ({
            ...fakeScoreReply(input),
            rubricVersion: '99.0.0',
          }),
        },
      };
      world.clock.advance(10_000);
      await actInExam(upgraded, trainee, {
        examId,
        position: 0,
        action: { type: 'reply', text: CLEAN_REPLY },
      });
      const { exam } = await finishExam(upgraded, trainee, { examId });
      expect(exam.status).toBe('review');
      expect(exam.reviews).toMatchObject([
        { reason: 'rubric-changed', detail: expect.stringContaining('99.0.0') as unknown },
      ]);
      expect(exam.certificate).toBeNull();
    });

    it('sends a pass near the pass mark to review instead of certifying it', async () => {
      const trainee = await world.person('trainee');
      const exam = await sit(trainee, [NO_APOLOGY_REPLY, CLEAN_REPLY]);
      expect(exam.grade?.automatic.overall).toBe(85);
      expect(exam.grade?.automatic.passed).toBe(true);
      expect(exam.status).toBe('review');
      expect(exam.certificate).toBeNull();
      expect(exam.reviews.map((r) => r.reason)).toEqual(['near-pass-mark']);
      const again = await refusal(startExam(world.context, trainee, { trackId: 'x-basics' }));
      expect(again.message).toContain('waiting for a manager’s review');
    });
  });

  describe('review, overrides, disputes and calibration', () => {
    let trainee: Actor;
    let examId = '';

    beforeAll(async () => {
      trainee = await world.person('trainee');
      examId = (await sit(trainee, [NO_APOLOGY_REPLY, CLEAN_REPLY])).examId;
    });

    it('lists the exam in the queue for managers only', async () => {
      const { queue } = await listReviews(world.context, world.manager);
      const entry = queue.find((e) => e.examId === examId);
      expect(entry).toMatchObject({ status: 'review', automaticOverall: 85, overrides: 0 });
      expect(entry?.reasons[0]?.reason).toBe('near-pass-mark');
      expect((await refusal(listReviews(world.context, trainee))).code).toBe('FORBIDDEN');
      const away = await world.person('manager', world.otherOrganisationId);
      expect((await listReviews(world.context, away)).queue).toEqual([]);
    });

    it('refuses an override without a reason or on a reply that is not in the exam', async () => {
      const { exam } = await getExam(world.context, world.manager, { examId });
      const turn = exam.replies[0]?.turn ?? '';
      const base = {
        examId,
        scenarioId: 'branching',
        turn,
        criterion: 'apology' as const,
        status: 'met' as const,
      };
      const noReason = await refusal(
        overrideCriterion(world.context, world.manager, { ...base, reason: '  ' }),
      );
      expect(noReason.field).toBe('reason');
      const nowhere = await refusal(
        overrideCriterion(world.context, world.manager, {
          ...base,
          turn: 'nowhere',
          reason: 'It apologised.',
        }),
      );
      expect(nowhere.message).toContain('no graded reply at branching / nowhere');
      expect(
        (await refusal(overrideCriterion(world.context, trainee, { ...base, reason: 'Mine.' })))
          .code,
      ).toBe('FORBIDDEN');
    });

    it('keeps the automatic grade and adds the adjusted one', async () => {
      const before = await getExam(world.context, world.manager, { examId });
      const first = before.exam.replies[0];
      const { exam } = await overrideCriterion(world.context, world.manager, {
        examId,
        scenarioId: 'branching',
        turn: first?.turn ?? '',
        criterion: 'apology',
        status: 'met',
        reason: 'The reply owns the delay; that is the apology this brand wants.',
      });
      expect(exam.grade?.automatic.overall).toBe(85);
      expect(exam.grade?.adjusted?.overall).toBe(100);
      expect(exam.overrides).toMatchObject([
        { criterion: 'apology', status: 'met', scorerStatus: 'missed' },
      ]);
      expect(exam.status).toBe('review');
    });

    it('lets the trainee dispute with a comment, kept beside the grade', async () => {
      const empty = await refusal(disputeExam(world.context, trainee, { examId, comment: '' }));
      expect(empty.field).toBe('comment');
      const { exam } = await disputeExam(world.context, trainee, {
        examId,
        comment: 'My first reply did say sorry in other words.',
      });
      expect(exam.disputes.map((d) => d.comment)).toEqual([
        'My first reply did say sorry in other words.',
      ]);
      expect(
        (await refusal(disputeExam(world.context, world.trainee, { examId, comment: 'x' }))).code,
      ).toBe('FORBIDDEN');
    });

    it('issues the certificate on approval, with the adjusted score, by the approving manager', async () => {
      const { exam } = await approveReview(world.context, world.manager, { examId });
      expect(exam.status).toBe('passed');
      expect(exam.reviews.every((r) => r.resolvedAt !== null)).toBe(true);
      expect(exam.certificate?.score).toBe(100);
      const [row] = await world.handle.db
        .select({ record: certificates.record })
        .from(certificates)
        .where(eq(certificates.examId, examId));
      expect((row?.record as { issuedBy: string }).issuedBy).toBe(world.manager.userId);
      expect(
        (await listReviews(world.context, world.manager)).queue.map((e) => e.examId),
      ).not.toContain(examId);
    });

    it('measures agreement per criterion and lists the disagreement with its reason', async () => {
      const view = await getCalibration(world.context, world.manager);
      expect(view.reviewedExams).toBeGreaterThanOrEqual(1);
      const apology = view.calibration.criteria.apology;
      expect(apology?.confusion.met.missed).toBe(1);
      expect(apology?.confusion.met.met).toBeGreaterThanOrEqual(1);
      expect(view.disagreements).toContainEqual(
        expect.objectContaining({
          examId,
          criterion: 'apology',
          manager: 'met',
          scorer: 'missed',
          reason: 'The reply owns the delay; that is the apology this brand wants.',
        }),
      );
      const thanks = view.calibration.criteria.thanks;
      expect(thanks?.observed).toBe(1);
      expect((await refusal(getCalibration(world.context, trainee))).code).toBe('FORBIDDEN');
    });

    it('leaves a certificate standing when a review fails its exam afterwards; revoking is separate', async () => {
      const holder = await world.person('trainee');
      const exam = await sit(holder, [CLEAN_REPLY]);
      expect(exam.status).toBe('passed');
      await disputeExam(world.context, holder, {
        examId: exam.examId,
        comment: 'I think my reply shared too much.',
      });
      await overrideCriterion(world.context, world.manager, {
        examId: exam.examId,
        scenarioId: 'branching',
        turn: exam.replies[0]?.turn ?? '',
        criterion: 'take-private',
        status: 'violated',
        reason: 'The reply repeats the order number in public.',
      });
      const approved = await approveReview(world.context, world.manager, { examId: exam.examId });
      expect(approved.exam.status).toBe('failed');
      expect(approved.exam.certificate?.state).toBe('valid');
      const { entries } = await listAudit(world.handle.db, world.manager);
      expect(entries.at(-1)).toMatchObject({
        action: 'exam.review-approved',
        payload: { passed: false, certificateStands: true },
      });
    });

    it('refuses a manager reviewing their own exam', async () => {
      const manager = await world.person('manager');
      const exam = await sit(manager, [NO_APOLOGY_REPLY, CLEAN_REPLY]);
      expect(exam.status).toBe('review');
      const own = await refusal(approveReview(world.context, manager, { examId: exam.examId }));
      expect(own.message).toContain('another manager must review it');
    });

    it('lets a flagged failure be overturned: a failed exam goes back to review on dispute', async () => {
      const failing = await world.person('trainee');
      const exam = await sit(failing, [CONTRADICTION_REPLY]);
      expect(exam.status).toBe('failed');
      const disputed = await disputeExam(world.context, failing, {
        examId: exam.examId,
        comment: 'I did not contradict the customer.',
      });
      expect(disputed.exam.status).toBe('review');
      const overridden = await overrideCriterion(world.context, world.manager, {
        examId: exam.examId,
        scenarioId: 'branching',
        turn: exam.replies[0]?.turn ?? '',
        criterion: 'no-contradiction',
        status: 'met',
        reason: 'Asking to check the address is not a contradiction here.',
      });
      expect(overridden.exam.grade?.automatic.passed).toBe(false);
      expect(overridden.exam.grade?.adjusted?.passed).toBe(true);
      const approved = await approveReview(world.context, world.manager, { examId: exam.examId });
      expect(approved.exam.status).toBe('passed');
      expect(approved.exam.certificate?.state).toBe('valid');
    });
  });

  describe('expiry, recertification and revocation', () => {
    it('expires, recertifies in the window (running on from the old expiry), and revokes', async () => {
      const trainee = await world.person('trainee');
      const first = await sit(trainee, [CLEAN_REPLY]);
      const old = first.certificate;
      expect(old?.state).toBe('valid');
      const oldCode = old?.code ?? '';

      world.clock.advance(20 * DAY);
      expect(
        (await examEligibility(world.context, trainee, { trackId: 'x-basics' })).eligibility,
      ).toMatchObject({ eligible: false, reason: 'already-certified' });

      world.clock.advance(5 * DAY); // 25 days in: inside the 7-day window
      expect((await verifyCode(world.context, oldCode)).outcome).toBe('recertification-window');
      expect(
        (await examEligibility(world.context, trainee, { trackId: 'x-basics' })).eligibility,
      ).toMatchObject({ eligible: true, reason: 'recertification' });
      const renewed = await sit(trainee, [CLEAN_REPLY]);
      const fresh = renewed.certificate;
      expect(fresh?.recertifies).toBe(old?.certificateId);
      expect(Date.parse(fresh?.validUntil ?? '') - Date.parse(old?.validUntil ?? '')).toBe(
        30 * DAY,
      );

      world.clock.advance(6 * DAY); // the old one has expired, the renewal holds
      const expired = await verifyCode(world.context, oldCode);
      expect(expired.outcome).toBe('expired');
      expect(verificationPage(expired)).toMatchObject({
        state: 'expired',
        heading: 'Expired certificate',
      });
      expect((await verifyCode(world.context, fresh?.code ?? '')).outcome).toBe('valid');

      const noReason = await refusal(
        revokeCertificateService(world.context, world.manager, {
          certificateId: fresh?.certificateId ?? '',
          reason: ' ',
        }),
      );
      expect(noReason.field).toBe('reason');
      expect(
        (
          await refusal(
            revokeCertificateService(world.context, trainee, {
              certificateId: fresh?.certificateId ?? '',
              reason: 'Mine.',
            }),
          )
        ).code,
      ).toBe('FORBIDDEN');
      const revoked = await revokeCertificateService(world.context, world.manager, {
        certificateId: fresh?.certificateId ?? '',
        reason: 'Posted a customer’s address publicly.',
      });
      expect(revoked.certificate.state).toBe('revoked');
      const page = verificationPage(await verifyCode(world.context, fresh?.code ?? ''));
      expect(page.state).toBe('revoked');
      expect(page.message).toContain('Posted a customer’s address publicly.');
      const twice = await refusal(
        revokeCertificateService(world.context, world.manager, {
          certificateId: fresh?.certificateId ?? '',
          reason: 'Again.',
        }),
      );
      expect(twice.code).toBe('CONFLICT');
      const { certificates: own } = await listCertificates(world.context, trainee);
      expect(own.map((c) => c.state).sort()).toEqual(['expired', 'revoked']);
    });
  });

  describe('the verification page', () => {
    let code = '';
    let certificateId = '';

    beforeAll(async () => {
      const exam = await sit(await world.person('trainee'), [CLEAN_REPLY]);
      code = exam.certificate?.code ?? '';
      certificateId = exam.certificate?.certificateId ?? '';
    });

    it('reads a code typed loosely', async () => {
      const loose = code.toLowerCase().replace(/-/g, ' ');
      expect((await verifyCode(world.context, loose)).outcome).toBe('valid');
    });

    it.each([
      ['a made-up code', () => verificationCodeFor('Zm9yZ2Vk'), 'unknown'],
      [
        'a mistyped code',
        () => `${code.slice(0, -1)}${code.endsWith('0') ? '1' : '0'}`,
        'mistyped',
      ],
      ['not a code at all', () => 'hello', 'malformed'],
    ])('says not genuine for %s', async (_name, typed, outcome) => {
      const verification = await verifyCode(world.context, typed());
      expect(verification.outcome).toBe(outcome);
      expect(verificationPage(verification)).toMatchObject({ state: 'not-genuine', details: [] });
    });

    it('says not genuine for a record edited in the database', async () => {
      const db = world.handle.db;
      await db.execute(
        sql`update certificates set record = jsonb_set(record, '{validUntil}', '"2099-01-01T00:00:00.000Z"') where id = ${certificateId}`,
      );
      const verification = await verifyCode(world.context, code);
      expect(verification.outcome).toBe('tampered');
      expect(verificationPage(verification).heading).toBe('Not a genuine certificate');
      const { certificates: registry } = await listCertificates(world.context, world.manager);
      const edited = registry.find((c) => c.certificateId === certificateId);
      expect(edited).toMatchObject({ genuine: false, mayPost: false });
    });

    it('says not genuine for a revocation reason edited in the database', async () => {
      const exam = await sit(await world.person('trainee'), [CLEAN_REPLY]);
      const id = exam.certificate?.certificateId ?? '';
      await revokeCertificateService(world.context, world.manager, {
        certificateId: id,
        reason: 'Left the team.',
      });
      await world.handle.db.execute(
        sql`update certificates set revocation = jsonb_set(revocation, '{reason}', '"nothing"') where id = ${id}`,
      );
      expect((await verifyCode(world.context, exam.certificate?.code ?? '')).outcome).toBe(
        'tampered',
      );
    });
  });

  describe('track changes and exam lists', () => {
    it('keeps the definition an exam started with when the track changes', async () => {
      const trainee = await world.person('trainee');
      const { examId } = await startExam(world.context, trainee, { trackId: 'x-basics' });
      await updateTrack(world.context, world.manager, {
        trackId: 'x-basics',
        definition: { ...FIXTURE_TRACK, pass: { overall: 100, reviewMargin: 0 } },
      });
      world.clock.advance(10_000);
      await actInExam(world.context, trainee, {
        examId,
        position: 0,
        action: { type: 'reply', text: NO_APOLOGY_REPLY },
      });
      const { exam } = await finishExam(world.context, trainee, { examId });
      // 70 against the frozen 80 with a margin of 5: failed, not reviewed, not judged against 100.
      expect(exam.grade?.automatic.checks[0]).toMatchObject({ rule: 'overall', required: 80 });
      const [row] = await world.handle.db.select().from(exams).where(eq(exams.id, examId));
      expect((row?.track as { pass: { overall: number } }).pass.overall).toBe(80);
      await updateTrack(world.context, world.manager, {
        trackId: 'x-basics',
        definition: FIXTURE_TRACK,
      });
      const mine = await listExams(world.context, trainee);
      expect(mine.exams.map((e) => e.examId)).toEqual([examId]);
      const refused = await refusal(
        listExams(world.context, trainee, { userId: world.trainee.userId }),
      );
      expect(refused.code).toBe('FORBIDDEN');
    });
  });
});
