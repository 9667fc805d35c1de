import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { issueCertificate, revokeCertificate } from '../../src/certification/certificate.ts';
import type { Certificate, IssueInput } from '../../src/certification/certificate.ts';
import { verifyCertificate } from '../../src/certification/verify-certificate.ts';
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

  it('verifies a certificate whose names were typed with spaces around them', () => {
    const spaced = issue({ holder: { id: 'user-7', name: '  Dana Whitfield ' } });
    expect(spaced.record.holder.name).toBe('Dana Whitfield');
    expect(verifyCertificate(spaced.code, spaced, keys, after(1)).outcome).toBe('valid');
  });

  it('reports a stored record with whitespace added as tampered', () => {
    const padded = edited((c) => ({
      ...c,
      record: { ...c.record, holder: { ...c.record.holder, name: ' Dana Whitfield' } },
    }));
    expect(verifyCertificate(certificate.code, padded, keys, after(1)).outcome).toBe('tampered');
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

  it('reports any one-character edit of any text in the record as tampered (property)', () => {
    const texts = (record: Certificate['record']): string[][] => {
      const paths: string[][] = [];
      const walk = (value: unknown, path: string[]) => {
        if (typeof value === 'string') paths.push(path);
        else if (value !== null && typeof value === 'object') {
          for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
        }
      };
      walk(record, []);
      return paths;
    };
    const paths = texts(certificate.record);
    fc.assert(
      fc.property(
        fc.nat(paths.length - 1),
        fc.nat(),
        fc.integer({ min: 1, max: 0xd7ff }),
        (which, at, delta) => {
          const path = paths[which]!;
          const copy = structuredClone(certificate);
          let holder = copy.record as unknown as Record<string, unknown>;
          for (const key of path.slice(0, -1)) holder = holder[key] as Record<string, unknown>;
          const last = path.at(-1)!;
          const text = holder[last] as string;
          const position = at % text.length;
          const code = (text.charCodeAt(position) + delta) % 0xd800;
          fc.pre(code !== text.charCodeAt(position));
          holder[last] =
            text.slice(0, position) + String.fromCharCode(code) + text.slice(position + 1);
          expect(verifyCertificate(certificate.code, copy, keys, after(1)).valid).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });
});
