import { CRITERION_IDS } from '../../scoring/index.ts';
import type { CriterionId } from '../../scoring/index.ts';
import { formatDuration } from '../simulator/duration.ts';
import type { ExamSubmission, PlacedReply } from './exam.ts';
import { describeReply } from './override.ts';
import type { ReplyRef } from './override.ts';
import type { CertificationTrack, PassRules } from './track.ts';

/** Where a rule looked: a reply, with the words that tripped it when there are any. */
export interface Place extends ReplyRef {
  quote?: string;
}

/** One pass rule applied to the exam. */
export interface RuleCheck {
  rule:
    'overall' | 'criterion' | 'gate' | 'moderation' | 'unanswered' | 'exam-time' | 'scenario-time';
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
  /**
   * The mean of the scenario's reply scores; 0 when it has neither replies nor actions, null when
   * it was handled by moderation actions alone (it then counts for the moderation rule only).
   */
  score: number | null;
  replies: number;
  actions: number;
}

/** Per criterion that applied anywhere: mean credit as a percentage, and over how many replies. */
export type CriterionRates = Partial<Record<CriterionId, { rate: number; replies: number }>>;

/** The outcome of one set of reports (the scorer's, or the scorer's adjusted by a manager). */
export interface ExamVerdict {
  passed: boolean;
  /** The mean of the scenario scores (those with one), to one decimal. */
  overall: number;
  scenarios: ScenarioScore[];
  criteria: CriterionRates;
  checks: RuleCheck[];
  failures: RuleCheck[];
  /** Within the review margin of a minimum: the review queue should look at it. */
  nearPassMark: boolean;
  near: string[];
}

const round1 = (value: number) => Math.round(value * 10) / 10;
const mean = (values: readonly number[]) =>
  values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;

