import {
  CertificateSchema,
  certificateState,
  isCurrent,
  revocationStatement,
} from './certificate.ts';
import type {
  Certificate,
  CertificateRecord,
  CertificateState,
  Revocation,
} from './certificate.ts';
import { verifyJson } from './signing.ts';
import type { VerifyingKey } from './signing.ts';
import { readVerificationCode, verificationCodeFor } from './verification-code.ts';

export type VerificationOutcome =
  CertificateState | 'malformed' | 'mistyped' | 'unknown' | 'unknown-key' | 'tampered';

export interface Verification {
  outcome: VerificationOutcome;
  /** The certificate is genuine and lets its holder post now. */
  valid: boolean;
  /** One sentence for the public verification page. */
  message: string;
  record?: CertificateRecord;
  revocation?: Omit<Revocation, 'signature'>;
}

function describeScope(record: CertificateRecord): string {
  return `${record.holder.name} is certified for ${record.track.title} (${record.track.channels.join(', ')}) by ${record.organisation.name}`;
}

const day = (instant: string) => instant.slice(0, 10);

/**
 * Verifies a certificate for the public page: the code as typed, the registry entry the server
 * found under it (or null), the server's public keys and the time. A made-up code, an edited
 * record, a code moved to another record and a forged revocation all fail as `tampered` or
 * `unknown`; a genuine certificate reports its state.
 */
export function verifyCertificate(
  typedCode: string,
  certificate: Certificate | null,
  keys: readonly VerifyingKey[],
  now: Date,
): Verification {
  const read = readVerificationCode(typedCode);
  if (!read.ok) return { outcome: read.reason, valid: false, message: read.message };
  if (certificate === null) {
    return {
      outcome: 'unknown',
      valid: false,
      message: 'No certificate has this code; it was not issued here.',
    };
  }
  const parsed = CertificateSchema.safeParse(certificate);
  const tampered: Verification = {
    outcome: 'tampered',
    valid: false,
    message:
      'This certificate does not match its signature; it has been altered and must not be trusted.',
  };
  if (!parsed.success) return tampered;
  const { record, signature, code, revocation } = parsed.data;
  const key = keys.find((candidate) => candidate.keyId === record.keyId);
  if (key === undefined) {
    return {
      outcome: 'unknown-key',
      valid: false,
      message:
        'This certificate was signed with a key this server does not know; it cannot be verified here.',
    };
  }
  if (!verifyJson(record, signature, key)) return tampered;
  if (code !== read.code || verificationCodeFor(signature) !== read.code) return tampered;
  if (revocation !== null) {
    const { signature: revocationSignature, ...statement } = revocation;
    if (!verifyJson(revocationStatement(record.id, statement), revocationSignature, key))
      return tampered;
    return {
      outcome: 'revoked',
      valid: false,
      message: `This certificate was revoked on ${day(revocation.at)}: ${revocation.reason}`,
      record,
      revocation: statement,
    };
  }
  const state = certificateState(parsed.data, now);
  const messages: Record<CertificateState, string> = {
    valid: `${describeScope(record)} until ${day(record.validUntil)}.`,
    'recertification-window': `${describeScope(record)} until ${day(record.validUntil)}; renewal is due.`,
    expired: `This certificate expired on ${day(record.validUntil)}; ${record.holder.name} is no longer certified by it.`,
    revoked: '',
    'not-yet-valid': `This certificate becomes valid on ${day(record.validFrom)}.`,
  };
  return { outcome: state, valid: isCurrent(state), message: messages[state], record };
}
