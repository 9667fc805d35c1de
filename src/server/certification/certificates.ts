import { and, asc, desc, eq } from 'drizzle-orm';
import {
  certificateState,
  issueCertificate,
  readVerificationCode,
  recertifyCertificate,
  registryCsv,
  revokeCertificate,
  signOpenBadgeJwt,
  toOpenBadge,
  verifyCertificate,
} from '../../certification/index.ts';
import type {
  Certificate,
  CertificateState,
  CertificationTrack,
  ExamGrade,
  OpenBadgeCredential,
  SigningKey,
  Verification,
  VerifyingKey,
} from '../../certification/index.ts';
import type { Queryable } from '../accounts.ts';
import { parseOrRefuse } from '../accounts.ts';
import type { Actor } from '../actor.ts';
import { isStaff, requireActor, requireRole, STAFF_ROLES } from '../authorisation.ts';
import type { Database } from '../db/client.ts';
import { certificates, exams, organisations, users } from '../db/schema.ts';
import { newId } from '../ids.ts';
import { ServiceError } from '../service-error.ts';
import { RevokeInputSchema } from './inputs.ts';
import { appendAudit } from './audit-log.ts';
import { clock } from './context.ts';
import type { CertificationContext } from './context.ts';
import { certificateOf, latestCertificate } from './standing.ts';

/** A registry line as the pages show it. */
export interface CertificateView {
  certificateId: string;
  code: string;
  holderId: string;
  holderName: string;
  trackId: string;
  trackTitle: string;
  channels: string[];
  score: number;
  examId: string;
  issuedAt: string;
  validFrom: string;
  validUntil: string;
  recertifyFrom: string;
  recertifies: string | null;
  /** The state now: `valid` and `recertification-window` may post. */
  state: CertificateState;
  mayPost: boolean;
  /** The record still matches the server's signature; false means it was edited in the database. */
  genuine: boolean;
  revocation: { at: string; by: string; reason: string } | null;
}

export function certificateView(
  certificate: Certificate,
  now: Date,
  key: VerifyingKey,
): CertificateView {
  const { record, revocation } = certificate;
  const state = certificateState(certificate, now);
  const outcome = verifyCertificate(certificate.code, certificate, [key], now).outcome;
  const genuine = !['tampered', 'unknown-key', 'malformed', 'mistyped', 'unknown'].includes(
    outcome,
  );
  return {
    certificateId: record.id,
    code: certificate.code,
    holderId: record.holder.id,
    holderName: record.holder.name,
    trackId: record.track.id,
    trackTitle: record.track.title,
    channels: record.track.channels,
    score: record.score,
    examId: record.examId,
    issuedAt: record.issuedAt,
    validFrom: record.validFrom,
    validUntil: record.validUntil,
    recertifyFrom: record.recertifyFrom,
    recertifies: record.recertifies,
    state,
    mayPost: genuine && (state === 'valid' || state === 'recertification-window'),
    genuine,
    revocation:
      revocation === null
        ? null
        : { at: revocation.at, by: revocation.by, reason: revocation.reason },
  };
}

/**
 * Issues the certificate a passed exam earns, inside the caller's transaction: a renewal when the
 * holder's last certificate on the track is due or expired (and not revoked), a new one otherwise.
 */
export async function issueForExam(
  tx: Queryable,
  key: SigningKey,
  exam: {
    id: string;
    organisationId: string;
    userId: string;
    trackRowId: string;
    track: CertificationTrack;
  },
  grade: ExamGrade,
  issuedBy: string,
  now: Date,
): Promise<Certificate> {
  const [organisation] = await tx
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, exam.organisationId));
  const [holder] = await tx
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(eq(users.id, exam.userId));
  if (organisation === undefined || holder === undefined) {
    throw new Error(`exam ${exam.id} names an organisation or a person that no longer exists`);
  }
  const previous = await latestCertificate(tx, exam.userId, exam.trackRowId);
  const input = {
    id: newId(),
    organisation,
    holder,
    track: exam.track,
    exam: { id: exam.id, grade },
    issuedBy,
    now,
  };
  const renewable =
    previous !== null &&
    previous.revocation === null &&
    ['recertification-window', 'expired'].includes(certificateState(previous, now));
  const certificate = renewable
    ? recertifyCertificate(previous, input, key)
    : issueCertificate(input, key);
  await tx.insert(certificates).values({
    id: certificate.record.id,
    organisationId: exam.organisationId,
    holderId: exam.userId,
    trackRowId: exam.trackRowId,
    examId: exam.id,
    code: certificate.code,
    record: certificate.record,
    signature: certificate.signature,
    revocation: null,
    issuedAt: new Date(certificate.record.issuedAt),
    validUntil: new Date(certificate.record.validUntil),
  });
  await appendAudit(tx, {
    organisationId: exam.organisationId,
    actor: issuedBy,
    action: 'certificate.issued',
    payload: {
      certificateId: certificate.record.id,
      code: certificate.code,
      holderId: exam.userId,
      trackId: exam.track.id,
      examId: exam.id,
      validUntil: certificate.record.validUntil,
      recertifies: certificate.record.recertifies,
    },
    at: now,
  });
  return certificate;
}

