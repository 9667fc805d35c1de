import { CRITERION_IDS } from '../../scoring/index.ts';
import type { CriterionId, CriterionResult, ScoreReport, Status } from '../../scoring/index.ts';
import { gradeExam } from '../../src/certification/grade.ts';
import type { ExamGrade } from '../../src/certification/grade.ts';
import { CertificationTrackSchema } from '../../src/certification/track.ts';
import type { CertificationTrack, CertificationTrackInput } from '../../src/certification/track.ts';

/** A valid track definition as a manager would write it. */
export const TRACK_INPUT = {
  id: 'x-complaints',
  title: 'Complaints on X',
  channels: ['x'],
  pool: ['double-charge', 'missing-refund', 'cancelled-flight', 'meme-pile-on'],
  draw: 3,
  pass: {
    overall: 75,
    criteria: { apology: 80, 'take-private': 60 },
    reviewMargin: 5,
  },
  timeLimit: { exam: '1h', scenario: '20m' },
  attempts: { allowed: 3, cooldown: '1d' },
  validity: { expiresAfter: '365d', recertifyWithin: '30d' },
} satisfies CertificationTrackInput;

export function track(changes: Partial<CertificationTrackInput> = {}): CertificationTrack {
  return CertificationTrackSchema.parse({ ...TRACK_INPUT, ...changes });
}

export interface ReportSpec {
  score: number;
  /** Criteria whose status is not `met`; every other criterion is met with full credit. */
  statuses?: Partial<Record<CriterionId, Status>>;
  credits?: Partial<Record<CriterionId, number>>;
  quotes?: Partial<Record<CriterionId, string>>;
}

/** A server report with the given score and statuses, as grading reads it. */
export function report({
  score,
  statuses = {},
  credits = {},
  quotes = {},
}: ReportSpec): ScoreReport {
  const criteria = Object.fromEntries(
    CRITERION_IDS.map((id): [CriterionId, CriterionResult] => {
      const status = statuses[id] ?? 'met';
      const quote = quotes[id];
      return [
        id,
        {
          id,
          title: id,
          status,
          expectation: 'expected',
          weight: 1,
          credit: credits[id] ?? (status === 'met' ? 1 : 0),
          messageId: status,
          message: `${id} ${status}`,
          suggestion: '',
          evidence:
            quote === undefined ? [] : [{ start: 0, end: quote.length, quote, messageId: status }],
        },
      ];
    }),
  ) as ScoreReport['criteria'];
  return {
    rubricVersion: '1.0.0',
    score,
    passed: score >= 70,
    gates: [],
    summary: `${score}/100`,
    criteria,
  };
}

/** A passed grade of a three-scenario exam, every reply scoring `score`. */
export function passedGrade(score = 88): ExamGrade {
  const ids = ['double-charge', 'missing-refund', 'cancelled-flight'];
  return gradeExam(track(), {
    scenarioIds: ids,
    elapsedSeconds: 1800,
    results: ids.map((scenarioId) => ({
      scenarioId,
      replies: [{ turn: 'opening', report: report({ score }) }],
    })),
  });
}

export const DAY = 86_400_000;
export const ISSUED = new Date('2026-01-10T09:00:00Z');
export const after = (days: number) => new Date(ISSUED.getTime() + days * DAY);
