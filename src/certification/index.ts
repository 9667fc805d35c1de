export {
  appendAuditEntry,
  AuditEventSchema,
  GENESIS_HASH,
  hashAuditEntry,
  verifyAuditChain,
} from './audit.ts';
export type { AuditEntry, AuditEvent, ChainProblem, ChainVerification } from './audit.ts';
export { calibrate, cohenKappa, pairsFromReview } from './calibration.ts';
export type { Calibration, CalibrationPair, Confusion, CriterionAgreement } from './calibration.ts';
export { canonicalJson } from './canonical.ts';
export type { JsonValue } from './canonical.ts';
export {
  CERTIFICATE_STATES,
  CertificateRecordSchema,
  CertificateSchema,
  certificateState,
  isCurrent,
  issueCertificate,
  recertifyCertificate,
  RevocationSchema,
  revokeCertificate,
  RevokeRequestSchema,
} from './certificate.ts';
export type {
  Certificate,
  CertificateRecord,
  CertificateState,
  IssueInput,
  Revocation,
  RevokeRequest,
} from './certificate.ts';
export { drawExam, eligiblePool, examView, randomExamSeed } from './draw.ts';
export type { ExamDraw, ExamScenario, PoolProblem } from './draw.ts';
export { checkEligibility } from './eligibility.ts';
export type { AttemptRecord, Eligibility, EligibilityInput } from './eligibility.ts';
export {
  ExamActionSchema,
  ExamReplySchema,
  ExamScenarioResultSchema,
  ExamSubmissionSchema,
  scenarioResultFromGrades,
} from './exam.ts';
export type { ExamAction, ExamReply, ExamScenarioResult, ExamSubmission } from './exam.ts';
export { checkOverrides, gradeExam } from './grade.ts';
export type { ExamGrade } from './grade.ts';
export { judgeExam } from './pass-rules.ts';
export type { CriterionRates, ExamVerdict, Place, RuleCheck, ScenarioScore } from './pass-rules.ts';
export { loadOrCreateSigningKey, PUBLIC_KEY_FILE, SIGNING_KEY_FILE } from './keys.ts';
export {
  OPEN_BADGE_CONTEXT,
  readOpenBadgeJwt,
  signOpenBadgeJwt,
  toOpenBadge,
} from './open-badge.ts';
export type { OpenBadgeCredential, OpenBadgeOptions } from './open-badge.ts';
export { describeReply, OverrideSchema, rescoreReport, sameReply } from './override.ts';
export type { Override, ReplyRef } from './override.ts';
export { mayPost } from './permission.ts';
export type { PostingPermission } from './permission.ts';
export { REGISTRY_COLUMNS, registryCsv } from './registry-csv.ts';
export {
  generateSigningKey,
  keyIdOf,
  privateKeyPem,
  publicKeyPem,
  signingKeyFromPem,
  signJson,
  verifyingKeyFromPem,
  verifyJson,
} from './signing.ts';
export type { SigningKey, VerifyingKey } from './signing.ts';
export {
  CertificationTrackSchema,
  formatTrackProblems,
  parseTrack,
  parseTrackYaml,
  PassRulesSchema,
} from './track.ts';
export type {
  CertificationTrack,
  CertificationTrackInput,
  ParsedTrack,
  PassRules,
  TrackProblem,
} from './track.ts';
export { readVerificationCode, verificationCodeFor } from './verification-code.ts';
export { verifyCertificate } from './verify-certificate.ts';
export type { Verification, VerificationOutcome } from './verify-certificate.ts';
export type { ReadCode } from './verification-code.ts';