async function organisationCertificates(db: Queryable, organisationId: string) {
  return db
    .select()
    .from(certificates)
    .where(eq(certificates.organisationId, organisationId))
    .orderBy(asc(certificates.issuedAt));
}

/**
 * The registry: every certificate of the organisation with its state now, newest first, for
 * managers and admins; a trainee sees their own.
 */
export async function listCertificates(
  context: CertificationContext,
  caller: Actor | undefined,
): Promise<{ certificates: CertificateView[] }> {
  const actor = requireActor(caller);
  const now = clock(context);
  const rows = await context.db
    .select()
    .from(certificates)
    .where(
      isStaff(actor)
        ? eq(certificates.organisationId, actor.organisationId)
        : and(
            eq(certificates.organisationId, actor.organisationId),
            eq(certificates.holderId, actor.userId),
          ),
    )
    .orderBy(desc(certificates.issuedAt));
  return { certificates: rows.map((row) => certificateView(certificateOf(row), now, context.key)) };
}

/** Revokes a certificate now with a written reason, signed (managers and admins). */
export async function revokeCertificateService(
  context: CertificationContext,
  caller: Actor | undefined,
  raw: { certificateId: string; reason: string },
): Promise<{ certificate: CertificateView }> {
  const actor = requireRole(caller, STAFF_ROLES);
  const input = parseOrRefuse(RevokeInputSchema, raw);
  const reason = input.reason.trim();
  if (reason === '') {
    throw new ServiceError(
      'BAD_REQUEST',
      'reason: write why this person may no longer post; the reason is shown on the verification page.',
      'reason',
    );
  }
  const now = clock(context);
  return context.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(certificates)
      .where(eq(certificates.id, input.certificateId))
      .for('update');
    if (row === undefined || row.organisationId !== actor.organisationId) {
      throw new ServiceError(
        'NOT_FOUND',
        `certificateId: there is no certificate \`${input.certificateId}\`.`,
        'certificateId',
      );
    }
    const certificate = certificateOf(row);
    if (certificate.revocation !== null) {
      throw new ServiceError(
        'CONFLICT',
        `certificateId: this certificate was already revoked on ${certificate.revocation.at.slice(0, 10)}.`,
        'certificateId',
      );
    }
    const revoked = revokeCertificate(certificate, { by: actor.userId, reason }, now, context.key);
    await tx
      .update(certificates)
      .set({ revocation: revoked.revocation })
      .where(eq(certificates.id, row.id));
    await appendAudit(tx, {
      organisationId: actor.organisationId,
      actor: actor.userId,
      action: 'certificate.revoked',
      reason,
      payload: {
        certificateId: row.id,
        code: row.code,
        holderId: row.holderId,
        trackId: certificate.record.track.id,
      },
      at: now,
    });
    return { certificate: certificateView(revoked, now, context.key) };
  });
}

/** The registry as CSV (managers and admins). */
export async function registryCsvFor(
  context: CertificationContext,
  caller: Actor | undefined,
): Promise<string> {
  const actor = requireRole(caller, STAFF_ROLES);
  const rows = await organisationCertificates(context.db, actor.organisationId);
  return registryCsv(rows.map(certificateOf), clock(context));
}

/** The stored certificate behind a code as typed, or null; the code is normalised first. */
async function certificateByCode(db: Database, typedCode: string): Promise<Certificate | null> {
  const read = readVerificationCode(typedCode);
  if (!read.ok) return null;
  const [row] = await db.select().from(certificates).where(eq(certificates.code, read.code));
  return row === undefined ? null : certificateOf(row);
}

/** The public verification of a code: anyone may ask, no sign-in. */
export async function verifyCode(
  context: Pick<CertificationContext, 'db' | 'key' | 'now'>,
  typedCode: string,
): Promise<Verification> {
  const stored = await certificateByCode(context.db, typedCode);
  return verifyCertificate(typedCode, stored, [context.key], clock(context));
}

export type BadgeAnswer =
  | { ok: true; credential: OpenBadgeCredential; jwt: string }
  | { ok: false; status: 404 | 410; message: string };

/**
 * A genuine, current certificate as an Open Badges 3.0 credential and its signed JWT. Public like
 * the verification page: the code is what the holder shares. A revoked one is gone (410); an
 * unknown, forged or edited one is not found (404).
 */
export async function badgeFor(
  context: Pick<CertificationContext, 'db' | 'key' | 'now'>,
  typedCode: string,
  baseUrl: string,
): Promise<BadgeAnswer> {
  const certificate = await certificateByCode(context.db, typedCode);
  const verification = verifyCertificate(typedCode, certificate, [context.key], clock(context));
  if (verification.outcome === 'revoked') {
    return { ok: false, status: 410, message: verification.message };
  }
  if (certificate === null || verification.record === undefined) {
    return { ok: false, status: 404, message: verification.message };
  }
  // The track as it stood when the exam began: what the holder was actually held to.
  const [exam] = await context.db
    .select({ track: exams.track })
    .from(exams)
    .where(eq(exams.id, verification.record.examId));
  const credential = toOpenBadge(certificate, {
    baseUrl,
    track: exam?.track as CertificationTrack | undefined,
  });
  return { ok: true, credential, jwt: signOpenBadgeJwt(credential, context.key) };
}
