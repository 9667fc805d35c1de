import { z } from 'zod';
import { ChannelSchema } from '../../scoring/index.ts';
import type { ExamGrade } from './grade.ts';
import { signJson } from './signing.ts';
import type { SigningKey } from './signing.ts';
import type { CertificationTrack } from './track.ts';
import { verificationCodeFor } from './verification-code.ts';

const Instant = z.iso.datetime({ error: 'must be a date and time such as 2026-05-01T09:30:00Z' });
// Stored records are read without transforms: a trimmed field would no longer match its signature.
const Named = z.strictObject({ id: z.string().min(1), name: z.string().min(1) });

/** What a certificate says, exactly as signed: nothing here changes after issue. */
export const CertificateRecordSchema = z.strictObject({
  id: z.string().min(1),
  organisation: Named,
  holder: Named,
  track: z.strictObject({
    id: z.string().min(1),
    title: z.string().min(1),
    channels: z.array(ChannelSchema).min(1),
  }),
  /** The exam attempt that earned it. */
  examId: z.string().min(1),
  /** The exam's overall score, adjusted by a manager's review where there was one. */
  score: z.number().min(0).max(100),
  rubricVersions: z.array(z.string()),
  issuedAt: Instant,
  /** The manager (or `system`) who issued it. */
  issuedBy: z.string().min(1),
  validFrom: Instant,
  validUntil: Instant,
  /** From here until `validUntil` the holder may sit the exam again to recertify. */
  recertifyFrom: Instant,
  /** The certificate this one renews, if any. */
  recertifies: z.string().nullable(),
  /** The signing key's id. */
  keyId: z.string().min(1),
});
export type CertificateRecord = z.output<typeof CertificateRecordSchema>;

export const RevocationSchema = z.strictObject({
  at: Instant,
  by: z.string().min(1),
  reason: z.string().min(1),
  /** The server's signature over `{ certificateId, at, by, reason }`. */
  signature: z.string().min(1),
});
export type Revocation = z.output<typeof RevocationSchema>;

/** A certificate as the registry stores it: the signed record, its signature and code, and any revocation. */
export const CertificateSchema = z.strictObject({
  record: CertificateRecordSchema,
  signature: z.string().min(1),
  code: z.string().min(1),
  revocation: RevocationSchema.nullable(),
});
export type Certificate = z.output<typeof CertificateSchema>;

/** What a manager sends to revoke: the reason is required and shown on the verification page. */
export const RevokeRequestSchema = z.strictObject({
  by: z.string().min(1, 'must name the manager'),
  reason: z
    .string({ error: 'needs a written reason' })
    .trim()
    .min(1, 'needs a written reason: say why this person may no longer post'),
});
export type RevokeRequest = z.output<typeof RevokeRequestSchema>;

export const CERTIFICATE_STATES = [
  'valid',
  'recertification-window',
  'expired',
  'revoked',
  'not-yet-valid',
] as const;
/**
 * `valid` and `recertification-window` let the holder post; the window is the last stretch before
 * expiry, when the exam may be sat again.
 */
export type CertificateState = (typeof CERTIFICATE_STATES)[number];

/** The certificate's state at a moment. A revocation wins over the dates from the moment it is made. */
export function certificateState(
  certificate: Pick<Certificate, 'record' | 'revocation'>,
  now: Date,
): CertificateState {
  const time = now.getTime();
  // A revocation counts from its moment, so the registry also answers "could they post on 3 May?".
  if (certificate.revocation !== null && time >= Date.parse(certificate.revocation.at))
    return 'revoked';
  const { validFrom, validUntil, recertifyFrom } = certificate.record;
  if (time < Date.parse(validFrom)) return 'not-yet-valid';
  if (time >= Date.parse(validUntil)) return 'expired';
  if (time >= Date.parse(recertifyFrom)) return 'recertification-window';
  return 'valid';
}

/** Whether a state lets the holder post for the brand. */
export function isCurrent(state: CertificateState): boolean {
  return state === 'valid' || state === 'recertification-window';
}

