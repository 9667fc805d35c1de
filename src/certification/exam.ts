import { z } from 'zod';
import { ScoreReportSchema } from '../../scoring/index.ts';
import type { ScoreReport } from '../../scoring/index.ts';
import type { ReplyRef } from './override.ts';

/** One scored reply of an exam, as the server scored it. */
export const ExamReplySchema = z.strictObject({
  turn: z.string().min(1),
  item: z.string().min(1).optional(),
  report: ScoreReportSchema,
});
export type ExamReply = z.output<typeof ExamReplySchema>;

export const ExamScenarioResultSchema = z.strictObject({
  scenarioId: z.string().min(1),
  replies: z.array(ExamReplySchema),
  /** Seconds spent on this scenario, if the server timed it. */
  elapsedSeconds: z.number().nonnegative().optional(),
});
export type ExamScenarioResult = z.output<typeof ExamScenarioResultSchema>;

/** What a finished exam hands to grading: the drawn scenarios and the server's reports. */
export const ExamSubmissionSchema = z.strictObject({
  /** The scenarios drawn for this exam, in exam order. */
  scenarioIds: z.array(z.string().min(1)).min(1),
  results: z.array(ExamScenarioResultSchema),
  /** Seconds from the first scenario shown to the submission. */
  elapsedSeconds: z.number().nonnegative(),
});
export type ExamSubmission = z.output<typeof ExamSubmissionSchema>;

/** A reply with its place in the exam. */
export interface PlacedReply extends ReplyRef {
  report: ScoreReport;
}

/** Every graded reply of the exam, in submission order. */
export function examReplies(submission: ExamSubmission): PlacedReply[] {
  return submission.results.flatMap((result) =>
    result.replies.map((reply) => ({
      scenarioId: result.scenarioId,
      turn: reply.turn,
      item: reply.item,
      report: reply.report,
    })),
  );
}

/** Throws when the results name a scenario that was not drawn, or one twice: a server bug, not user input. */
export function assertResultsMatchDraw(submission: ExamSubmission): void {
  const drawn = new Set(submission.scenarioIds);
  const seen = new Set<string>();
  for (const result of submission.results) {
    if (!drawn.has(result.scenarioId)) {
      throw new Error(
        `The results name \`${result.scenarioId}\`, which was not drawn for this exam.`,
      );
    }
    if (seen.has(result.scenarioId)) {
      throw new Error(
        `The results list \`${result.scenarioId}\` twice; send one entry per scenario.`,
      );
    }
    seen.add(result.scenarioId);
  }
}
