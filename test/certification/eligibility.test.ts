import { describe, expect, it } from 'vitest';
import { issueCertificate, revokeCertificate } from '../../src/certification/certificate.ts';
import { checkEligibility } from '../../src/certification/eligibility.ts';
import type { AttemptRecord } from '../../src/certification/eligibility.ts';
import { generateSigningKey } from '../../src/certification/signing.ts';
import { after, ISSUED, passedGrade, track } from './fixtures.ts';

// The fixture track: 3 attempts, a 1-day cooldown, a 1-hour exam, 365 days' validity, 30-day window.
const HOUR = 3_600_000;
const key = generateSigningKey();
const at = (days: number, hours = 0) => new Date(after(days).getTime() + hours * HOUR);
const failedAt = (days: number): AttemptRecord => ({
  startedAt: at(days),
  finishedAt: at(days, 0.5),
  passed: false,
});
const passedAt = (days: number): AttemptRecord => ({
  startedAt: at(days),
  finishedAt: at(days, 0.5),
  passed: true,
});
const certificate = issueCertificate(
  {
    id: 'cert-1',
    organisation: { id: 'org-1', name: 'Northwind Bank' },
    holder: { id: 'user-7', name: 'Dana Whitfield' },
    track: track(),
    exam: { id: 'exam-1', grade: passedGrade() },
    issuedBy: 'manager-1',
    now: ISSUED,
  },
  key,
);

describe('checkEligibility', () => {
  it.each<[string, AttemptRecord[], Date, string, boolean]>([
    ['a first attempt', [], at(0), 'first-certification', true],
    ['after a failure and the cooldown', [failedAt(0)], at(2), 'first-certification', true],
    ['within the cooldown after a failure', [failedAt(0)], at(0, 5), 'cooldown', false],
    [
      'with an attempt under way',
      [{ startedAt: at(0), finishedAt: null, passed: null }],
      at(0, 0.5),
      'in-progress',
      false,
    ],
    [
      'after an abandoned attempt timed out, counted as failed',
      [{ startedAt: at(0), finishedAt: null, passed: null }],
      at(0, 2),
      'cooldown',
      false,
    ],
    [
      'while the last attempt awaits review',
      [{ startedAt: at(0), finishedAt: at(0, 0.5), passed: null }],
      at(3),
      'awaiting-review',
      false,
    ],
    [
      'after three failures',
      [failedAt(0), failedAt(2), failedAt(4)],
      at(30),
      'no-attempts-left',
      false,
    ],
    [
      'after two failures, a pass and a failure (the pass resets the count)',
      [failedAt(0), failedAt(2), passedAt(4), failedAt(400)],
      at(402),
      'first-certification',
      true,
    ],
  ])('answers %s', (_name, attempts, now, reason, eligible) => {
    expect(checkEligibility({ track: track(), attempts, now })).toMatchObject({ reason, eligible });
  });

  it('says how long the cooldown still runs and when to come back', () => {
    const answer = checkEligibility({ track: track(), attempts: [failedAt(0)], now: at(0, 6.5) });
    expect(answer).toEqual({
      eligible: false,
      reason: 'cooldown',
      message: 'The last attempt failed; wait 18h before the next one.',
      retryAt: at(1, 0.5),
    });
  });

  it('counts attempts left', () => {
    expect(checkEligibility({ track: track(), attempts: [failedAt(0)], now: at(3) })).toMatchObject(
      {
        attemptsLeft: 2,
        message: 'You may start the exam; 2 attempts left.',
      },
    );
  });

  it('lets a manager allow more attempts', () => {
    const attempts = [failedAt(0), failedAt(2), failedAt(4)];
    expect(
      checkEligibility({ track: track(), attempts, attemptsResetAt: at(10), now: at(11) }),
    ).toMatchObject({
      eligible: true,
      attemptsLeft: 3,
    });
  });

  it.each<[string, number, string, boolean]>([
    ['while the certificate is valid', 100, 'already-certified', false],
    ['in the renewal window', 340, 'recertification', true],
    ['after expiry', 400, 'recertification', true],
  ])('with a certificate, answers %s', (_name, day, reason, eligible) => {
    const answer = checkEligibility({
      track: track(),
      attempts: [passedAt(0)],
      certificate,
      now: at(day),
    });
    expect(answer).toMatchObject({ reason, eligible });
  });

  it('treats a revoked certificate as none: the person may certify again', () => {
    const revoked = revokeCertificate(
      certificate,
      { by: 'manager-1', reason: 'Posted a card number.' },
      at(50),
      key,
    );
    expect(
      checkEligibility({
        track: track(),
        attempts: [passedAt(0)],
        certificate: revoked,
        now: at(60),
      }),
    ).toMatchObject({
      eligible: true,
      reason: 'first-certification',
    });
  });
});
