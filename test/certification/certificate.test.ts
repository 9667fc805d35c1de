import { describe, expect, it } from 'vitest';
import {
  certificateState,
  issueCertificate,
  recertifyCertificate,
  revokeCertificate,
} from '../../src/certification/certificate.ts';
import type { Certificate, IssueInput } from '../../src/certification/certificate.ts';
import { generateSigningKey } from '../../src/certification/signing.ts';
import { after, ISSUED, passedGrade, track } from './fixtures.ts';

const key = generateSigningKey();

function issue(changes: Partial<IssueInput> = {}): Certificate {
  return issueCertificate(
    {
      id: 'cert-1',
      organisation: { id: 'org-1', name: 'Northwind Bank' },
      holder: { id: 'user-7', name: 'Dana Whitfield' },
      track: track(),
      exam: { id: 'exam-3', grade: passedGrade() },
      issuedBy: 'manager-1',
      now: ISSUED,
      ...changes,
    },
    key,
  );
}

describe('issueCertificate', () => {
  it('records the holder, scope, score and validity, signed and with a code', () => {
    const certificate = issue();
    expect(certificate.record).toMatchObject({
      holder: { id: 'user-7', name: 'Dana Whitfield' },
      track: { id: 'x-complaints', title: 'Complaints on X', channels: ['x'] },
      score: 88,
      rubricVersions: ['1.0.0'],
      issuedAt: '2026-01-10T09:00:00.000Z',
      validFrom: '2026-01-10T09:00:00.000Z',
      // 365 days later; the window opens 30 days before.
      validUntil: '2027-01-10T09:00:00.000Z',
      recertifyFrom: '2026-12-11T09:00:00.000Z',
      recertifies: null,
      keyId: key.keyId,
    });
    expect(certificate.code).toMatch(
      /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/,
    );
    expect(certificate.revocation).toBeNull();
  });

  it('refuses an exam that did not pass', () => {
    const failed = { ...passedGrade(), passed: false };
    expect(() => issue({ exam: { id: 'exam-4', grade: failed } })).toThrow(
      'Exam exam-4 did not pass, so it cannot earn a certificate.',
    );
  });

  it('uses the manager-adjusted score when there is one', () => {
    const grade = passedGrade();
    const adjusted = { ...grade, adjusted: { ...grade.automatic, overall: 91.5 } };
    expect(issue({ exam: { id: 'exam-3', grade: adjusted } }).record.score).toBe(91.5);
  });
});

describe('certificateState', () => {
  const certificate = issue();
  it.each([
    ['the moment it is issued', 0, 'valid'],
    ['half a year on', 180, 'valid'],
    ['in the last 30 days', 336, 'recertification-window'],
    ['the last day', 364, 'recertification-window'],
    ['at the expiry instant', 365, 'expired'],
    ['two years on', 730, 'expired'],
    ['before it was issued', -1, 'not-yet-valid'],
  ])('is %s → %s', (_name, days, state) => {
    expect(certificateState(certificate, after(days))).toBe(state);
  });

  it('is revoked from the revocation on, whatever the dates', () => {
    const revoked = revokeCertificate(
      certificate,
      { by: 'manager-2', reason: 'Left the team.' },
      after(10),
      key,
    );
    expect(certificateState(revoked, after(11))).toBe('revoked');
    expect(certificateState(revoked, after(400))).toBe('revoked');
  });
});

describe('recertification', () => {
  const first = issue();

  it('renews from the old expiry when done in the window, so nothing is lost', () => {
    const renewed = issue({
      id: 'cert-2',
      exam: { id: 'exam-9', grade: passedGrade() },
      now: after(350),
      previous: first,
    });
    expect(renewed.record.recertifies).toBe('cert-1');
    expect(renewed.record.validFrom).toBe(after(350).toISOString());
    expect(renewed.record.validUntil).toBe('2028-01-10T09:00:00.000Z');
  });

  it('renews from today after the old one has expired', () => {
    const renewed = issue({ id: 'cert-2', now: after(400), previous: first });
    expect(renewed.record.validUntil).toBe(after(400 + 365).toISOString());
  });

  it.each<[string, Partial<IssueInput>, string]>([
    [
      'another holder',
      { holder: { id: 'user-8', name: 'Sam' } },
      "Certificate cert-1 is not this holder's on this track",
    ],
    [
      'another track',
      { track: track({ id: 'facebook-crisis' }) },
      "Certificate cert-1 is not this holder's on this track",
    ],
  ])('refuses to renew %s’s certificate', (_name, changes, message) => {
    expect(() => issue({ id: 'cert-2', previous: first, ...changes })).toThrow(message);
  });

  it('refuses to renew a revoked certificate', () => {
    const revoked = revokeCertificate(
      first,
      { by: 'm', reason: 'Posted a customer’s address.' },
      after(5),
      key,
    );
    expect(() => issue({ id: 'cert-2', previous: revoked })).toThrow(
      'was revoked; issue a new certificate',
    );
  });
});

describe('recertifyCertificate', () => {
  const first = issue();
  const input = (days: number) => ({
    id: 'cert-2',
    organisation: { id: 'org-1', name: 'Northwind Bank' },
    holder: { id: 'user-7', name: 'Dana Whitfield' },
    track: track(),
    exam: { id: 'exam-9', grade: passedGrade() },
    issuedBy: 'manager-1',
    now: after(days),
  });

  it.each([
    ['in the renewal window', 340, '2028-01-10T09:00:00.000Z'],
    ['after expiry', 400, after(400 + 365).toISOString()],
  ])('renews %s', (_name, days, validUntil) => {
    const renewed = recertifyCertificate(first, input(days), key);
    expect(renewed.record).toMatchObject({ recertifies: 'cert-1', validUntil });
  });

  it('refuses a certificate not yet due', () => {
    expect(() => recertifyCertificate(first, input(100), key)).toThrow(
      'Certificate cert-1 is not due for renewal until 2026-12-11.',
    );
  });
});

describe('revokeCertificate', () => {
  it('keeps the signed record and adds who, when and why', () => {
    const certificate = issue();
    const revoked = revokeCertificate(
      certificate,
      { by: 'manager-2', reason: '  Shared a customer’s phone number publicly. ' },
      after(20),
      key,
    );
    expect(revoked.record).toEqual(certificate.record);
    expect(revoked.signature).toBe(certificate.signature);
    expect(revoked.revocation).toMatchObject({
      at: after(20).toISOString(),
      by: 'manager-2',
      reason: 'Shared a customer’s phone number publicly.',
    });
  });

  it.each([
    [
      'no reason',
      { by: 'manager-2', reason: '' },
      'needs a written reason: say why this person may no longer post',
    ],
    ['a blank reason', { by: 'manager-2', reason: '   ' }, 'needs a written reason'],
  ])('refuses %s', (_name, request, message) => {
    expect(() => revokeCertificate(issue(), request, after(1), key)).toThrow(message);
  });

  it('refuses to revoke twice', () => {
    const revoked = revokeCertificate(issue(), { by: 'm', reason: 'r' }, after(1), key);
    expect(() => revokeCertificate(revoked, { by: 'm', reason: 'r' }, after(2), key)).toThrow(
      'already revoked',
    );
  });
});
