import type { Verification } from '../../certification/index.ts';

/** What the public verification page says, in the four ways a visitor needs to read it. */
export interface VerificationPage {
  /** `valid` lets the holder post; `not-genuine` covers forged, edited and unknown codes. */
  state: 'valid' | 'expired' | 'revoked' | 'not-yet-valid' | 'not-genuine';
  heading: string;
  message: string;
  /** Only for a genuine certificate: what it says. */
  details: { label: string; value: string }[];
}

const day = (instant: string) => instant.slice(0, 10);

/** The page for a verification outcome: a plain heading, one sentence, and the record if genuine. */
export function verificationPage(verification: Verification): VerificationPage {
  const { outcome, record, revocation } = verification;
  if (record === undefined) {
    return {
      state: 'not-genuine',
      heading: 'Not a genuine certificate',
      message: verification.message,
      details: [],
    };
  }
  const details = [
    { label: 'Holder', value: record.holder.name },
    { label: 'Organisation', value: record.organisation.name },
    { label: 'Track', value: record.track.title },
    { label: 'Channels', value: record.track.channels.join(', ') },
    { label: 'Score', value: `${record.score} out of 100` },
    { label: 'Issued', value: day(record.issuedAt) },
    { label: 'Valid until', value: day(record.validUntil) },
    ...(revocation === undefined
      ? []
      : [
          { label: 'Revoked on', value: day(revocation.at) },
          { label: 'Reason', value: revocation.reason },
        ]),
  ];
  switch (outcome) {
    case 'valid':
    case 'recertification-window':
      return {
        state: 'valid',
        heading: 'Valid certificate',
        message: verification.message,
        details,
      };
    case 'expired':
      return {
        state: 'expired',
        heading: 'Expired certificate',
        message: verification.message,
        details,
      };
    case 'revoked':
      return {
        state: 'revoked',
        heading: 'Revoked certificate',
        message: verification.message,
        details,
      };
    case 'not-yet-valid':
      return {
        state: 'not-yet-valid',
        heading: 'Not valid yet',
        message: verification.message,
        details,
      };
    default:
      return {
        state: 'not-genuine',
        heading: 'Not a genuine certificate',
        message: verification.message,
        details: [],
      };
  }
}
