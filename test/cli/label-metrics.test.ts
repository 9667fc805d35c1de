import { describe, expect, it } from 'vitest';
import { LabelConfusion, f1Cell, metricsTable } from '../../src/cli/label-metrics.ts';

describe('LabelConfusion', () => {
  it('computes precision, recall and F1 on a worked example', () => {
    // gold:      1 1 1 1 0 0 0 0 null
    // predicted: 1 1 1 0 1 0 0 0 1
    // TP 3, FN 1, FP 1, TN 3; the null case is not counted.
    const gold = [1, 1, 1, 1, 0, 0, 0, 0, null] as const;
    const predicted = [true, true, true, false, true, false, false, false, true];
    const confusion = new LabelConfusion();
    gold.forEach((value, index) => confusion.add('apology', value, predicted[index] ?? false));
    expect(confusion.metrics('apology')).toEqual({
      label: 'apology',
      rated: 8,
      support: 4,
      truePositives: 3,
      falsePositives: 1,
      falseNegatives: 1,
      precision: 0.75,
      recall: 0.75,
      f1: 0.75,
    });
  });

  it('gives F1 as the harmonic mean of precision and recall', () => {
    const confusion = new LabelConfusion();
    // TP 2, FP 2, FN 0: precision 0.5, recall 1, F1 2·0.5·1/1.5 = 2/3.
    for (const [gold, predicted] of [
      [1, true],
      [1, true],
      [0, true],
      [0, true],
      [0, false],
    ] as const) {
      confusion.add('thanks', gold, predicted);
    }
    const metrics = confusion.metrics('thanks');
    expect(metrics.precision).toBe(0.5);
    expect(metrics.recall).toBe(1);
    expect(metrics.f1).toBeCloseTo(2 / 3, 10);
  });

  it('reports n/a without positives or predictions, and the false positives without positives', () => {
    const confusion = new LabelConfusion();
    confusion.add('pii', 0, false);
    confusion.add('contradiction', 0, true);
    confusion.add('contradiction', 0, true);
    const pii = confusion.metrics('pii');
    const contradiction = confusion.metrics('contradiction');
    expect([pii.precision, pii.recall, pii.f1]).toEqual([null, null, null]);
    expect(f1Cell(pii)).toBe('n/a');
    expect([contradiction.precision, contradiction.recall]).toEqual([0, null]);
    expect(f1Cell(contradiction)).toBe('n/a (2 FP)');
  });

  it('prints a table with one row per label', () => {
    const confusion = new LabelConfusion();
    confusion.add('apology', 1, true);
    confusion.add('apology', 1, false);
    expect(metricsTable([confusion.metrics('apology'), confusion.metrics('pii')]))
      .toMatchInlineSnapshot(`
      "label    rated  support  TP  FP  FN  precision  recall    F1
      apology      2        2   1   0   1       1.00    0.50  0.67
      pii          0        0   0   0   0        n/a     n/a   n/a
      "
    `);
  });
});
