// `npm run eval`: measures the scorer against the human labels of the real-replies corpus.
import process from 'node:process';
import { UsageError, parseCommandLine } from './command-line.ts';
import type { Evaluation } from './eval-run.ts';
import { countedGold, evaluate, misclassified } from './eval-run.ts';
import { metricsTable } from './label-metrics.ts';
import type { Label } from './label-prediction.ts';
import { LABEL_CRITERION, LABELS } from './label-prediction.ts';
import { realRepliesDir, realRepliesFiles } from './real-replies.ts';

const USAGE = `Usage: npm run eval -- [--errors LABEL] [--json]

Scores the labelled real replies (dev-labels.jsonl joined with pairs.jsonl by id) and compares
the labels read off each report with the human labels: support, TP, FP, FN, precision, recall, F1.
The data folder is $FRONTLINE_REAL_REPLIES, else ../shared/data/real-replies/ beside the repository;
without it the evaluation is skipped.

Options:
  --errors LABEL   also print the misclassified cases of LABEL (${LABELS.join(', ')}):
                   id, gold and predicted label, the reply and the evidence; for local error
                   analysis only: never commit these texts
  --json           print the metrics as JSON instead of a table
  -h, --help       show this help
`;

function errorReport(evaluation: Evaluation, label: Label): string {
  const criterion = LABEL_CRITERION[label];
  const wrong = misclassified(evaluation, label);
  const blocks = wrong.map((item) => {
    const result = item.report.criteria[criterion];
    const gold = countedGold(item.gold, label);
    const kind = item.predicted[label] ? 'false positive' : 'false negative';
    const evidence = (result?.evidence ?? []).map(
      (span) => `    evidence ${span.start}-${span.end}: "${span.quote}"`,
    );
    return [
      `${item.id}  ${kind}: gold ${gold}, predicted ${item.predicted[label] ? 1 : 0}  (${criterion}: ${result?.status ?? 'absent'}, ${result?.messageId ?? '-'})`,
      ...(item.pair.customer === null ? [] : [`    customer: ${item.pair.customer}`]),
      `    reply:    ${item.pair.reply}`,
      ...evidence,
      ...(result === undefined ? [] : [`    message:  ${result.message}`]),
    ].join('\n');
  });
  return `\nMisclassified on ${label} (${wrong.length}):\n\n${blocks.join('\n\n')}\n`;
}

async function main(args: readonly string[]): Promise<number> {
  const { values } = parseCommandLine(args, {
    errors: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help === true) {
    process.stdout.write(USAGE);
    return 0;
  }
  const errorLabel = values.errors;
  if (errorLabel !== undefined && !(LABELS as readonly string[]).includes(errorLabel)) {
    throw new UsageError(`--errors takes one of ${LABELS.join(', ')}, not "${errorLabel}"`);
  }
  const dir = realRepliesDir(process.env);
  const files = realRepliesFiles(dir, ['dev-labels.jsonl', 'pairs.jsonl'] as const);
  if (files === undefined) {
    process.stdout.write(
      `Evaluation skipped: no dev-labels.jsonl and pairs.jsonl in ${dir} (set FRONTLINE_REAL_REPLIES to their folder).\n`,
    );
    return 0;
  }
  const evaluation = await evaluate({
    labels: files['dev-labels.jsonl'],
    pairs: files['pairs.jsonl'],
  });
  if (values.json === true) {
    const { rubricVersion, cases, metrics, unmatched } = evaluation;
    process.stdout.write(
      JSON.stringify(
        { rubricVersion, labelled: cases.length, unmatched: unmatched.length, metrics },
        null,
        2,
      ) + '\n',
    );
  } else {
    process.stdout.write(
      `Scorer against human labels: ${evaluation.cases.length} labelled replies, rubric ${evaluation.rubricVersion ?? 'unknown'} (${dir})\n\n`,
    );
    process.stdout.write(metricsTable(evaluation.metrics));
    if (evaluation.unmatched.length > 0) {
      process.stdout.write(
        `\n${evaluation.unmatched.length} labelled ids have no pair in pairs.jsonl.\n`,
      );
    }
  }
  if (errorLabel !== undefined) process.stdout.write(errorReport(evaluation, errorLabel as Label));
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    error instanceof UsageError
      ? `eval: ${message}; see npm run eval -- --help.\n`
      : `eval: ${message}\n`,
  );
  process.exitCode = 2;
}
