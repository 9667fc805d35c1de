import { z } from 'zod';
import { MODERATION_ACTIONS } from '../simulator/schema.ts';

/** The longest reply the server accepts; longer ones are refused with a message, never cut. */
export const MAX_REPLY_LENGTH = 5000;

// The shapes only: limits that deserve a friendly sentence (the reply's length) are checked by the
// service, so the message names the field instead of quoting a validation dump.
const IdInput = z.string().trim().min(1).max(200);
const ItemInput = z.string().trim().min(1).max(200).optional();

export const PracticeActionInputSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('reply'), text: z.string().max(100_000), item: ItemInput }),
  z.strictObject({ type: z.literal('wait') }),
  z.strictObject({ type: z.enum(MODERATION_ACTIONS), item: ItemInput }),
]);
export type PracticeActionInput = z.output<typeof PracticeActionInputSchema>;

export const StartInputSchema = z.strictObject({ scenarioId: IdInput });
export const ActInputSchema = z.strictObject({
  attemptId: IdInput,
  action: PracticeActionInputSchema,
});
export const GetAttemptInputSchema = z.strictObject({ attemptId: IdInput });
