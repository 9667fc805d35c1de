import { ActionError, defineAction } from 'astro:actions';
import type { ActionAPIContext } from 'astro:actions';
import { z } from 'zod';
import type { Actor } from '../server/actor.ts';
import { listAudit, verifyAudit } from '../server/certification/audit-log.ts';
import { getCalibration } from '../server/certification/calibration.ts';
import {
  listCertificates,
  revokeCertificateService,
} from '../server/certification/certificates.ts';
import { certificationContext } from '../server/app-context.ts';
import { serverRuntime } from '../server/runtime.ts';
import {
  allowRetry,
  examEligibility,
  finishExam,
  flagExam,
  getExam,
  listExams,
  startExam,
} from '../server/certification/exams.ts';
import {
  AllowRetryInputSchema,
  DisputeInputSchema,
  ExamGetInputSchema,
  ExamIdInputSchema,
  ExamListInputSchema,
  FlagInputSchema,
  OverrideInputSchema,
  ReviewListInputSchema,
  RevokeInputSchema,
  TokenCreateInputSchema,
  TokenIdInputSchema,
  TrackIdInputSchema,
  TrackInputSchema,
  TrackUpdateInputSchema,
} from '../server/certification/inputs.ts';
import {
  approveReview,
  disputeExam,
  listReviews,
  overrideCriterion,
} from '../server/certification/review.ts';
import { createApiToken, listApiTokens, revokeApiToken } from '../server/certification/tokens.ts';
import { createTrack, listTracks, updateTrack } from '../server/certification/tracks.ts';
import { ServiceError } from '../server/service-error.ts';

// Thin, like index.ts: validate with zod, find the caller, call a service; services check role
// and organisation. Acting in an exam, whose answer is large, is a JSON route instead:
// src/pages/api/certification/exams/act.ts.

function callerOf(context: ActionAPIContext): Actor | undefined {
  return context.locals.actor;
}

async function run<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ServiceError) {
      throw new ActionError({ code: error.code, message: error.message });
    }
    throw error;
  }
}

const NoInput = z.strictObject({}).optional();

export const certification = {
  tracks: {
    create: defineAction({
      input: TrackInputSchema,
      handler: (input, context) =>
        run(async () => createTrack(await certificationContext(), callerOf(context), input)),
    }),
    update: defineAction({
      input: TrackUpdateInputSchema,
      handler: (input, context) =>
        run(async () => updateTrack(await certificationContext(), callerOf(context), input)),
    }),
    list: defineAction({
      input: NoInput,
      handler: (_input, context) =>
        run(async () => listTracks(await certificationContext(), callerOf(context))),
    }),
  },
  exams: {
    eligibility: defineAction({
      input: TrackIdInputSchema,
      handler: (input, context) =>
        run(async () => examEligibility(await certificationContext(), callerOf(context), input)),
    }),
    start: defineAction({
      input: TrackIdInputSchema,
      handler: (input, context) =>
        run(async () => startExam(await certificationContext(), callerOf(context), input)),
    }),
    get: defineAction({
      input: ExamGetInputSchema,
      handler: (input, context) =>
        run(async () => getExam(await certificationContext(), callerOf(context), input)),
    }),
    finish: defineAction({
      input: ExamIdInputSchema,
      handler: (input, context) =>
        run(async () => finishExam(await certificationContext(), callerOf(context), input)),
    }),
    flag: defineAction({
      input: FlagInputSchema,
      handler: (input, context) =>
        run(async () => flagExam(await certificationContext(), callerOf(context), input)),
    }),
    allowRetry: defineAction({
      input: AllowRetryInputSchema,
      handler: (input, context) =>
        run(async () => allowRetry(await certificationContext(), callerOf(context), input)),
    }),
    list: defineAction({
      input: ExamListInputSchema,
      handler: (input, context) =>
        run(async () => listExams(await certificationContext(), callerOf(context), input ?? {})),
    }),
  },
  review: {
    list: defineAction({
      input: ReviewListInputSchema,
      handler: (input, context) =>
        run(async () => listReviews(await certificationContext(), callerOf(context), input ?? {})),
    }),
    override: defineAction({
      input: OverrideInputSchema,
      handler: (input, context) =>
        run(async () => overrideCriterion(await certificationContext(), callerOf(context), input)),
    }),
    dispute: defineAction({
      input: DisputeInputSchema,
      handler: (input, context) =>
        run(async () => disputeExam(await certificationContext(), callerOf(context), input)),
    }),
    approve: defineAction({
      input: ExamIdInputSchema,
      handler: (input, context) =>
        run(async () => approveReview(await certificationContext(), callerOf(context), input)),
    }),
  },
  certificates: {
    list: defineAction({
      input: NoInput,
      handler: (_input, context) =>
        run(async () => listCertificates(await certificationContext(), callerOf(context))),
    }),
    revoke: defineAction({
      input: RevokeInputSchema,
      handler: (input, context) =>
        run(async () =>
          revokeCertificateService(await certificationContext(), callerOf(context), input),
        ),
    }),
  },
  calibration: {
    get: defineAction({
      input: NoInput,
      handler: (_input, context) =>
        run(async () => getCalibration(await certificationContext(), callerOf(context))),
    }),
  },
  audit: {
    list: defineAction({
      input: NoInput,
      handler: (_input, context) =>
        run(async () => listAudit((await serverRuntime()).db, callerOf(context))),
    }),
    verify: defineAction({
      input: NoInput,
      handler: (_input, context) =>
        run(async () => verifyAudit((await serverRuntime()).db, callerOf(context))),
    }),
  },
  tokens: {
    list: defineAction({
      input: NoInput,
      handler: (_input, context) =>
        run(async () => listApiTokens(await certificationContext(), callerOf(context))),
    }),
    create: defineAction({
      input: TokenCreateInputSchema,
      handler: (input, context) =>
        run(async () => createApiToken(await certificationContext(), callerOf(context), input)),
    }),
    revoke: defineAction({
      input: TokenIdInputSchema,
      handler: (input, context) =>
        run(async () => revokeApiToken(await certificationContext(), callerOf(context), input)),
    }),
  },
};
