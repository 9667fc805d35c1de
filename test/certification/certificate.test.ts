import { describe, expect, it } from 'vitest';
import {
  certificateState,
  issueCertificate,
  recertifyCertificate,
  revokeCertificate,
  verifyCertificate,
} from '../../src/certification/certificate.ts';
import type { Certificate, IssueInput } from '../../src/certification/certificate.ts';
import { generateSigningKey } from '../../src/certification/signing.ts';
import { after, ISSUED, passedGrade, track } from './fixtures.ts';

const key = generateSigningKey();
const other = generateSigningKey();

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

describe('verifyCertificate', () => {
  const certificate = issue();
  const keys = [key];
  const revoked = revokeCertificate(
    certificate,
    { by: 'manager-2', reason: 'Left the company.' },
    after(30),
    key,
  );
  const edited = (change: (c: Certificate) => Certificate) => change(structuredClone(certificate));

  it.each<[string, string, Certificate | null, Date, string, boolean, string]>([
    [
      'a valid certificate',
      certificate.code,
      certificate,
      after(30),
      'valid',
      true,
      'Dana Whitfield is certified for Complaints on X (x) by Northwind Bank until 2027-01-10.',
    ],
    [
      'a code typed in lower case with spaces',
      certificate.code.toLowerCase().replace(/-/g, ' '),
      certificate,
      after(30),
      'valid',
      true,
      'Dana Whitfield is certified for Complaints on X (x) by Northwind Bank until 2027-01-10.',
    ],
    [
      'one due for renewal',
      certificate.code,
      certificate,
      after(340),
      'recertification-window',
      true,
      'Dana Whitfield is certified for Complaints on X (x) by Northwind Bank until 2027-01-10; renewal is due.',
    ],
    [
      'an expired certificate',
      certificate.code,
      certificate,
      after(366),
      'expired',
      false,
      'This certificate expired on 2027-01-10; Dana Whitfield is no longer certified by it.',
    ],
    [
      'a revoked certificate',
      certificate.code,
      revoked,
      after(31),
      'revoked',
      false,
      'This certificate was revoked on 2026-02-09: Left the company.',
    ],
    [
      'a code nobody issued',
      '7K3M-9QXD-2HPJ',
      null,
      after(1),
      'unknown',
      false,
      'No certificate has this code; it was not issued here.',
    ],
    [
      'a code that is not one',
      'hello',
      null,
      after(1),
      'malformed',
      false,
      'This is not a certificate code; a code has 12 letters and digits, such as 7K3M-9QXD-2HPJ.',
    ],
    [
      'an edited holder name',
      certificate.code,
      edited((c) => ({
        ...c,
        record: { ...c.record, holder: { ...c.record.holder, name: 'Eve' } },
      })),
      after(1),
      'tampered',
      false,
      'This certificate does not match its signature; it has been altered and must not be trusted.',
    ],
    [
      'an extended expiry',
      certificate.code,
      edited((c) => ({ ...c, record: { ...c.record, validUntil: '2099-01-01T00:00:00.000Z' } })),
      after(400),
      'tampered',
      false,
      'This certificate does not match its signature; it has been altered and must not be trusted.',
    ],
    [
      'a widened scope',
      certificate.code,
      edited((c) => ({
        ...c,
        record: { ...c.record, track: { ...c.record.track, channels: ['x', 'facebook'] } },
      })),
      after(1),
      'tampered',
      false,
      'This certificate does not match its signature; it has been altered and must not be trusted.',
    ],
    [
      'an edited signature',
      certificate.code,
      // Byte 8 of the signature (characters 10–11 carry it in full) is always significant.
      edited((c) => ({
        ...c,
        signature: `${c.signature.slice(0, 10)}${c.signature[10] === 'A' ? 'B' : 'A'}${c.signature.slice(11)}`,
      })),
      after(1),
      'tampered',
      false,
      'This certificate does not match its signature; it has been altered and must not be trusted.',
    ],
    [
      'a forged revocation reason',
      revoked.code,
      { ...revoked, revocation: { ...revoked.revocation!, reason: 'Fraud.' } },
      after(31),
      'tampered',
      false,
      'This certificate does not match its signature; it has been altered and must not be trusted.',
    ],
    [
      'an extra field in the record',
      certificate.code,
      edited((c) => ({ ...c, record: { ...c.record, admin: true } as Certificate['record'] })),
      after(1),
      'tampered',
      false,
      'This certificate does not match its signature; it has been altered and must not be trusted.',
    ],
  ])('reports %s', (_name, code, found, now, outcome, valid, message) => {
    expect(verifyCertificate(code, found, keys, now)).toMatchObject({ outcome, valid, message });
  });

  it('rejects a code that belongs to another certificate', () => {
    const second = issue({ id: 'cert-2', holder: { id: 'user-9', name: 'Eve' } });
    // The registry row of cert-2 with cert-1's code written over it.
    expect(
      verifyCertificate(certificate.code, { ...second, code: certificate.code }, keys, after(1))
        .outcome,
    ).toBe('tampered');
  });

  it('rejects a record re-signed with another key under this key’s id', () => {
    const forged = issueCertificate(
      {
        id: 'cert-1',
        organisation: { id: 'org-1', name: 'Northwind Bank' },
        holder: { id: 'user-7', name: 'Dana Whitfield' },
        track: track(),
        exam: { id: 'exam-3', grade: passedGrade() },
        issuedBy: 'manager-1',
        now: ISSUED,
      },
      { ...other, keyId: key.keyId },
    );
    expect(verifyCertificate(forged.code, forged, keys, after(1)).outcome).toBe('tampered');
  });

  it('says when the signing key is not known', () => {
    expect(verifyCertificate(certificate.code, certificate, [other], after(1)).outcome).toBe(
      'unknown-key',
    );
  });

  it('catches a mistyped code before looking it up', () => {
    const last = certificate.code.at(-1) === '0' ? '1' : '0';
    const typo = `${certificate.code.slice(0, -1)}${last}`;
    expect(verifyCertificate(typo, null, keys, after(1)).outcome).toBe('mistyped');
  });
});
