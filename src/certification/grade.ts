import { z } from 'zod';
import { CRITERION_IDS, ScoreReportSchema } from '../../scoring/index.ts';
import type { CriterionId, ScoreReport } from '../../scoring/index.ts';
import { formatDuration } from '../simulator/duration.ts';
import { describeReply, OverrideSchema, rescoreReport, sameReply } from './override.ts';
import type { Override, ReplyRef } from './override.ts';
import type { CertificationTrack } from './track.ts';

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

/** Where a rule looked: a reply, with the words that tripped it when there are any. */
export interface Place extends ReplyRef {
  quote?: string;
}

/** One pass rule applied to the exam. */
export interface RuleCheck {
  rule: 'overall' | 'criterion' | 'gate' | 'unanswered' | 'exam-time' | 'scenario-time';
  criterion?: CriterionId;
  passed: boolean;
  /** The exam's figure (score, rate or seconds); null when the criterion never applied. */
  actual?: number | null;
  /** The figure the rule asks for: a minimum, or a maximum for time. */
  required?: number;
  /** The replies or scenarios that broke the rule. */
  where: Place[];
  /** One sentence: what was found, against what. */
  message: string;
}

export interface ScenarioScore {
  scenarioId: string;
  /** The mean of the scenario's reply scores; 0 when it has none. */
  score: number;
  replies: number;
}

/** The outcome of one set of reports (the scorer's, or the scorer's adjusted by a manager). */
export interface ExamVerdict {
  passed: boolean;
  /** The mean of the scenario scores, to one decimal. */
  overall: number;
  scenarios: ScenarioScore[];
  /** Per criterion that applied anywhere: mean credit as a percentage, and over how many replies. */
  criteria: Partial<Record<CriterionId, { rate: number; replies: number }>>;
  checks: RuleCheck[];
  failures: RuleCheck[];
  /** Within the review margin of a minimum: the review queue should look at it. */
  nearPassMark: boolean;
  near: string[];
}

/** The grade of an exam: the automatic one always, the adjusted one when a manager overrode criteria. */
export interface ExamGrade {
  automatic: ExamVerdict;
  adjusted: ExamVerdict | null;
  overrides: Override[];
  /** The grade that stands: the adjusted one when there is one. */
  passed: boolean;
  rubricVersions: string[];
}

const round1 = (value: number) => Math.round(value * 10) / 10;
const mean = (values: readonly number[]) =>
  values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;

interface FlatReply extends ReplyRef {
  report: ScoreReport;
}

function flatten(submission: ExamSubmission): FlatReply[] {
  return submission.results.flatMap((result) =>
    result.replies.map((reply) => ({
      scenarioId: result.scenarioId,
      turn: reply.turn,
      item: reply.item,
      report: reply.report,
    })),
  );
}

