// TEMPORARY STUB: the real engine is being written; the signature is final.
import { CRITERION_IDS, ScoreInputSchema } from './schema.ts';
import type { CriterionResult, ScoreInput, ScoreReport } from './schema.ts';

export {
  CRITERION_IDS,
  CORE_CRITERION_IDS,
  ChannelSchema,
  CriterionIdSchema,
  CriterionResultSchema,
  EvidenceSchema,
  ExpectationSchema,
  GateSchema,
  ReplyContextSchema,
  ScoreInputSchema,
  ScoreReportSchema,
  StatusSchema,
  ThreadKindSchema,
} from './schema.ts';
export type {
  Channel,
  CriterionId,
  CriterionResult,
  Evidence,
  Expectation,
  Gate,
  ReplyContext,
  ScoreInput,
  ScoreReport,
  Status,
  ThreadKind,
} from './schema.ts';

/** Grades one reply against the rubric and explains the grade. */
export function scoreReply(input: ScoreInput): ScoreReport {
  const { text } = ScoreInputSchema.parse(input);
  const sorry = /sorry|apologi[sz]e/i.exec(text);
  const criteria = Object.fromEntries(
    CRITERION_IDS.map((id): [string, CriterionResult] => [
      id,
      {
        id,
        title: id,
        status: id === 'apology' ? (sorry ? 'met' : 'missed') : 'n/a',
        expectation: 'expected',
        weight: 1,
        credit: sorry ? 1 : 0,
        messageId: 'stub',
        message: 'stub',
        suggestion: '',
        evidence: sorry ? [{ start: sorry.index, end: sorry.index + sorry[0].length, quote: sorry[0] }] : [],
      },
    ]),
  ) as ScoreReport['criteria'];
  return { rubricVersion: '0.0.0-stub', score: sorry ? 100 : 0, passed: !!sorry, gates: [], summary: '', criteria };
}
