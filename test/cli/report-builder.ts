import { CRITERION_IDS } from '../../scoring/index.ts';
import type { CriterionId, CriterionResult, ScoreReport, Status } from '../../scoring/index.ts';

/** A score report with every criterion n/a except the verdicts given. */
export function reportWith(
  verdicts: Partial<Record<CriterionId, { status: Status; messageId?: string; quote?: string }>>,
): ScoreReport {
  const criteria = Object.fromEntries(
    CRITERION_IDS.map((id): [CriterionId, CriterionResult] => {
      const verdict = verdicts[id];
      const messageId = verdict?.messageId ?? 'notApplicable';
      const evidence =
        verdict?.quote === undefined
          ? []
          : [{ start: 0, end: verdict.quote.length, quote: verdict.quote, messageId }];
      return [
        id,
        {
          id,
          title: id,
          status: verdict?.status ?? 'n/a',
          expectation: 'expected',
          weight: 1,
          credit: verdict?.status === 'met' ? 1 : 0,
          messageId,
          message: `${id} message`,
          suggestion: '',
          evidence,
        },
      ];
    }),
  ) as Record<CriterionId, CriterionResult>;
  return { rubricVersion: 'test', score: 50, passed: false, gates: [], summary: '', criteria };
}