function place(reply: PlacedReply, criterion: CriterionId): Place {
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

function checkOverall(overall: number, rules: PassRules): RuleCheck {
  const passed = overall >= rules.overall;
  return {
    rule: 'overall',
    passed,
    actual: overall,
    required: rules.overall,
    where: [],
    message: `The overall score is ${overall}, ${passed ? 'at or above' : 'below'} the ${rules.overall} needed.`,
  };
}

function criterionRates(replies: readonly PlacedReply[]): CriterionRates {
  const rates: CriterionRates = {};
  for (const id of CRITERION_IDS) {
    const applied = replies.filter((reply) => reply.report.criteria[id].status !== 'n/a');
    if (applied.length > 0) {
      rates[id] = {
        rate: round1(100 * mean(applied.map((r) => r.report.criteria[id].credit))),
        replies: applied.length,
      };
    }
  }
  return rates;
}

function checkCriterion(
  id: CriterionId,
  minimum: number,
  rates: CriterionRates,
  replies: readonly PlacedReply[],
): RuleCheck {
  const measured = rates[id];
  if (measured === undefined) {
    return {
      rule: 'criterion',
      criterion: id,
      passed: true,
      actual: null,
      required: minimum,
      where: [],
      message: `\`${id}\` did not apply to any reply in this exam, so its minimum of ${minimum} does not count.`,
    };
  }
  const passed = measured.rate >= minimum;
  const short = passed
    ? []
    : replies
        .filter((r) => r.report.criteria[id].status !== 'n/a' && r.report.criteria[id].credit < 1)
        .map((r) => place(r, id));
  const reached = `\`${id}\` reached ${measured.rate} over ${measured.replies} replies`;
  return {
    rule: 'criterion',
    criterion: id,
    passed,
    actual: measured.rate,
    required: minimum,
    where: short,
    message: passed
      ? `${reached}, at or above the ${minimum} needed.`
      : `${reached}, below the ${minimum} needed; short in ${where(short)}.`,
  };
}

function checkGate(id: CriterionId, replies: readonly PlacedReply[]): RuleCheck {
  const broken = replies
    .filter((reply) => reply.report.criteria[id].status === 'violated')
    .map((reply) => place(reply, id));
  return {
    rule: 'gate',
    criterion: id,
    passed: broken.length === 0,
    where: broken,
    message:
      broken.length === 0
        ? `No reply violated \`${id}\`.`
        : `\`${id}\` was violated in ${where(broken)}, which fails the exam whatever the scores.`,
  };
}

function checkUnanswered(scenarios: readonly ScenarioScore[]): RuleCheck {
  const silent = scenarios
    .filter((s) => s.replies === 0 && s.actions === 0)
    .map((s) => ({ scenarioId: s.scenarioId, turn: '' }));
  return {
    rule: 'unanswered',
    passed: silent.length === 0,
    where: silent,
    message:
      silent.length === 0
        ? 'Every scenario has at least one graded reply or action.'
        : `Nothing was answered in ${silent.map((u) => u.scenarioId).join(', ')}, which fails the exam; silence is the worst answer.`,
  };
}

function checkModeration(submission: ExamSubmission, allowed: number): RuleCheck {
  const mistakes = submission.results.flatMap((result) =>
    (result.actions ?? [])
      .filter((action) => !action.good)
      .map((action) => ({
        scenarioId: result.scenarioId,
        turn: action.turn,
        ...(action.item === undefined ? {} : { item: action.item }),
        quote: action.action,
      })),
  );
  const passed = mistakes.length <= allowed;
  return {
    rule: 'moderation',
    passed,
    actual: mistakes.length,
    required: allowed,
    where: mistakes,
    message:
      mistakes.length === 0
        ? 'No moderation action was a mistake.'
        : `${mistakes.length} moderation ${mistakes.length === 1 ? 'action was a mistake' : 'actions were mistakes'} (${where(mistakes)}); ${allowed} ${passed ? 'are' : 'is the most'} allowed.`,
  };
}

function checkTime(track: CertificationTrack, submission: ExamSubmission): RuleCheck[] {
  const limit = track.timeLimit.exam;
  const took = submission.elapsedSeconds;
  const checks: RuleCheck[] = [
    {
      rule: 'exam-time',
      passed: took <= limit,
      actual: took,
      required: limit,
      where: [],
      message: `The exam took ${formatDuration(took)}, ${took <= limit ? 'within' : 'over'} the ${formatDuration(limit)} allowed.`,
    },
  ];
  const perScenario = track.timeLimit.scenario;
  if (perScenario !== undefined) {
    const slow = submission.results.filter((r) => (r.elapsedSeconds ?? 0) > perScenario);
    checks.push({
      rule: 'scenario-time',
      passed: slow.length === 0,
      required: perScenario,
      where: slow.map((r) => ({ scenarioId: r.scenarioId, turn: '' })),
      message:
        slow.length === 0
          ? `Every scenario was finished within ${formatDuration(perScenario)}.`
          : `${slow.map((r) => `${r.scenarioId} took ${formatDuration(r.elapsedSeconds ?? 0)}`).join(', ')}, over the ${formatDuration(perScenario)} allowed per scenario.`,
    });
  }
  return checks;
}

function nearMisses(checks: readonly RuleCheck[], margin: number): string[] {
  return checks
    .filter(
      (check) =>
        (check.rule === 'overall' || check.rule === 'criterion') &&
        typeof check.actual === 'number' &&
        check.required !== undefined &&
        Math.abs(check.actual - check.required) <= margin,
    )
    .map((check) => {
      const what =
        check.rule === 'overall' ? 'The overall score' : `\`${String(check.criterion)}\` at`;
      return `${what} ${String(check.actual)} is within ${margin} of the ${String(check.required)} needed.`;
    });
}

/**
 * Applies the track's pass rules to a set of reports: each scenario scores the mean of its
 * replies, the exam the mean of its scenarios; then the per-criterion minimums, the gates,
 * unanswered scenarios and the time limits. Every rule is reported, passed or not.
 */
export function judgeExam(
  track: CertificationTrack,
  submission: ExamSubmission,
  replies: readonly PlacedReply[],
): ExamVerdict {
  const rules = track.pass;
  const scenarios: ScenarioScore[] = submission.scenarioIds.map((scenarioId) => {
    const own = replies.filter((reply) => reply.scenarioId === scenarioId);
    const actions =
      submission.results.find((r) => r.scenarioId === scenarioId)?.actions?.length ?? 0;
    const score =
      own.length === 0 && actions > 0 ? null : round1(mean(own.map((r) => r.report.score)));
    return { scenarioId, score, replies: own.length, actions };
  });
  const overall = round1(mean(scenarios.flatMap((s) => (s.score === null ? [] : [s.score]))));
  const criteria = criterionRates(replies);
  const checks: RuleCheck[] = [
    checkOverall(overall, rules),
    ...(Object.entries(rules.criteria) as [CriterionId, number][]).map(([id, minimum]) =>
      checkCriterion(id, minimum, criteria, replies),
    ),
    ...rules.gates.map((id) => checkGate(id, replies)),
    checkModeration(submission, rules.moderationMistakes),
    checkUnanswered(scenarios),
    ...checkTime(track, submission),
  ];
  const near = nearMisses(checks, rules.reviewMargin);
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
