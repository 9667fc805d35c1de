import { scoreReply } from '../../scoring/index.ts';
import type { ScoreInput, ScoreReport } from '../../scoring/index.ts';
import type { LabelMetrics } from './label-metrics.ts';
import { LabelConfusion } from './label-metrics.ts';
import type { Label, PredictedLabels } from './label-prediction.ts';
import { LABELS, predictLabels } from './label-prediction.ts';
import type { ReplyPair } from './real-replies.ts';
import { readJsonLines, readReplyPairs, scoreInputOfPair } from './real-replies.ts';

export type GoldLabels = Partial<Record<Label, 0 | 1 | null>>;

/** One labelled reply with the scorer's verdict on it. */
export interface EvalCase {
  id: string;
  pair: ReplyPair;
  gold: GoldLabels;
  predicted: PredictedLabels;
  report: ScoreReport;
}

export interface Evaluation {
  rubricVersion: string | undefined;
  cases: EvalCase[];
  metrics: LabelMetrics[];
  /** Labelled ids with no pair in `pairs.jsonl`. */
  unmatched: string[];
}

function goldOf(value: unknown): GoldLabels {
  const gold: GoldLabels = {};
  if (typeof value !== 'object' || value === null) return gold;
  for (const label of LABELS) {
    const raw = (value as Record<string, unknown>)[label];
    gold[label] = raw === 0 || raw === 1 ? raw : null;
  }
  return gold;
}

/**
 * Whether a case counts for a label, and its gold value: `explained` is judged only where the
 * human saw a refusal; null labels are not counted.
 */
export function countedGold(gold: GoldLabels, label: Label): 0 | 1 | undefined {
  if (label === 'explained' && gold.refusal !== 1) return undefined;
  const value = gold[label];
  return value === 0 || value === 1 ? value : undefined;
}

/** Scores every labelled reply and compares the labels read off the reports with the human ones. */
export async function evaluate(
  files: { labels: string; pairs: string },
  score: (input: ScoreInput) => ScoreReport = scoreReply,
): Promise<Evaluation> {
  const goldById = new Map<string, GoldLabels>();
  for await (const record of readJsonLines(files.labels)) {
    if (typeof record['id'] === 'string') goldById.set(record['id'], goldOf(record['labels']));
  }
  const cases: EvalCase[] = [];
  for await (const pair of readReplyPairs(files.pairs)) {
    const gold = goldById.get(pair.id);
    if (gold === undefined) continue;
    const report = score(scoreInputOfPair(pair));
    cases.push({ id: pair.id, pair, gold, predicted: predictLabels(report), report });
  }
  const matched = new Set(cases.map(({ id }) => id));
  const confusion = new LabelConfusion();
  for (const { gold, predicted } of cases) {
    for (const label of LABELS) confusion.add(label, countedGold(gold, label), predicted[label]);
  }
  return {
    rubricVersion: cases[0]?.report.rubricVersion,
    cases,
    metrics: LABELS.map((label) => confusion.metrics(label)),
    unmatched: [...goldById.keys()].filter((id) => !matched.has(id)),
  };
}

/** The cases the scorer got wrong on one label: false positives first, then false negatives. */
export function misclassified(evaluation: Evaluation, label: Label): EvalCase[] {
  const wrong = evaluation.cases.filter((item) => {
    const gold = countedGold(item.gold, label);
    return gold !== undefined && (gold === 1) !== item.predicted[label];
  });
  return [
    ...wrong.filter((item) => item.predicted[label]),
    ...wrong.filter((item) => !item.predicted[label]),
  ];
}
