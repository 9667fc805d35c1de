import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import type { Readable } from 'node:stream';
import type { BatchScorer } from './batch-scorer.ts';
import type { CommandIo } from './command-line.ts';
import { UsageError, parseCommandLine, positiveInteger } from './command-line.ts';
import { INPUT_FORMATS, inputFormatFromName } from './input-format.ts';
import { scoreInOrder } from './ordered-scoring.ts';
import type { ProgressReporter } from './progress.ts';
import { barProgress, countLines, silentProgress } from './progress.ts';
import type { ReplyEntry } from './reply-fields.ts';
import type { ReplySource } from './reply-source.ts';
import { InputUnavailableError, openReplySource } from './reply-source.ts';
import { replyJsonLine, summaryJsonLine } from './report-jsonl.ts';
import { replyTable, summaryTable } from './report-table.ts';
import { SummaryTally } from './status-summary.ts';

export const SCORE_USAGE = `Usage: frontline score [FILE | -] [options]

Scores customer-service replies against the rubric and explains each grade.

Input: FILE, or standard input when FILE is - or absent and input is piped.
  JSON Lines  one object per line: "text" (or "reply"), and optionally "id", "customer"
              (the post being answered), "customerName" and "channel"
  CSV         a header row with a "text" or "reply" column, and optionally id, customer,
              customerName and channel columns
  plain text  one reply per line; the id is the line number
  The format follows the extension (.jsonl .ndjson .csv .txt), else the first line.
  Channels are read leniently: twitter → x, tripadvisor or review → review-site, …

Options:
  --format table|jsonl     output format (default: table on a terminal, jsonl otherwise)
                           jsonl: one {"id", "score", "criteria"} object per reply, in input order
  --input-format jsonl|csv|plain
                           read the input as this format, whatever its name or first line
  --summary                end with per-criterion counts of each status and the mean score:
                           a table after the reports, or in jsonl a last line {"summary": …}
  --jobs N                 scoring threads (default: ${availableParallelism()}, the cores available, except
                           files under 128 KB, scored in the main thread); 1 scores in the main thread
  --batch-size N           replies sent to a thread at a time (default: 64)
  -h, --help               show this help

Unreadable lines are named on stderr (FILE:LINE: what is wrong) and the rest are scored.
A progress bar shows on stderr when stderr is a terminal and stdout is not.
Exit status: 0 all replies scored, 1 some lines could not be scored, 2 nothing could run
(a bad option or a missing file).
`;

const OPTIONS = {
  format: { type: 'string' },
  'input-format': { type: 'string' },
  summary: { type: 'boolean' },
  jobs: { type: 'string' },
  'batch-size': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Files smaller than this are scored in the main thread unless --jobs is given. */
const SMALL_FILE_BYTES = 128 * 1024;

/** Raised when the reader of stdout has gone away (`frontline score x | head`). */
class OutputClosed extends Error {}

/** `frontline score`: reads replies, scores them in a worker pool, writes reports in input order. */
export async function run(args: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseCommandLine(args, OPTIONS);
  if (values.help === true) {
    io.stdout.write(SCORE_USAGE);
    return 0;
  }
  if (positionals.length > 1)
    throw new UsageError(`score takes one FILE, not ${positionals.length}`);
  const path = positionals[0];
  const output = values.format ?? (io.stdout.isTTY === true ? 'table' : 'jsonl');
  if (output !== 'table' && output !== 'jsonl') {
    throw new UsageError(`--format takes table or jsonl, not "${output}"`);
  }
  const inputFormat =
    values['input-format'] === undefined ? undefined : inputFormatFromName(values['input-format']);
  if (values['input-format'] !== undefined && inputFormat === undefined) {
    throw new UsageError(
      `--input-format takes ${INPUT_FORMATS.join(', ')}, not "${values['input-format']}"`,
    );
  }
  const jobsGiven = values.jobs !== undefined;
  const jobs = positiveInteger(values.jobs, 'jobs', availableParallelism());
  const batchSize = positiveInteger(values['batch-size'], 'batch-size', 64);
  if (path === undefined && io.stdin.isTTY === true) {
    throw new UsageError('give a FILE of replies, or pipe them into standard input');
  }

  let source: ReplySource;
  try {
    source = await openReplySource({ path, format: inputFormat, stdin: io.stdin as Readable });
  } catch (error) {
    if (error instanceof InputUnavailableError) {
      io.stderr.write(error.message + '\n');
      return 2;
    }
    throw error;
  }

  const showProgress = io.stderr.isTTY === true && io.stdout.isTTY !== true;
  const progress: ProgressReporter = showProgress
    ? barProgress(io.stderr)
    : silentProgress(io.stderr);
  if (showProgress && source.file !== undefined) {
    const header = source.format === 'csv' ? 1 : 0;
    countLines(source.file.path).then(
      (lines) => progress.setTotal(Math.max(0, lines - header)),
      () => undefined,
    );
  }

  const { label } = source;
  let badLines = 0;
  const notices = new Set<string>();
  async function* replies(): AsyncGenerator<ReplyEntry> {
    for await (const entry of source.entries) {
      if (entry.kind === 'bad') {
        badLines += 1;
        progress.log(`${label}:${entry.line}: ${entry.problem}`);
        continue;
      }
      if (entry.notice !== undefined && !notices.has(entry.notice)) {
        notices.add(entry.notice);
        progress.log(`${label}:${entry.line}: ${entry.notice}`);
      }
      yield entry;
    }
  }

  const colour = io.stdout.isTTY === true && (io.env['NO_COLOR'] ?? '') === '';
  const palette = { colour };
  const tally = new SummaryTally();
  // Loaded only now, so that --help and usage errors work even when the scorer cannot load.
  const { inlineScorer, workerPool } = await import('./batch-scorer.ts');
  // Starting a thread and loading the scorer in it costs more than a small file takes to score.
  const small = !jobsGiven && source.file !== undefined && source.file.bytes < SMALL_FILE_BYTES;
  const scorer: BatchScorer = jobs === 1 || small ? inlineScorer() : workerPool(jobs);
  let closed = false;
  const onOutputError = (error: NodeJS.ErrnoException): void => {
    if (error.code === 'EPIPE') closed = true;
  };
  io.stdout.on('error', onOutputError);
  const write = async (text: string): Promise<void> => {
    if (closed) throw new OutputClosed();
    if (!io.stdout.write(text)) await once(io.stdout, 'drain');
  };

  try {
    const batches = scoreInOrder(replies(), scorer, {
      batchSize,
      maxInFlight: Math.max(2, jobs * 2),
      flushAfterMs: 50,
    });
    for await (const batch of batches) {
      let out = '';
      for (const { item, outcome } of batch) {
        if (!outcome.ok) {
          badLines += 1;
          progress.log(`${label}:${item.line}: the scorer failed on this reply (${outcome.error})`);
          continue;
        }
        tally.add(outcome.reply);
        out +=
          output === 'jsonl'
            ? replyJsonLine(item.id, outcome.reply) + '\n'
            : replyTable(item.id, item.input.text, outcome.reply, palette);
      }
      progress.add(batch.length);
      if (out !== '') await write(out);
    }
    if (values.summary === true) {
      const summary = tally.summary(badLines);
      await write(
        output === 'jsonl' ? summaryJsonLine(summary) + '\n' : summaryTable(summary, palette),
      );
    }
  } catch (error) {
    if (!(error instanceof OutputClosed)) throw error;
  } finally {
    progress.stop();
    io.stdout.off('error', onOutputError);
    await scorer.close();
  }
  return badLines > 0 ? 1 : 0;
}
