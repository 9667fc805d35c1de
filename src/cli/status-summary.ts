import type { CriterionId, Status } from '../../scoring/index.ts';
import type { ScoredReply } from './scored-reply.ts';

export type StatusCounts = Record<Status, number>;

/** Per-criterion counts of each status over a run, with the mean score. */
export interface RunSummary {
  replies: number;
  badLines: number;
  meanScore: number | null;
  passed: number;
  criteria: Partial<Record<CriterionId, StatusCounts>>;
}

/** Tallies scored replies as they stream past, in constant memory. */
export class SummaryTally {
  #replies = 0;
  #scoreSum = 0;
  #passed = 0;
  #criteria = new Map<CriterionId, StatusCounts>();

  add(reply: ScoredReply): void {
    this.#replies += 1;
    this.#scoreSum += reply.score;
    if (reply.passed) this.#passed += 1;
    for (const [id, view] of Object.entries(reply.criteria) as [
      CriterionId,
      { status: Status },
    ][]) {
      let counts = this.#criteria.get(id);
      if (counts === undefined) {
        counts = { met: 0, missed: 0, violated: 0, 'n/a': 0 };
        this.#criteria.set(id, counts);
      }
      counts[view.status] += 1;
    }
  }

  summary(badLines: number): RunSummary {
    const criteria: RunSummary['criteria'] = {};
    // Reports list criteria in scorecard order, so first-seen order is that order.
    for (const [id, counts] of this.#criteria) criteria[id] = { ...counts };
    return {
      replies: this.#replies,
      badLines,
      meanScore:
        this.#replies === 0 ? null : Math.round((this.#scoreSum / this.#replies) * 10) / 10,
      passed: this.#passed,
      criteria,
    };
  }
}
