import type { Label } from './label-prediction.ts';

/** How the scorer's predictions for one label compare with the human labels. */
export interface LabelMetrics {
  label: Label;
  /** Cases with a 0 or 1 label (null labels are not counted). */
  rated: number;
  /** Cases labelled 1. */
  support: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** null when nothing was predicted positive. */
  precision: number | null;
  /** null when no case is labelled 1. */
  recall: number | null;
  /** 2TP / (2TP + FP + FN); null when there are neither positives nor predictions. */
  f1: number | null;
}

/** Counts agreement between human labels and predictions, one label at a time. */
export class LabelConfusion {
  #counts = new Map<Label, { rated: number; tp: number; fp: number; fn: number }>();

  /** Records one case; a null or missing gold label is not counted. */
  add(label: Label, gold: 0 | 1 | null | undefined, predicted: boolean): void {
    if (gold !== 0 && gold !== 1) return;
    const counts = this.#counts.get(label) ?? { rated: 0, tp: 0, fp: 0, fn: 0 };
    counts.rated += 1;
    if (gold === 1 && predicted) counts.tp += 1;
    else if (gold === 0 && predicted) counts.fp += 1;
    else if (gold === 1 && !predicted) counts.fn += 1;
    this.#counts.set(label, counts);
  }

  metrics(label: Label): LabelMetrics {
    const { rated, tp, fp, fn } = this.#counts.get(label) ?? { rated: 0, tp: 0, fp: 0, fn: 0 };
    return {
      label,
      rated,
      support: tp + fn,
      truePositives: tp,
      falsePositives: fp,
      falseNegatives: fn,
      precision: tp + fp === 0 ? null : tp / (tp + fp),
      recall: tp + fn === 0 ? null : tp / (tp + fn),
      f1: tp + fp + fn === 0 ? null : (2 * tp) / (2 * tp + fp + fn),
    };
  }
}

function ratio(value: number | null): string {
  return value === null ? 'n/a' : value.toFixed(2);
}

/** The F1 cell: "n/a" without positives or predictions, and the false positives without positives. */
export function f1Cell(metrics: LabelMetrics): string {
  if (metrics.support === 0) {
    return metrics.falsePositives === 0 ? 'n/a' : `n/a (${metrics.falsePositives} FP)`;
  }
  return ratio(metrics.f1);
}

/** A plain-text table: label, rated, support, TP, FP, FN, precision, recall, F1. */
export function metricsTable(rows: readonly LabelMetrics[]): string {
  const header = ['label', 'rated', 'support', 'TP', 'FP', 'FN', 'precision', 'recall', 'F1'];
  const cells = rows.map((row) => [
    row.label,
    String(row.rated),
    String(row.support),
    String(row.truePositives),
    String(row.falsePositives),
    String(row.falseNegatives),
    ratio(row.precision),
    ratio(row.recall),
    f1Cell(row),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...cells.map((row) => (row[column] ?? '').length)),
  );
  const line = (row: readonly string[]): string =>
    row
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return [line(header), ...cells.map(line)].join('\n') + '\n';
}
