import { CRITERION_IDS } from '../../scoring/index.ts';
import type {
  CriterionId,
  CriterionResult,
  ScoreInput,
  ScoreReport,
  Status,
} from '../../scoring/index.ts';

const MARK: Record<string, Status> = { '+': 'met', '-': 'missed', '!': 'violated', '~': 'n/a' };

/**
 * A scorer for engine tests that reads its verdict from the reply: `[-apology]` missed,
 * `[!no-contradiction]` violated, `[+thanks]` met; every other criterion is met. A reply passes
 * when nothing failed, unless it says `[pass]` or `[fail]`.
 */
export function fakeScoreReply(input: ScoreInput): ScoreReport {
  const statuses = new Map<string, Status>();
  for (const match of input.text.matchAll(/\[([+\-!~])([a-z-]+)\]/g)) {
    statuses.set(match[2] ?? '', MARK[match[1] ?? '+'] ?? 'met');
  }
  const criteria = Object.fromEntries(
    CRITERION_IDS.map((id: CriterionId): [CriterionId, CriterionResult] => {
      const status = statuses.get(id) ?? 'met';
      return [
        id,
        {
          id,
          title: id,
          status,
          expectation: input.context?.expectations?.[id] ?? 'expected',
          weight: 1,
          credit: status === 'met' ? 1 : 0,
          messageId: status,
          message: `${id} ${status}`,
          suggestion: '',
          evidence: [],
        },
      ];
    }),
  ) as ScoreReport['criteria'];
  const failures = [...statuses.values()].filter((s) => s === 'missed' || s === 'violated').length;
  const passed =
    input.text.includes('[pass]') || (failures === 0 && !input.text.includes('[fail]'));
  return {
    rubricVersion: 'fake',
    score: Math.max(0, 100 - 30 * failures),
    passed,
    gates: [],
    summary: passed ? 'fake pass' : 'fake fail',
    criteria,
  };
}

/** The fake scorer, remembering every input it was given. */
export function recordingScorer(): {
  scoreReply: (input: ScoreInput) => ScoreReport;
  inputs: ScoreInput[];
} {
  const inputs: ScoreInput[] = [];
  return {
    inputs,
    scoreReply: (input) => {
      inputs.push(input);
      return fakeScoreReply(input);
    },
  };
}
