import { z } from 'zod';

/** The stable ids of the rubric's criteria, in the order a scorecard lists them. */
export const CRITERION_IDS = [
  'apology',
  'thanks',
  'no-contradiction',
  'explained-refusal',
  'take-private',
  'empathy',
  'civility',
  'no-downplaying',
  'next-step',
  'personal',
  'wording',
  'channel-fit',
  'responsiveness',
  'crisis-update',
  'troll-handling',
] as const;

/** The five criteria every complaint reply is held to. */
export const CORE_CRITERION_IDS = [
  'apology',
  'thanks',
  'no-contradiction',
  'explained-refusal',
  'take-private',
] as const;

export const CriterionIdSchema = z.enum(CRITERION_IDS);
export type CriterionId = z.output<typeof CriterionIdSchema>;

export const ChannelSchema = z.enum(['x', 'facebook', 'instagram', 'review-site', 'forum']);
export type Channel = z.output<typeof ChannelSchema>;

export const ThreadKindSchema = z.enum(['complaint', 'troll', 'crisis', 'question', 'praise']);
export type ThreadKind = z.output<typeof ThreadKindSchema>;

/** How much a scenario holds a reply to a criterion. */
export const ExpectationSchema = z.enum(['required', 'expected', 'optional', 'n/a']);
export type Expectation = z.output<typeof ExpectationSchema>;

export const StatusSchema = z.enum(['met', 'missed', 'violated', 'n/a']);
export type Status = z.output<typeof StatusSchema>;

/** What the scorer knows about the thread a reply answers; every field is optional. */
export const ReplyContextSchema = z.strictObject({
  channel: ChannelSchema.optional(),
  kind: ThreadKindSchema.optional(),
  customerPost: z.string().optional(),
  customerName: z.string().optional(),
  customerHandle: z.string().optional(),
  elapsedSeconds: z.number().nonnegative().optional(),
  targetSeconds: z.number().positive().optional(),
  earlierReplies: z.array(z.string()).optional(),
  expectations: z.partialRecord(CriterionIdSchema, ExpectationSchema).optional(),
  weights: z.partialRecord(CriterionIdSchema, z.number().nonnegative()).optional(),
});
export type ReplyContext = z.output<typeof ReplyContextSchema>;

export const ScoreInputSchema = z.strictObject({
  text: z.string(),
  context: ReplyContextSchema.optional(),
});
export type ScoreInput = z.output<typeof ScoreInputSchema>;

/** A highlighted place in the reply: UTF-16 offsets into the original text and the text there. */
export const EvidenceSchema = z.strictObject({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: z.string(),
  /** What the span shows, as the rule's message id (e.g. `refusal`, `reason`, `privateOffer`). */
  messageId: z.string(),
});
export type Evidence = z.output<typeof EvidenceSchema>;

export const CriterionResultSchema = z.strictObject({
  id: CriterionIdSchema,
  title: z.string(),
  status: StatusSchema,
  expectation: ExpectationSchema,
  weight: z.number().nonnegative(),
  /** The share of the weight earned, 0 to 1. */
  credit: z.number().min(0).max(1),
  messageId: z.string(),
  message: z.string(),
  suggestion: z.string(),
  evidence: z.array(EvidenceSchema),
});
export type CriterionResult = z.output<typeof CriterionResultSchema>;

export const GateSchema = z.strictObject({
  criterion: CriterionIdSchema,
  message: z.string(),
});
export type Gate = z.output<typeof GateSchema>;

export const ScoreReportSchema = z.strictObject({
  rubricVersion: z.string(),
  score: z.number().int().min(0).max(100),
  passed: z.boolean(),
  gates: z.array(GateSchema),
  summary: z.string(),
  criteria: z.record(CriterionIdSchema, CriterionResultSchema),
});
export type ScoreReport = z.output<typeof ScoreReportSchema>;
