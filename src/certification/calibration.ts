import { CRITERION_IDS } from '../../scoring/index.ts';
import type { CriterionId, ScoreReport, Status } from '../../scoring/index.ts';

const STATUSES: readonly Status[] = ['met', 'missed', 'violated', 'n/a'];

/** A manager's and the scorer's verdicts on one criterion of one reply. */
export interface CalibrationPair {
  /** The reply, in the server's terms (an attempt turn id, say). */
  replyId: string;
  criterion: CriterionId;
  manager: Status;
  scorer: Status;
}

/** Counts: rows are the manager's verdicts, columns the scorer's. */
export type Confusion = Record<Status, Record<Status, number>>;

export interface CriterionAgreement {
  criterion: CriterionId;
  /** Replies graded by both. */
  count: number;
  /** Share of replies where they agree. */
  observed: number;
  /** Share they would agree on by chance, from each one's own proportions. */
  expected: number;
  /** Cohen's kappa; null when both gave every reply the same single verdict, which leaves chance nothing to explain. */
  kappa: number | null;
  /** Landis and Koch's reading of kappa. */
  strength: 'poor' | 'slight' | 'fair' | 'moderate' | 'substantial' | 'almost perfect' | null;
  confusion: Confusion;
  disagreements: CalibrationPair[];
}

export interface Calibration {
  criteria: Partial<Record<CriterionId, CriterionAgreement>>;
  /** Every reply and criterion where the manager and the scorer differ, for the review screen. */
  disagreements: CalibrationPair[];
}

function emptyConfusion(): Confusion {
  const row = () => ({ met: 0, missed: 0, violated: 0, 'n/a': 0 });
  return { met: row(), missed: row(), violated: row(), 'n/a': row() };
}

function strength(kappa: number | null): CriterionAgreement['strength'] {
  if (kappa === null) return null;
  if (kappa < 0) return 'poor';
  if (kappa <= 0.2) return 'slight';
  if (kappa <= 0.4) return 'fair';
  if (kappa <= 0.6) return 'moderate';
  if (kappa <= 0.8) return 'substantial';
  return 'almost perfect';
}

/**
 * Cohen's kappa from a confusion matrix, computed on whole counts,
 * κ = (n·agreements − Σ rowₖ·colₖ) / (n² − Σ rowₖ·colₖ), so the result stays within [−1, 1]
 * with no rounding drift. Null when the matrix is empty or chance agreement is total.
 */
export function cohenKappa(confusion: Confusion): {
  kappa: number | null;
  observed: number;
  expected: number;
  count: number;
} {
  let count = 0;
  let agreements = 0;
  let chance = 0;
  for (const k of STATUSES) {
    agreements += confusion[k][k];
    const row = STATUSES.reduce((sum, j) => sum + confusion[k][j], 0);
    const column = STATUSES.reduce((sum, j) => sum + confusion[j][k], 0);
    count += row;
    chance += row * column;
  }
  if (count === 0) return { kappa: null, observed: 0, expected: 0, count };
  const squared = count * count;
  return {
    kappa: chance === squared ? null : (count * agreements - chance) / (squared - chance),
    observed: agreements / count,
    expected: chance / squared,
    count,
  };
}

/** Measures, per criterion, how far the scorer agrees with the managers beyond chance. */
export function calibrate(pairs: readonly CalibrationPair[]): Calibration {
  const criteria: Calibration['criteria'] = {};
  for (const criterion of CRITERION_IDS) {
    const own = pairs.filter((pair) => pair.criterion === criterion);
    if (own.length === 0) continue;
    const confusion = emptyConfusion();
    for (const pair of own) confusion[pair.manager][pair.scorer] += 1;
    const { kappa, observed, expected, count } = cohenKappa(confusion);
    criteria[criterion] = {
      criterion,
      count,
      observed,
      expected,
      kappa,
      strength: strength(kappa),
      confusion,
      disagreements: own.filter((pair) => pair.manager !== pair.scorer),
    };
  }
  return { criteria, disagreements: pairs.filter((pair) => pair.manager !== pair.scorer) };
}

/** The pairs from one reply a manager graded by hand: each criterion the manager judged, against the report. */
export function pairsFromReview(
  replyId: string,
  report: ScoreReport,
  manager: Partial<Record<CriterionId, Status>>,
): CalibrationPair[] {
  return (Object.entries(manager) as [CriterionId, Status][]).map(([criterion, status]) => ({
    replyId,
    criterion,
    manager: status,
    scorer: report.criteria[criterion].status,
  }));
}
