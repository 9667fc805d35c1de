import { formatDuration } from '../simulator/duration.ts';
import { certificateState } from './certificate.ts';
import type { Certificate } from './certificate.ts';
import type { CertificationTrack } from './track.ts';

/** One earlier attempt at the track's exam, as the server recorded it. */
export interface AttemptRecord {
  startedAt: Date;
  /** When it was submitted; null while it is under way. */
  finishedAt: Date | null;
  /** The grade that stands; null while under way, or once finished while a manager reviews it. */
  passed: boolean | null;
}

export interface EligibilityInput {
  track: Pick<CertificationTrack, 'attempts' | 'timeLimit'>;
  /** This person's attempts at this track, in any order. */
  attempts: readonly AttemptRecord[];
  /** This person's latest certificate on this track, if any. */
  certificate?: Pick<Certificate, 'record' | 'revocation'> | null | undefined;
  /** When a manager last allowed more attempts; attempts before it no longer count. */
  attemptsResetAt?: Date | null | undefined;
  now: Date;
}

export type Eligibility =
  | {
      eligible: true;
      reason: 'first-certification' | 'recertification';
      attemptsLeft: number;
      message: string;
    }
  | {
      eligible: false;
      reason:
        'in-progress' | 'awaiting-review' | 'already-certified' | 'no-attempts-left' | 'cooldown';
      message: string;
      /** When the person may try again, if waiting is enough. */
      retryAt?: Date;
    };

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * May this person start the track's exam now? An attempt under way must be finished first (one
 * past its time limit counts as failed) and one under review decided; a current certificate outside its renewal window needs
 * no exam; failed attempts since the last pass (or a manager's reset) are limited, and each is
 * followed by a cooldown.
 */
export function checkEligibility(input: EligibilityInput): Eligibility {
  const { track, now } = input;
  const time = now.getTime();
  const limitMs = track.timeLimit.exam * 1000;
  const under = input.attempts.find(
    (a) => a.finishedAt === null && a.startedAt.getTime() + limitMs > time,
  );
  if (under !== undefined) {
    return {
      eligible: false,
      reason: 'in-progress',
      message: 'An exam attempt is under way; finish it before starting another.',
      retryAt: new Date(under.startedAt.getTime() + limitMs),
    };
  }
  if (input.attempts.some((a) => a.finishedAt !== null && a.passed === null)) {
    return {
      eligible: false,
      reason: 'awaiting-review',
      message:
        'Your last exam is waiting for a manager’s review; you will hear before you can sit another.',
    };
  }
  const state = input.certificate ? certificateState(input.certificate, now) : null;
  if ((state === 'valid' || state === 'not-yet-valid') && input.certificate) {
    return {
      eligible: false,
      reason: 'already-certified',
      message:
        'You hold a valid certificate on this track; you can recertify once its renewal window opens.',
      retryAt: new Date(input.certificate.record.recertifyFrom),
    };
  }
  // An unfinished attempt past its limit ended when its time ran out.
  const ended = input.attempts.map((a) => ({
    ...a,
    endedAt: a.finishedAt ?? new Date(a.startedAt.getTime() + limitMs),
    passed: a.finishedAt === null ? false : a.passed,
  }));
  const lastPass = Math.max(
    input.attemptsResetAt?.getTime() ?? -Infinity,
    ...ended.filter((a) => a.passed === true).map((a) => a.endedAt.getTime()),
  );
  const failed = ended
    .filter((a) => a.passed === false && a.startedAt.getTime() >= lastPass)
    .sort((a, b) => a.endedAt.getTime() - b.endedAt.getTime());
  const attemptsLeft = track.attempts.allowed - failed.length;
  if (attemptsLeft <= 0) {
    return {
      eligible: false,
      reason: 'no-attempts-left',
      message: `You have used all ${plural(track.attempts.allowed, 'attempt')} on this track; ask a manager to allow another.`,
    };
  }
  const latest = failed.at(-1);
  if (latest !== undefined) {
    const retryAt = latest.endedAt.getTime() + track.attempts.cooldown * 1000;
    if (time < retryAt) {
      return {
        eligible: false,
        reason: 'cooldown',
        message: `The last attempt failed; wait ${formatDuration(Math.ceil((retryAt - time) / 1000))} before the next one.`,
        retryAt: new Date(retryAt),
      };
    }
  }
  const renewal = state === 'recertification-window' || state === 'expired';
  return {
    eligible: true,
    reason: renewal ? 'recertification' : 'first-certification',
    attemptsLeft,
    message: `You may start the exam; ${plural(attemptsLeft, 'attempt')} left.`,
  };
}
