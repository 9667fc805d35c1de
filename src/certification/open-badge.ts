import { sign, verify } from 'node:crypto';
import type { Certificate } from './certificate.ts';
import type { SigningKey, VerifyingKey } from './signing.ts';
import type { CertificationTrack } from './track.ts';

/** The JSON-LD contexts of an Open Badges 3.0 credential (VC Data Model 2.0, OB context 3.0.3). */
export const OPEN_BADGE_CONTEXT = [
  'https://www.w3.org/ns/credentials/v2',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
] as const;

const ACHIEVEMENT_CREDENTIAL_SCHEMA =
  'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json';

export interface OpenBadgeOptions {
  /** The app's public address, such as `https://frontline.example.com`; ids are built under it. */
  baseUrl: string;
  /** The track the certificate was earned on, to state its criteria; a general sentence without it. */
  track?: CertificationTrack | undefined;
}

/** An OpenBadgeCredential as plain JSON-LD; what `toOpenBadge` returns. */
export interface OpenBadgeCredential {
  '@context': string[];
  id: string;
  type: ['VerifiableCredential', 'OpenBadgeCredential'];
  name: string;
  issuer: { id: string; type: ['Profile']; name: string };
  validFrom: string;
  validUntil: string;
  credentialSubject: {
    type: ['AchievementSubject'];
    identifier: {
      type: 'IdentityObject';
      identityType: 'name';
      hashed: false;
      identityHash: string;
    }[];
    achievement: {
      id: string;
      type: ['Achievement'];
      achievementType: 'Certification';
      name: string;
      description: string;
      criteria: { id: string; narrative: string };
    };
  };
  evidence: { type: ['Evidence']; name: string; narrative: string }[];
  credentialSchema: { id: string; type: '1EdTechJsonSchemaValidator2019' }[];
}

function criteriaNarrative(track: CertificationTrack | undefined): string {
  if (track === undefined) {
    return 'Pass a certification exam of scenarios on these channels, scored on the server against the Frontline rubric.';
  }
  const minimums = Object.entries(track.pass.criteria).map(
    ([id, minimum]) => `${id} at least ${String(minimum)}`,
  );
  const parts = [
    `Pass an exam of ${track.draw} scenarios drawn from ${track.pool.length} on ${track.channels.join(', ')}, within ${Math.round(track.timeLimit.exam / 60)} minutes`,
    `with an overall score of at least ${track.pass.overall} out of 100`,
    ...(minimums.length > 0 ? [`per-criterion minimums of ${minimums.join(', ')}`] : []),
    ...(track.pass.gates.length > 0
      ? [`and no reply violating ${track.pass.gates.join(' or ')}`]
      : []),
  ];
  return `${parts.join(', ')}.`;
}

/**
 * The certificate as an Open Badges 3.0 `OpenBadgeCredential` (unsigned JSON-LD; `signOpenBadgeJwt`
 * secures it). Ids: the credential is its verification page `/verify/<code>`, the issuer
 * `/organisations/<id>`, the achievement `/certification/tracks/<id>`. Throws for a revoked
 * certificate, which must not travel as a credential.
 */
export function toOpenBadge(
  certificate: Certificate,
  options: OpenBadgeOptions,
): OpenBadgeCredential {
  if (certificate.revocation !== null) {
    throw new Error(
      `Certificate ${certificate.record.id} is revoked, so it cannot be exported as a badge.`,
    );
  }
  const base = options.baseUrl.replace(/\/+$/, '');
  const { record } = certificate;
  const achievementId = `${base}/certification/tracks/${encodeURIComponent(record.track.id)}`;
  return {
    '@context': [...OPEN_BADGE_CONTEXT],
    id: `${base}/verify/${certificate.code}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: `${record.track.title}: certified to post for ${record.organisation.name}`,
    issuer: {
      id: `${base}/organisations/${encodeURIComponent(record.organisation.id)}`,
      type: ['Profile'],
      name: record.organisation.name,
    },
    validFrom: record.validFrom,
    validUntil: record.validUntil,
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [
        {
          type: 'IdentityObject',
          identityType: 'name',
          hashed: false,
          identityHash: record.holder.name,
        },
      ],
      achievement: {
        id: achievementId,
        type: ['Achievement'],
        achievementType: 'Certification',
        name: record.track.title,
        description:
          options.track?.description !== undefined && options.track.description !== ''
            ? options.track.description
            : `Certified to answer customers publicly for ${record.organisation.name} on ${record.track.channels.join(', ')}.`,
        criteria: { id: `${achievementId}#criteria`, narrative: criteriaNarrative(options.track) },
      },
    },
    evidence: [
      {
        type: ['Evidence'],
        name: 'Certification exam',
        narrative: `Exam ${record.examId} scored ${record.score} out of 100 on rubric ${record.rubricVersions.join(', ')}.`,
      },
    ],
    credentialSchema: [
      { id: ACHIEVEMENT_CREDENTIAL_SCHEMA, type: '1EdTechJsonSchemaValidator2019' },
    ],
  };
}

const encode = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

/**
 * Secures the credential as a compact JWS with the server's Ed25519 key (VC-JOSE-COSE: the
 * payload is the credential itself, plus the `iss` and `jti` claims Open Badges 3.0 allows;
 * header `alg` EdDSA, `typ` vc+jwt, `kid` the signing key's id).
 */
export function signOpenBadgeJwt(credential: OpenBadgeCredential, key: SigningKey): string {
  const claims = { ...credential, iss: credential.issuer.id, jti: credential.id };
  const input = `${encode({ alg: 'EdDSA', typ: 'vc+jwt', kid: key.keyId })}.${encode(claims)}`;
  return `${input}.${sign(null, Buffer.from(input, 'ascii'), key.privateKey).toString('base64url')}`;
}

/** The credential inside a badge JWT, or null when the signature does not hold for any of the keys. */
export function readOpenBadgeJwt(
  jwt: string,
  keys: readonly VerifyingKey[],
): OpenBadgeCredential | null {
  const [header, payload, signature, ...rest] = jwt.split('.');
  if (header === undefined || payload === undefined || signature === undefined || rest.length > 0)
    return null;
  try {
    const { alg, kid } = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as {
      alg?: string;
      kid?: string;
    };
    const key = keys.find((candidate) => candidate.keyId === kid);
    if (alg !== 'EdDSA' || key === undefined) return null;
    const genuine = verify(
      null,
      Buffer.from(`${header}.${payload}`, 'ascii'),
      key.publicKey,
      Buffer.from(signature, 'base64url'),
    );
    if (!genuine) return null;
    const claims = JSON.parse(
      Buffer.from(payload, 'base64url').toString('utf8'),
    ) as OpenBadgeCredential & {
      iss?: string;
      jti?: string;
    };
    const { iss: _iss, jti: _jti, ...credential } = claims;
    return credential;
  } catch {
    return null;
  }
}
