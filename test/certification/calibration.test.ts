import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CriterionId, Status } from '../../scoring/index.ts';
import { calibrate, cohenKappa, pairsFromReview } from '../../src/certification/calibration.ts';
import type { CalibrationPair, Confusion } from '../../src/certification/calibration.ts';
import { report } from './fixtures.ts';

// fast-check prints the seed and the shrunk counterexample when a property fails; rerun one with
// fc.assert(prop, { seed, path }) to reproduce it.

/** `count` replies of one criterion where the manager said `manager` and the scorer `scorer`. */
function pairs(
  criterion: CriterionId,
  manager: Status,
  scorer: Status,
  count: number,
  from = 0,
): CalibrationPair[] {
  return Array.from({ length: count }, (_, i) => ({
    replyId: `${criterion}-${manager}-${scorer}-${from + i}`,
    criterion,
    manager,
    scorer,
  }));
}

// Worked example, apology over 20 replies (manager rows, scorer columns):
//                scorer met  scorer missed | manager total
//   manager met      11           2        |     13
//   manager missed    3           4        |      7
//   scorer total     14           6        |     20
// observed  p_o = (11 + 4) / 20 = 15/20 = 0.75
// chance    p_e = (13·14 + 7·6) / 20² = (182 + 42) / 400 = 224/400 = 0.56
// kappa     κ = (0.75 − 0.56) / (1 − 0.56) = 0.19 / 0.44 = 19/44 ≈ 0.4318  (moderate)
//           (integer form: (20·15 − 224) / (400 − 224) = 76/176 = 19/44)
const APOLOGY = [
  ...pairs('apology', 'met', 'met', 11),
  ...pairs('apology', 'met', 'missed', 2),
  ...pairs('apology', 'missed', 'met', 3),
  ...pairs('apology', 'missed', 'missed', 4),
];

// Worked example, take-private over 10 replies, three verdicts:
//                  met  missed  violated | total
//   manager met      5     1       0     |   6
//   manager missed   0     1       0     |   1
//   manager violated 1     0       2     |   3
//   scorer total     6     2       2     |  10
// p_o = (5 + 1 + 2) / 10 = 0.8
// p_e = (6·6 + 1·2 + 3·2) / 10² = (36 + 2 + 6) / 100 = 0.44
// κ = (0.8 − 0.44) / (1 − 0.44) = 0.36 / 0.56 = 9/14 ≈ 0.6429  (substantial)
const TAKE_PRIVATE = [
  ...pairs('take-private', 'met', 'met', 5),
  ...pairs('take-private', 'met', 'missed', 1),
  ...pairs('take-private', 'missed', 'missed', 1),
  ...pairs('take-private', 'violated', 'met', 1),
  ...pairs('take-private', 'violated', 'violated', 2),
];

// Both said `met` for every thanks: p_o = 1, p_e = 1, κ = 0/0, reported as null.
const THANKS = pairs('thanks', 'met', 'met', 4);

describe('calibrate', () => {
  const result = calibrate([...APOLOGY, ...TAKE_PRIVATE, ...THANKS]);

  it('matches the apology worked example', () => {
    const apology = result.criteria.apology!;
    expect(apology.count).toBe(20);
    expect(apology.observed).toBe(0.75);
    expect(apology.expected).toBe(0.56);
    expect(apology.kappa).toBeCloseTo(19 / 44, 12);
    expect(apology.strength).toBe('moderate');
    expect(apology.confusion.met).toEqual({ met: 11, missed: 2, violated: 0, 'n/a': 0 });
    expect(apology.confusion.missed).toEqual({ met: 3, missed: 4, violated: 0, 'n/a': 0 });
    expect(apology.disagreements).toHaveLength(5);
  });

  it('matches the three-verdict take-private worked example', () => {
    const takePrivate = result.criteria['take-private']!;
    expect(takePrivate.observed).toBe(0.8);
    expect(takePrivate.expected).toBe(0.44);
    expect(takePrivate.kappa).toBeCloseTo(9 / 14, 12);
    expect(takePrivate.strength).toBe('substantial');
    expect(takePrivate.confusion.violated).toEqual({ met: 1, missed: 0, violated: 2, 'n/a': 0 });
  });

  it('reports no kappa when both gave one verdict throughout', () => {
    expect(result.criteria.thanks).toMatchObject({
      count: 4,
      observed: 1,
      kappa: null,
      strength: null,
    });
  });

  it('leaves out criteria nobody graded and lists every disagreement', () => {
    expect(Object.keys(result.criteria).sort()).toEqual(['apology', 'take-private', 'thanks']);
    expect(result.disagreements.map((d) => `${d.criterion}:${d.manager}/${d.scorer}`)).toEqual([
      'apology:met/missed',
      'apology:met/missed',
      'apology:missed/met',
      'apology:missed/met',
      'apology:missed/met',
      'take-private:met/missed',
      'take-private:violated/met',
    ]);
  });

  it.each<[string, CalibrationPair[], number]>([
    [
      'perfect agreement',
      [...pairs('apology', 'met', 'met', 3), ...pairs('apology', 'missed', 'missed', 2)],
      1,
    ],
    [
      'perfect disagreement on balanced verdicts',
      [...pairs('apology', 'met', 'missed', 3), ...pairs('apology', 'missed', 'met', 3)],
      -1,
    ],
  ])('gives kappa at its bound for %s', (_name, input, kappa) => {
    expect(calibrate(input).criteria.apology?.kappa).toBe(kappa);
  });

  it('pairs a hand-graded reply with its report', () => {
    const scored = report({
      score: 80,
      statuses: { apology: 'missed', 'no-contradiction': 'violated' },
    });
    expect(
      pairsFromReview('turn-42', scored, { apology: 'met', 'no-contradiction': 'violated' }),
    ).toEqual([
      { replyId: 'turn-42', criterion: 'apology', manager: 'met', scorer: 'missed' },
      {
        replyId: 'turn-42',
        criterion: 'no-contradiction',
        manager: 'violated',
        scorer: 'violated',
      },
    ]);
  });
});

describe('cohenKappa', () => {
  const status = fc.constantFrom<Status>('met', 'missed', 'violated', 'n/a');

  it('stays within [−1, 1] and agrees with the textbook formula (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(status, status), { minLength: 1, maxLength: 60 }),
        (verdicts) => {
          const confusion: Confusion = {
            met: { met: 0, missed: 0, violated: 0, 'n/a': 0 },
            missed: { met: 0, missed: 0, violated: 0, 'n/a': 0 },
            violated: { met: 0, missed: 0, violated: 0, 'n/a': 0 },
            'n/a': { met: 0, missed: 0, violated: 0, 'n/a': 0 },
          };
          for (const [m, s] of verdicts) confusion[m][s] += 1;
          const { kappa, observed, expected } = cohenKappa(confusion);
          if (kappa === null) {
            expect(expected).toBe(1);
            return;
          }
          expect(kappa).toBeGreaterThanOrEqual(-1);
          expect(kappa).toBeLessThanOrEqual(1);
          expect(kappa).toBeCloseTo((observed - expected) / (1 - expected), 9);
        },
      ),
    );
  });

  it('gives nothing for an empty matrix', () => {
    const row = { met: 0, missed: 0, violated: 0, 'n/a': 0 };
    expect(cohenKappa({ met: row, missed: row, violated: row, 'n/a': row })).toEqual({
      kappa: null,
      observed: 0,
      expected: 0,
      count: 0,
    });
  });
});