export interface IssueInput {
  /** The registry id the server chose (a UUID, say). */
  id: string;
  organisation: { id: string; name: string };
  holder: { id: string; name: string };
  track: CertificationTrack;
  exam: { id: string; grade: ExamGrade };
  issuedBy: string;
  now: Date;
  /** The holder's certificate on this track that this one renews. */
  previous?: Certificate | undefined;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/**
 * Issues a signed certificate for a passed exam. A renewal made before the old certificate
 * expires runs on from the old expiry, so recertifying early costs nothing. Throws when the exam
 * did not pass or the previous certificate is another person's, another track's or revoked.
 */
export function issueCertificate(input: IssueInput, key: SigningKey): Certificate {
  const { grade } = input.exam;
  if (!grade.passed)
    throw new Error(`Exam ${input.exam.id} did not pass, so it cannot earn a certificate.`);
  const previous = input.previous;
  if (previous !== undefined) {
    if (
      previous.record.holder.id !== input.holder.id ||
      previous.record.track.id !== input.track.id
    ) {
      throw new Error(
        `Certificate ${previous.record.id} is not this holder's on this track, so this cannot renew it.`,
      );
    }
    if (previous.revocation !== null) {
      throw new Error(
        `Certificate ${previous.record.id} was revoked; issue a new certificate rather than a renewal.`,
      );
    }
  }
  const now = input.now.getTime();
  const start =
    previous === undefined ? now : Math.max(now, Date.parse(previous.record.validUntil));
  const validUntil = start + input.track.validity.expiresAfter * 1000;
  const verdict = grade.adjusted ?? grade.automatic;
  const record: CertificateRecord = {
    id: input.id,
    organisation: { id: input.organisation.id, name: input.organisation.name.trim() },
    holder: { id: input.holder.id, name: input.holder.name.trim() },
    track: { id: input.track.id, title: input.track.title, channels: [...input.track.channels] },
    examId: input.exam.id,
    score: verdict.overall,
    rubricVersions: grade.rubricVersions,
    issuedAt: iso(now),
    issuedBy: input.issuedBy,
    validFrom: iso(now),
    validUntil: iso(validUntil),
    recertifyFrom: iso(validUntil - input.track.validity.recertifyWithin * 1000),
    recertifies: previous?.record.id ?? null,
    keyId: key.keyId,
  };
  const signature = signJson(record, key);
  return { record, signature, code: verificationCodeFor(signature), revocation: null };
}

/**
 * Renews a certificate from an exam passed in its renewal window or after it expired: the new
 * certificate names the old one and, when renewed early, runs on from the old expiry. Throws
 * when the old one is not yet due, revoked, or another holder's or track's.
 */
export function recertifyCertificate(
  previous: Certificate,
  input: Omit<IssueInput, 'previous'>,
  key: SigningKey,
): Certificate {
  const state = certificateState(previous, input.now);
  if (state === 'valid' || state === 'not-yet-valid') {
    throw new Error(
      `Certificate ${previous.record.id} is not due for renewal until ${previous.record.recertifyFrom.slice(0, 10)}.`,
    );
  }
  return issueCertificate({ ...input, previous }, key);
}

/** What a revocation's signature covers. */
export function revocationStatement(
  certificateId: string,
  revocation: Omit<Revocation, 'signature'>,
) {
  return { certificateId, at: revocation.at, by: revocation.by, reason: revocation.reason };
}

/** Revokes a certificate now, with the manager and the reason, signed. Throws when it is already revoked. */
export function revokeCertificate(
  certificate: Certificate,
  request: RevokeRequest,
  now: Date,
  key: SigningKey,
): Certificate {
  const { by, reason } = RevokeRequestSchema.parse(request);
  if (certificate.revocation !== null) {
    throw new Error(`Certificate ${certificate.record.id} is already revoked.`);
  }
  const unsigned = { at: now.toISOString(), by, reason };
  return {
    ...certificate,
    revocation: {
      ...unsigned,
      signature: signJson(revocationStatement(certificate.record.id, unsigned), key),
    },
  };
}
