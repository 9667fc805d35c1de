import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { issueCertificate, revokeCertificate } from '../../src/certification/certificate.ts';
import type { Certificate } from '../../src/certification/certificate.ts';
import {
  readOpenBadgeJwt,
  signOpenBadgeJwt,
  toOpenBadge,
} from '../../src/certification/open-badge.ts';
import { REGISTRY_COLUMNS, registryCsv } from '../../src/certification/registry-csv.ts';
import { generateSigningKey } from '../../src/certification/signing.ts';
import { after, ISSUED, passedGrade, track } from './fixtures.ts';

const key = generateSigningKey();

function certify(id: string, holder: string, issued = ISSUED): Certificate {
  return issueCertificate(
    {
      id,
      organisation: { id: 'org-1', name: 'Northwind Bank' },
      holder: { id: `user-${id}`, name: holder },
      track: track(),
      exam: { id: `exam-${id}`, grade: passedGrade() },
      issuedBy: 'manager-1',
      now: issued,
    },
    key,
  );
}

describe('toOpenBadge', () => {
  const certificate = certify('c-1', 'Dana Whitfield');
  const badge = toOpenBadge(certificate, {
    baseUrl: 'https://frontline.example.com/',
    track: track(),
  });

  it('is an OpenBadgeCredential with the OB 3.0 contexts, issuer, dates and achievement', () => {
    expect(badge['@context']).toEqual([
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ]);
    expect(badge.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(badge.id).toBe(`https://frontline.example.com/verify/${certificate.code}`);
    expect(badge.issuer).toEqual({
      id: 'https://frontline.example.com/organisations/org-1',
      type: ['Profile'],
      name: 'Northwind Bank',
    });
    expect(badge.validFrom).toBe('2026-01-10T09:00:00.000Z');
    expect(badge.validUntil).toBe('2027-01-10T09:00:00.000Z');
    expect(badge.credentialSubject.type).toEqual(['AchievementSubject']);
    expect(badge.credentialSubject.identifier).toEqual([
      {
        type: 'IdentityObject',
        identityType: 'name',
        hashed: false,
        identityHash: 'Dana Whitfield',
      },
    ]);
    expect(badge.credentialSubject.achievement).toMatchObject({
      id: 'https://frontline.example.com/certification/tracks/x-complaints',
      type: ['Achievement'],
      achievementType: 'Certification',
      name: 'Complaints on X',
    });
  });

  it('states the track’s pass rules as the criteria', () => {
    expect(badge.credentialSubject.achievement.criteria.narrative).toMatchInlineSnapshot(
      `"Pass an exam of 3 scenarios drawn from 4 on x, within 60 minutes, with an overall score of at least 75 out of 100, per-criterion minimums of apology at least 80, take-private at least 60, and no reply violating no-contradiction or take-private."`,
    );
  });

  it('refuses a revoked certificate', () => {
    const revoked = revokeCertificate(certificate, { by: 'm', reason: 'Left.' }, after(3), key);
    expect(() => toOpenBadge(revoked, { baseUrl: 'https://x.test' })).toThrow(
      'is revoked, so it cannot be exported',
    );
  });

  it('signs the badge as a JWT that reads back only with the right key and unaltered', () => {
    const jwt = signOpenBadgeJwt(badge, key);
    expect(JSON.parse(Buffer.from(jwt.split('.')[0] ?? '', 'base64url').toString())).toEqual({
      alg: 'EdDSA',
      typ: 'vc+jwt',
      kid: key.keyId,
    });
    expect(readOpenBadgeJwt(jwt, [key])).toEqual(badge);
    expect(JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString())).toMatchObject({
      iss: 'https://frontline.example.com/organisations/org-1',
      jti: badge.id,
      validUntil: badge.validUntil,
    });
    expect(readOpenBadgeJwt(jwt, [generateSigningKey()])).toBeNull();
    const [header, , signature] = jwt.split('.');
    const altered = Buffer.from(
      JSON.stringify({ ...badge, validUntil: '2099-01-01T00:00:00Z' }),
    ).toString('base64url');
    expect(readOpenBadgeJwt(`${header}.${altered}.${signature}`, [key])).toBeNull();
    expect(readOpenBadgeJwt('not.a.jwt', [key])).toBeNull();
  });
});

describe('registryCsv', () => {
  const dana = certify('c-1', 'Dana Whitfield');
  const formula = certify('c-2', '=HYPERLINK("http://evil.test","click")');
  const revoked = revokeCertificate(
    certify('c-3', 'Lee, "Sunny" Park'),
    { by: 'manager-2', reason: 'Posted a customer’s address,\nthen argued.' },
    after(40),
    key,
  );

  it('writes one row per certificate with its state, and reads back exactly', () => {
    const csv = registryCsv([dana, formula, revoked], after(50));
    const rows = parse<Record<string, string>>(csv, { columns: true });
    expect(Object.keys(rows[0] ?? {})).toEqual([...REGISTRY_COLUMNS]);
    expect(rows.map((r) => [r['holder'], r['status']])).toEqual([
      ['Dana Whitfield', 'valid'],
      ['\'=HYPERLINK("http://evil.test","click")', 'valid'],
      ['Lee, "Sunny" Park', 'revoked'],
    ]);
    expect(rows[2]).toMatchObject({
      code: revoked.code,
      channels: 'x',
      score: '88',
      revoked_by: 'manager-2',
      revocation_reason: 'Posted a customer’s address,\nthen argued.',
      valid_until: '2027-01-10T09:00:00.000Z',
    });
  });

  it('shows expiry at the time asked', () => {
    const rows = parse<Record<string, string>>(registryCsv([dana], after(400)), {
      columns: true,
    });
    expect(rows[0]?.['status']).toBe('expired');
  });

  it('writes only the header for an empty registry', () => {
    expect(registryCsv([], after(1))).toBe(`${REGISTRY_COLUMNS.join(',')}\n`);
  });
});
