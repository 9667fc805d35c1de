import { z } from 'zod';
import { CriterionIdSchema, StatusSchema } from '../../../scoring/index.ts';
import { PracticeActionInputSchema } from '../practice-input.ts';

// The shapes the certification actions accept; services check meaning (eligibility, ownership)
// and say what is wrong in a sentence that names the field.

const Id = z.string().trim().min(1).max(200);
// PostgreSQL text cannot hold a NUL character; refuse it here rather than fail on insert.
const noNul = (value: string) => !value.includes('\u0000');
const NUL_MESSAGE = 'remove the control character (NUL) from the text';
const Reason = z.string().max(5000).refine(noNul, NUL_MESSAGE);

/** A track written as an object (the form) or as YAML (pasted or uploaded), one of the two. */
export const TrackInputSchema = z.strictObject({
  definition: z.unknown().optional(),
  yaml: z.string().max(200_000).optional(),
});
export type TrackInput = z.output<typeof TrackInputSchema>;
export const TrackUpdateInputSchema = TrackInputSchema.extend({ trackId: Id });

export const TrackIdInputSchema = z.strictObject({ trackId: Id });
export const ExamIdInputSchema = z.strictObject({ examId: Id });
export const ExamGetInputSchema = z.strictObject({
  examId: Id,
  /** The scenario to show, 0-based; showing one for the first time starts its clock. */
  position: z.int().min(0).max(1000).optional(),
});
export const ExamActInputSchema = z.strictObject({
  examId: Id,
  position: z.int().min(0).max(1000),
  action: PracticeActionInputSchema,
});
export const ExamListInputSchema = z
  .strictObject({ userId: Id.optional(), trackId: Id.optional() })
  .optional();
export const AllowRetryInputSchema = z.strictObject({ trackId: Id, userId: Id, reason: Reason });
export const FlagInputSchema = z.strictObject({ examId: Id, comment: Reason });
export const DisputeInputSchema = z.strictObject({ examId: Id, comment: Reason });
export const OverrideInputSchema = z.strictObject({
  examId: Id,
  scenarioId: Id,
  turn: Id,
  item: Id.optional(),
  criterion: CriterionIdSchema,
  status: StatusSchema,
  reason: Reason,
});
export type OverrideInput = z.output<typeof OverrideInputSchema>;
export const ReviewListInputSchema = z
  .strictObject({ include: z.enum(['open', 'all']).default('open') })
  .optional();
export const RevokeInputSchema = z.strictObject({ certificateId: Id, reason: Reason });
export const TokenCreateInputSchema = z.strictObject({
  name: z.string().max(200).refine(noNul, NUL_MESSAGE),
});
export const TokenIdInputSchema = z.strictObject({ tokenId: Id });
