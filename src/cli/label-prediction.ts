import type { CriterionId, ScoreReport } from '../../scoring/index.ts';

/** The human labels of `LABELS.md`, in the order the evaluation reports them. */
export const LABELS = [
  'apology',
  'thanks',
  'contradiction',
  'refusal',
  'explained',
  'private',
  'pii',
] as const;
export type Label = (typeof LABELS)[number];

export type PredictedLabels = Record<Label, boolean>;

/** The criterion whose verdict each label is read from (its evidence explains an error). */
export const LABEL_CRITERION: Readonly<Record<Label, CriterionId>> = {
  apology: 'apology',
  thanks: 'thanks',
  contradiction: 'no-contradiction',
  refusal: 'explained-refusal',
  explained: 'explained-refusal',
  private: 'take-private',
  pii: 'take-private',
};

/**
 * Reads the human labels off a score report. This is the one place that knows how rule
 * statuses and message ids map to labels: adjust it when a rule changes what it reports.
 */
export function predictLabels(report: ScoreReport): PredictedLabels {
  const status = (id: CriterionId) => report.criteria[id]?.status;
  const takePrivate = report.criteria['take-private'];
  return {
    apology: status('apology') === 'met',
    thanks: status('thanks') === 'met',
    contradiction: status('no-contradiction') === 'violated',
    refusal: status('explained-refusal') !== undefined && status('explained-refusal') !== 'n/a',
    explained: status('explained-refusal') === 'met',
    private: takePrivate?.status === 'met' || takePrivate?.messageId === 'privateOfferWithPii',
    pii: takePrivate?.status === 'violated' && takePrivate.messageId.startsWith('publicPii'),
  };
}