function checkSubmission(submission: ExamSubmission): void {
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

function place(reply: FlatReply, criterion: CriterionId): Place {
  const quote = reply.report.criteria[criterion].evidence[0]?.quote;
  return {
    scenarioId: reply.scenarioId,
    turn: reply.turn,
    ...(reply.item === undefined ? {} : { item: reply.item }),
    ...(quote === undefined ? {} : { quote }),
  };
}

function where(places: readonly Place[]): string {
  return places
    .map((p) => `${describeReply(p)}${p.quote === undefined ? '' : ` ("${p.quote}")`}`)
    .join('; ');
}

function verdict(
  track: CertificationTrack,
  submission: ExamSubmission,
  replies: FlatReply[],
): ExamVerdict {
  const rules = track.pass;
  const scenarios: ScenarioScore[] = submission.scenarioIds.map((scenarioId) => {
    const own = replies.filter((reply) => reply.scenarioId === scenarioId);
    return { scenarioId, score: round1(mean(own.map((r) => r.report.score))), replies: own.length };
  });
  const overall = round1(mean(scenarios.map((s) => s.score)));
  const checks: RuleCheck[] = [];

  checks.push({
    rule: 'overall',
    passed: overall >= rules.overall,
    actual: overall,
    required: rules.overall,
    where: [],
    message:
      overall >= rules.overall
        ? `The overall score is ${overall}, at or above the ${rules.overall} needed.`
        : `The overall score is ${overall}, below the ${rules.overall} needed.`,
  });

  const criteria: ExamVerdict['criteria'] = {};
  for (const id of CRITERION_IDS) {
    const applied = replies.filter((reply) => reply.report.criteria[id].status !== 'n/a');
    if (applied.length > 0) {
      criteria[id] = {
        rate: round1(100 * mean(applied.map((r) => r.report.criteria[id].credit))),
        replies: applied.length,
      };
    }
  }
  for (const [id, minimum] of Object.entries(rules.criteria) as [CriterionId, number][]) {
    const measured = criteria[id];
    if (measured === undefined) {
      checks.push({
        rule: 'criterion',
        criterion: id,
        passed: true,
        actual: null,
        required: minimum,
        where: [],
        message: `\`${id}\` did not apply to any reply in this exam, so its minimum of ${minimum} does not count.`,
      });
      continue;
    }
    const passed = measured.rate >= minimum;
    const weak = passed
      ? []
      : replies
          .filter((r) => r.report.criteria[id].status !== 'n/a' && r.report.criteria[id].credit < 1)
          .map((r) => place(r, id));
    checks.push({
      rule: 'criterion',
      criterion: id,
      passed,
      actual: measured.rate,
      required: minimum,
      where: weak,
      message: passed
        ? `\`${id}\` reached ${measured.rate} over ${measured.replies} replies, at or above the ${minimum} needed.`
        : `\`${id}\` reached ${measured.rate} over ${measured.replies} replies, below the ${minimum} needed; short in ${where(weak)}.`,
    });
  }

  for (const id of rules.gates) {
    const broken = replies
      .filter((reply) => reply.report.criteria[id].status === 'violated')
      .map((reply) => place(reply, id));
    checks.push({
      rule: 'gate',
      criterion: id,
      passed: broken.length === 0,
      where: broken,
      message:
        broken.length === 0
          ? `No reply violated \`${id}\`.`
          : `\`${id}\` was violated in ${where(broken)}, which fails the exam whatever the scores.`,
    });
  }

  const unanswered = scenarios
    .filter((s) => s.replies === 0)
    .map((s) => ({ scenarioId: s.scenarioId, turn: '' }));
  checks.push({
    rule: 'unanswered',
    passed: unanswered.length === 0,
    where: unanswered,
    message:
      unanswered.length === 0
        ? 'Every scenario has at least one graded reply.'
        : `No reply was graded in ${unanswered.map((u) => u.scenarioId).join(', ')}, which fails the exam; silence is the worst answer.`,
  });

  const limit = track.timeLimit.exam;
  checks.push({
    rule: 'exam-time',
    passed: submission.elapsedSeconds <= limit,
    actual: submission.elapsedSeconds,
    required: limit,
    where: [],
    message:
      submission.elapsedSeconds <= limit
        ? `The exam took ${formatDuration(submission.elapsedSeconds)}, within the ${formatDuration(limit)} allowed.`
        : `The exam took ${formatDuration(submission.elapsedSeconds)}, over the ${formatDuration(limit)} allowed.`,
  });
  const scenarioLimit = track.timeLimit.scenario;
  if (scenarioLimit !== undefined) {
    const slow = submission.results.filter((r) => (r.elapsedSeconds ?? 0) > scenarioLimit);
    checks.push({
      rule: 'scenario-time',
      passed: slow.length === 0,
      required: scenarioLimit,
      where: slow.map((r) => ({ scenarioId: r.scenarioId, turn: '' })),
      message:
        slow.length === 0
          ? `Every scenario was finished within ${formatDuration(scenarioLimit)}.`
          : `${slow.map((r) => `${r.scenarioId} took ${formatDuration(r.elapsedSeconds ?? 0)}`).join(', ')}, over the ${formatDuration(scenarioLimit)} allowed per scenario.`,
    });
  }

  const near = checks
    .filter(
      (check) =>
        (check.rule === 'overall' || check.rule === 'criterion') &&
        typeof check.actual === 'number' &&
        check.required !== undefined &&
        Math.abs(check.actual - check.required) <= rules.reviewMargin,
    )
    .map((check) =>
      check.rule === 'overall'
        ? `The overall score ${String(check.actual)} is within ${rules.reviewMargin} of the ${String(check.required)} needed.`
        : `\`${String(check.criterion)}\` at ${String(check.actual)} is within ${rules.reviewMargin} of the ${String(check.required)} needed.`,
    );
  const failures = checks.filter((check) => !check.passed);
  return {
    passed: failures.length === 0,
    overall,
    scenarios,
    criteria,
    checks,
    failures,
    nearPassMark: near.length > 0,
    near,
  };
}

/** Checks overrides against the exam: each must name a graded reply; returns one sentence per problem. */
export function checkOverrides(
  submission: ExamSubmission,
  overrides: readonly unknown[],
): string[] {
  const replies = flatten(submission);
  const problems: string[] = [];
  overrides.forEach((raw, index) => {
    const parsed = OverrideSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push(`overrides[${index}].${issue.path.map(String).join('.')}: ${issue.message}`);
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
 * submission or an override is malformed: the server must validate before calling.
 */
export function gradeExam(
  track: CertificationTrack,
  submission: ExamSubmission,
  overrides: readonly Override[] = [],
): ExamGrade {
  const exam = ExamSubmissionSchema.parse(submission);
  checkSubmission(exam);
  const problems = checkOverrides(exam, overrides);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  const replies = flatten(exam);
  const automatic = verdict(track, exam, replies);
  const ordered = [...overrides].sort((a, b) => a.at.localeCompare(b.at));
  const adjustedReplies = replies.map((reply) => {
    const latest = new Map<CriterionId, Override>();
    for (const override of ordered) {
      if (sameReply(reply, override)) latest.set(override.criterion, override);
    }
    return { ...reply, report: rescoreReport(reply.report, [...latest.values()]) };
  });
  const adjusted = overrides.length === 0 ? null : verdict(track, exam, adjustedReplies);
  return {
    automatic,
    adjusted,
    overrides: ordered,
    passed: (adjusted ?? automatic).passed,
    rubricVersions: [...new Set(replies.map((reply) => reply.report.rubricVersion))].sort(),
  };
}
