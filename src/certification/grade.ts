import type { CriterionId } from '../../scoring/index.ts';
import { explainIssues } from '../simulator/friendly-errors.ts';
import { formatField } from '../simulator/problem.ts';
import { assertResultsMatchDraw, examReplies, ExamSubmissionSchema } from './exam.ts';
import type { ExamSubmission } from './exam.ts';
import { describeReply, OverrideSchema, rescoreReport, sameReply } from './override.ts';
import type { Override } from './override.ts';
import { judgeExam } from './pass-rules.ts';
import type { ExamVerdict } from './pass-rules.ts';
import type { CertificationTrack } from './track.ts';

/** The grade of an exam: the automatic one always, the adjusted one when a manager overrode criteria. */
export interface ExamGrade {
  automatic: ExamVerdict;
  adjusted: ExamVerdict | null;
  /** The overrides applied, oldest first. */
  overrides: Override[];
  /** The grade that stands: the adjusted one when there is one. */
  passed: boolean;
  rubricVersions: string[];
}

/** Checks overrides against the exam: each must be well formed and name a graded reply; one sentence per problem. */
export function checkOverrides(
  submission: ExamSubmission,
  overrides: readonly unknown[],
): string[] {
  const replies = examReplies(submission);
  const problems: string[] = [];
  overrides.forEach((raw, index) => {
    const parsed = OverrideSchema.safeParse(raw);
    if (!parsed.success) {
      for (const { path, message } of explainIssues(parsed.error.issues, raw, OverrideSchema)) {
        problems.push(`${formatField(['overrides', index, ...path])}: ${message}`);
      }
      return;
    }
    if (!replies.some((reply) => sameReply(reply, parsed.data))) {
      problems.push(
        `overrides[${index}]: no graded reply at ${describeReply(parsed.data)}; pick a reply of this exam.`,
      );
    }
  });
  return problems;
}

/**
 * Grades an exam against its track: the automatic verdict from the server's reports and, when a
 * manager overrode criteria, an adjusted verdict from the same reports re-scored with the
 * overrides (the latest override per reply and criterion wins). Both are kept. Throws when the
 * submission or an override is malformed: the server validates them first (`checkOverrides`).
 */
export function gradeExam(
  track: CertificationTrack,
  submission: ExamSubmission,
  overrides: readonly Override[] = [],
): ExamGrade {
  const exam = ExamSubmissionSchema.parse(submission);
  assertResultsMatchDraw(exam);
  const problems = checkOverrides(exam, overrides);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  const replies = examReplies(exam);
  const ordered = [...overrides].sort((a, b) => a.at.localeCompare(b.at));
  const adjustedReplies = replies.map((reply) => {
    const latest = new Map<CriterionId, Override>();
    for (const override of ordered) {
      if (sameReply(reply, override)) latest.set(override.criterion, override);
    }
    return { ...reply, report: rescoreReport(reply.report, [...latest.values()]) };
  });
  const automatic = judgeExam(track, exam, replies);
  const adjusted = overrides.length === 0 ? null : judgeExam(track, exam, adjustedReplies);
  return {
    automatic,
    adjusted,
    overrides: ordered,
    passed: (adjusted ?? automatic).passed,
    rubricVersions: [...new Set(replies.map((reply) => reply.report.rubricVersion))].sort(),
  };
}
