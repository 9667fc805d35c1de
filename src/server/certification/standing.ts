import { and, desc, eq, sql } from 'drizzle-orm';
import { checkEligibility } from '../../certification/index.ts';
import type {
  AttemptRecord,
  Certificate,
  CertificationTrack,
  Eligibility,
} from '../../certification/index.ts';
import type { Queryable } from '../accounts.ts';
import { auditLog, certificates, exams } from '../db/schema.ts';

type CertificateRow = typeof certificates.$inferSelect;

/** A stored certificate as the core reads it: the record exactly as stored, never re-shaped. */
export function certificateOf(row: CertificateRow): Certificate {
  return {
    record: row.record as Certificate['record'],
    signature: row.signature,
    code: row.code,
    revocation: (row.revocation as Certificate['revocation'] | null) ?? null,
  };
}

/** This person's exams on this track, as eligibility reads them. */
export async function attemptRecords(
  db: Queryable,
  userId: string,
  trackRowId: string,
): Promise<AttemptRecord[]> {
  const rows = await db
    .select({ startedAt: exams.startedAt, finishedAt: exams.finishedAt, status: exams.status })
    .from(exams)
    .where(and(eq(exams.userId, userId), eq(exams.trackRowId, trackRowId)));
  return rows.map((row) => ({
    startedAt: row.startedAt,
    finishedAt: row.status === 'in-progress' ? null : row.finishedAt,
    passed: row.status === 'passed' ? true : row.status === 'failed' ? false : null,
  }));
}

/** This person's latest certificate on this track, revoked or not. */
export async function latestCertificate(
  db: Queryable,
  userId: string,
  trackRowId: string,
): Promise<Certificate | null> {
  const [row] = await db
    .select()
    .from(certificates)
    .where(and(eq(certificates.holderId, userId), eq(certificates.trackRowId, trackRowId)))
    .orderBy(desc(certificates.issuedAt))
    .limit(1);
  return row === undefined ? null : certificateOf(row);
}

/** The audit action that records a manager allowing more attempts. */
export const ATTEMPTS_ALLOWED = 'exam.attempts-allowed';

/**
 * When a manager last allowed this person more attempts on this track: read from the audit log,
 * where the allowance is recorded with who and why, so there is one record of it.
 */
export async function attemptsResetAt(
  db: Queryable,
  userId: string,
  trackRowId: string,
): Promise<Date | null> {
  const [row] = await db
    .select({ at: auditLog.at })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.action, ATTEMPTS_ALLOWED),
        sql`${auditLog.payload}->>'userId' = ${userId}`,
        sql`${auditLog.payload}->>'trackRowId' = ${trackRowId}`,
      ),
    )
    .orderBy(desc(auditLog.at))
    .limit(1);
  return row?.at ?? null;
}

/** May this person start this track's exam now? */
export async function eligibilityOf(
  db: Queryable,
  userId: string,
  trackRowId: string,
  track: CertificationTrack,
  now: Date,
): Promise<Eligibility> {
  return checkEligibility({
    track,
    attempts: await attemptRecords(db, userId, trackRowId),
    certificate: await latestCertificate(db, userId, trackRowId),
    attemptsResetAt: await attemptsResetAt(db, userId, trackRowId),
    now,
  });
}
