import { z } from 'zod';
import { ScoreReportSchema } from '../../scoring/index.ts';
import type { ScoreReport } from '../../scoring/index.ts';
import type { TurnGrade } from '../simulator/grade.ts';
import { MODERATION_ACTIONS } from '../simulator/schema.ts';
import type { ReplyRef } from './override.ts';

/** One scored reply of an exam, as the server scored it. */
export const ExamReplySchema = z.strictObject({
  turn: z.string().min(1),
  item: z.string().min(1).optional(),
  report: ScoreReportSchema,
});
export type ExamReply = z.output<typeof ExamReplySchema>;

/** A moderation action taken in an exam (hide, ignore, escalate, delete), as the scenario judged it. */
export const ExamActionSchema = z.strictObject({
  turn: z.string().min(1),
  item: z.string().min(1).optional(),
  action: z.enum(MODERATION_ACTIONS),
  good: z.boolean(),
  /** The scenario's one-sentence verdict. */
  feedback: z.string().optional(),
});
export type ExamAction = z.output<typeof ExamActionSchema>;

export const ExamScenarioResultSchema = z.strictObject({
  scenarioId: z.string().min(1),
  replies: z.array(ExamReplySchema),
  actions: z.array(ExamActionSchema).optional(),
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

/** A scenario's exam result from the engine's turn grades: replies with their reports, and actions. */
export function scenarioResultFromGrades(
  scenarioId: string,
  grades: readonly TurnGrade[],
  elapsedSeconds?: number,
): ExamScenarioResult {
  const replies: ExamReply[] = [];
  const actions: ExamAction[] = [];
  for (const grade of grades) {
    const place = { turn: grade.turn, ...(grade.item === undefined ? {} : { item: grade.item }) };
    if (grade.action === 'reply') {
      if (grade.report !== undefined) replies.push({ ...place, report: grade.report });
    } else {
      actions.push({
        ...place,
        action: grade.action,
        good: grade.passed,
        ...(grade.feedback === undefined ? {} : { feedback: grade.feedback }),
      });
    }
  }
  return {
    scenarioId,
    replies,
    actions,
    ...(elapsedSeconds === undefined ? {} : { elapsedSeconds }),
  };
}
