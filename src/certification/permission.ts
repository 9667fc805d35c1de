import type { Channel } from '../../scoring/index.ts';
import { certificateState, isCurrent } from './certificate.ts';
import type { Certificate, CertificateState } from './certificate.ts';

export type PostingPermission =
  | {
      allowed: true;
      reason: 'certified' | 'renewal-due';
      /** The certificate that allows it: the one valid longest. */
      certificate: Certificate;
      message: string;
    }
  | {
      allowed: false;
      reason: 'no-certificate' | 'out-of-scope' | 'expired' | 'revoked' | 'not-yet-valid';
      /** The certificate behind the refusal, when one covers the channel. */
      certificate?: Certificate;
      message: string;
    };

const day = (instant: string) => instant.slice(0, 10);

/**
 * May this person post on this channel for this organisation now? Reads the registry's
 * certificates (any holders and organisations; only this person's with this organisation count)
 * for one that is current and covers the channel. When none does, the
 * answer says why, preferring the most telling reason: revoked, then expired, then not yet
 * valid, then certified for other channels only, then never certified.
 */
export function mayPost(
  registry: readonly Certificate[],
  who: { holderId: string; organisationId: string; channel: Channel },
  now: Date,
): PostingPermission {
  const { holderId, organisationId, channel } = who;
  const own = registry.filter(
    (c) => c.record.holder.id === holderId && c.record.organisation.id === organisationId,
  );
  const covering = own.filter((c) => c.record.track.channels.includes(channel));
  const byExpiry = (a: Certificate, b: Certificate) =>
    b.record.validUntil.localeCompare(a.record.validUntil);
  const inState = (...states: CertificateState[]) =>
    covering.filter((c) => states.includes(certificateState(c, now))).sort(byExpiry);

  const current = covering.filter((c) => isCurrent(certificateState(c, now))).sort(byExpiry)[0];
  if (current !== undefined) {
    const due = certificateState(current, now) === 'recertification-window';
    return {
      allowed: true,
      reason: due ? 'renewal-due' : 'certified',
      certificate: current,
      message: due
        ? `Certified for ${channel} by ${current.record.track.title} until ${day(current.record.validUntil)}; renewal is due.`
        : `Certified for ${channel} by ${current.record.track.title} until ${day(current.record.validUntil)}.`,
    };
  }
  const revoked = inState('revoked').sort((a, b) =>
    (b.revocation?.at ?? '').localeCompare(a.revocation?.at ?? ''),
  )[0];
  if (revoked?.revocation) {
    return {
      allowed: false,
      reason: 'revoked',
      certificate: revoked,
      message: `The ${revoked.record.track.title} certificate was revoked on ${day(revoked.revocation.at)}: ${revoked.revocation.reason}`,
    };
  }
  const expired = inState('expired')[0];
  if (expired !== undefined) {
    return {
      allowed: false,
      reason: 'expired',
      certificate: expired,
      message: `The ${expired.record.track.title} certificate expired on ${day(expired.record.validUntil)}; recertify to post on ${channel} again.`,
    };
  }
  const early = inState('not-yet-valid')[0];
  if (early !== undefined) {
    return {
      allowed: false,
      reason: 'not-yet-valid',
      certificate: early,
      message: `The ${early.record.track.title} certificate starts on ${day(early.record.validFrom)}.`,
    };
  }
  const elsewhere = own.filter((c) => isCurrent(certificateState(c, now)));
  if (elsewhere.length > 0) {
    const channels = [...new Set(elsewhere.flatMap((c) => c.record.track.channels))].sort();
    return {
      allowed: false,
      reason: 'out-of-scope',
      message: `Certified for ${channels.join(', ')} only, not ${channel}; pass a track that covers ${channel}.`,
    };
  }
  return {
    allowed: false,
    reason: 'no-certificate',
    message: `Not certified to post on ${channel}; pass a certification track that covers it first.`,
  };
}
