import { describe, expect, it } from 'vitest';
import * as certification from '../../src/certification/index.ts';
import { canonicalJson } from '../../src/certification/index.ts';

describe('the certification entry point', () => {
  it('exports exactly the values the server builds on', () => {
    expect(Object.keys(certification).sort()).toMatchInlineSnapshot(`
      [
        "AuditEventSchema",
        "CERTIFICATE_STATES",
        "CertificateRecordSchema",
        "CertificateSchema",
        "CertificationTrackSchema",
        "ExamActionSchema",
        "ExamReplySchema",
        "ExamScenarioResultSchema",
        "ExamSubmissionSchema",
        "GENESIS_HASH",
        "OPEN_BADGE_CONTEXT",
        "OverrideSchema",
        "PUBLIC_KEY_FILE",
        "PassRulesSchema",
        "REGISTRY_COLUMNS",
        "RevocationSchema",
        "RevokeRequestSchema",
        "SIGNING_KEY_FILE",
        "appendAuditEntry",
        "calibrate",
        "canonicalJson",
        "certificateState",
        "checkEligibility",
        "checkOverrides",
        "cohenKappa",
        "describeReply",
        "drawExam",
        "eligiblePool",
        "examView",
        "formatTrackProblems",
        "generateSigningKey",
        "gradeExam",
        "hashAuditEntry",
        "isCurrent",
        "issueCertificate",
        "judgeExam",
        "keyIdOf",
        "loadOrCreateSigningKey",
        "mayPost",
        "pairsFromReview",
        "parseTrack",
        "parseTrackYaml",
        "privateKeyPem",
        "publicKeyPem",
        "randomExamSeed",
        "readOpenBadgeJwt",
        "readVerificationCode",
        "recertifyCertificate",
        "registryCsv",
        "rescoreReport",
        "revokeCertificate",
        "sameReply",
        "scenarioResultFromGrades",
        "signJson",
        "signOpenBadgeJwt",
        "signingKeyFromPem",
        "toOpenBadge",
        "verificationCodeFor",
        "verifyAuditChain",
        "verifyCertificate",
        "verifyJson",
        "verifyingKeyFromPem",
      ]
    `);
  });
});

describe('canonicalJson', () => {
  it.each<[string, unknown, string]>([
    [
      'sorts keys at every depth',
      { b: 1, a: { d: [3, { f: 1, e: 2 }], c: null } },
      '{"a":{"c":null,"d":[3,{"e":2,"f":1}]},"b":1}',
    ],
    ['writes numbers the ECMAScript way', { n: [1.0, 1e21, 0.1, -0] }, '{"n":[1,1e+21,0.1,0]}'],
    ['keeps non-ASCII text as is', { name: 'Zoë 😀' }, '{"name":"Zoë 😀"}'],
  ])('%s', (_name, value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['NaN', { n: Number.NaN }],
    ['a lone surrogate', { s: '\uD83D' }],
  ])('refuses %s', (_name, value) => {
    expect(() => canonicalJson(value)).toThrow();
  });
});
