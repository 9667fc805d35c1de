import { describe, expect, it } from 'vitest';
import { issueCertificate, revokeCertificate } from '../../src/certification/certificate.ts';
import type { Certificate } from '../../src/certification/certificate.ts';
import { mayPost } from '../../src/certification/permission.ts';
import { generateSigningKey } from '../../src/certification/signing.ts';
import type { CertificationTrackInput } from '../../src/certification/track.ts';
import { after, ISSUED, passedGrade, track } from './fixtures.ts';

const key = generateSigningKey();

function certify(
  id: string,
  holderId: string,
  changes: Partial<CertificationTrackInput>,
  issued = ISSUED,
): Certificate {
  return issueCertificate(
    {
      id,
      organisation: { id: 'org-1', name: 'Northwind Bank' },
      holder: { id: holderId, name: holderId },
      track: track(changes),
      exam: { id: `exam-${id}`, grade: passedGrade() },
      issuedBy: 'manager-1',
      now: issued,
    },
    key,
  );
}

const xTrack = { id: 'x-complaints', title: 'Complaints on X', channels: ['x' as const] };
const metaTrack = {
  id: 'meta-crisis',
  title: 'Crises on Facebook and Instagram',
  channels: ['facebook' as const, 'instagram' as const],
  pool: ['product-recall', 'login-outage', 'payment-outage', 'data-leak-rumour'],
};

const dana = certify('c-dana', 'dana', xTrack);
const sam = certify('c-sam', 'sam', metaTrack);
const lee = revokeCertificate(
  certify('c-lee', 'lee', xTrack),
  { by: 'manager-2', reason: 'Argued with a customer in public.' },
  after(40),
  key,
);
const registry = [dana, sam, lee];
const danaOnX = { holderId: 'dana', organisationId: 'org-1', channel: 'x' } as const;

describe('mayPost', () => {
  it.each<
    [string, string, 'x' | 'facebook' | 'instagram' | 'forum', number, boolean, string, string]
  >([
    [
      'a certified holder on the channel',
      'dana',
      'x',
      10,
      true,
      'certified',
      'Certified for x by Complaints on X until 2027-01-10.',
    ],
    [
      'a holder in the renewal window',
      'dana',
      'x',
      350,
      true,
      'renewal-due',
      'Certified for x by Complaints on X until 2027-01-10; renewal is due.',
    ],
    [
      'a holder after expiry',
      'dana',
      'x',
      365,
      false,
      'expired',
      'The Complaints on X certificate expired on 2027-01-10; recertify to post on x again.',
    ],
    [
      'a holder on a channel outside the scope',
      'dana',
      'facebook',
      10,
      false,
      'out-of-scope',
      'Certified for x only, not facebook; pass a track that covers facebook.',
    ],
    [
      'a holder of a two-channel track',
      'sam',
      'instagram',
      10,
      true,
      'certified',
      'Certified for instagram by Crises on Facebook and Instagram until 2027-01-10.',
    ],
    [
      'a revoked holder',
      'lee',
      'x',
      50,
      false,
      'revoked',
      'The Complaints on X certificate was revoked on 2026-02-19: Argued with a customer in public.',
    ],
    [
      'a revoked holder, asked about a day before the revocation',
      'lee',
      'x',
      20,
      true,
      'certified',
      'Certified for x by Complaints on X until 2027-01-10.',
    ],
    [
      'someone never certified',
      'kim',
      'x',
      10,
      false,
      'no-certificate',
      'Not certified to post on x; pass a certification track that covers it first.',
    ],
    [
      'a certificate not valid yet',
      'dana',
      'x',
      -1,
      false,
      'not-yet-valid',
      'The Complaints on X certificate starts on 2026-01-10.',
    ],
  ])('answers for %s', (_name, holder, channel, day, allowed, reason, message) => {
    expect(
      mayPost(registry, { holderId: holder, organisationId: 'org-1', channel }, after(day)),
    ).toMatchObject({
      allowed,
      reason,
      message,
    });
  });

  it('allows on a renewed certificate while the revoked or expired one stays in the registry', () => {
    const renewed = certify('c-dana-2', 'dana', xTrack, after(360));
    const answer = mayPost([...registry, renewed], danaOnX, after(370));
    expect(answer).toMatchObject({ allowed: true, reason: 'certified' });
    expect(answer.certificate?.record.id).toBe('c-dana-2');
    const relee = certify('c-lee-2', 'lee', xTrack, after(60));
    expect(
      mayPost(
        [...registry, relee],
        { holderId: 'lee', organisationId: 'org-1', channel: 'x' },
        after(61),
      ),
    ).toMatchObject({ allowed: true });
  });

  it('picks the certificate that lasts longest when several allow it', () => {
    const later = certify(
      'c-dana-b',
      'dana',
      { ...xTrack, id: 'x-advanced', title: 'Advanced X' },
      after(100),
    );
    expect(mayPost([dana, later], danaOnX, after(120)).certificate?.record.id).toBe('c-dana-b');
  });

  it('counts only certificates from the organisation asked about', () => {
    expect(mayPost(registry, { ...danaOnX, organisationId: 'org-2' }, after(10))).toMatchObject({
      allowed: false,
      reason: 'no-certificate',
    });
  });
});
