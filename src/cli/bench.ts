// `npm run bench`: how fast the rubric scores real replies, against a bare compromise parse.
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import nlp from 'compromise';
import { scoreReply } from '../../scoring/index.ts';
import type { ScoreInput } from '../../scoring/index.ts';
import { workerPool } from './batch-scorer.ts';
import { MemoryPeak, TimingSamples } from './bench-stats.ts';
import { parseCommandLine, positiveInteger, UsageError } from './command-line.ts';
import { scoreInOrder } from './ordered-scoring.ts';
import {
  readReplyPairs,
  realRepliesDir,
  realRepliesFiles,
  scoreInputOfPair,
} from './real-replies.ts';

const USAGE = `Usage: npm run bench -- [--rounds N] [--limit N] [--jobs N]

Loads every reply of pairs.jsonl ($FRONTLINE_REAL_REPLIES, else ../shared/data/real-replies/), warms
up, then times on one core, in alternating rounds, (a) a bare compromise nlp(text) and (b) the full
scoreReply. Prints replies per second per core, median and p99 per reply, the ratio of the full
rubric to the bare parse, and peak memory; with --jobs N, also the whole-file throughput of the
command line's worker pool with N threads.

Options:
  --rounds N   timed rounds of each kind (default: 5)
  --limit N    use only the first N replies
  --jobs N     also measure the worker pool with N threads (default: off)
  -h, --help   show this help
`;

const RATIO_TARGET = 1.5;
const RATE_GOAL = 1000;

type Kind = 'parse' | 'score';

function runKind(
  kind: Kind,
  inputs: readonly ScoreInput[],
  samples: TimingSamples,
  memory: MemoryPeak,
): void {
  for (let index = 0; index < inputs.length; index += 1) {
    const input = inputs[index];
    if (input === undefined) continue;
    const started = performance.now();
    if (kind === 'parse') nlp(input.text);
    else scoreReply(input);
    samples.add(performance.now() - started);
    if (index % 256 === 0) memory.sample();
  }
  memory.sample();
}

async function poolThroughput(inputs: readonly ScoreInput[], jobs: number): Promise<number> {
  const pool = workerPool(jobs);
  try {
    // Start every thread and load the scorer before the clock starts.
    await Promise.all(Array.from({ length: jobs }, () => pool.score(inputs.slice(0, 1))));
    const items = inputs.map((input) => ({ input }));
    const started = performance.now();
    let scored = 0;
    for await (const batch of scoreInOrder(items, pool, {
      batchSize: 64,
      maxInFlight: jobs * 2,
      flushAfterMs: 50,
    })) {
      scored += batch.length;
    }
    return (scored * 1000) / (performance.now() - started);
  } finally {
    await pool.close();
  }
}

const number = (value: number, digits = 0): string =>
  Number.isFinite(value)
    ? value.toLocaleString('en-US', {
        maximumFractionDigits: digits,
        minimumFractionDigits: digits,
      })
    : 'n/a';
const mark = (ok: boolean): string => (ok ? 'meets target' : 'MISSES target');

async function main(args: readonly string[]): Promise<number> {
  const { values } = parseCommandLine(args, {
    rounds: { type: 'string' },
    limit: { type: 'string' },
    jobs: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help === true) {
    process.stdout.write(USAGE);
    return 0;
  }
  const rounds = positiveInteger(values.rounds, 'rounds', 5);
  const limit = positiveInteger(values.limit, 'limit', Number.MAX_SAFE_INTEGER);
  const jobs =
    values.jobs === undefined
      ? undefined
      : positiveInteger(values.jobs, 'jobs', availableParallelism());

  const dir = realRepliesDir(process.env);
  const files = realRepliesFiles(dir, ['pairs.jsonl'] as const);
  if (files === undefined) {
    process.stdout.write(
      `Benchmark skipped: no pairs.jsonl in ${dir} (set FRONTLINE_REAL_REPLIES to its folder).\n`,
    );
    return 0;
  }
  const inputs: ScoreInput[] = [];
  for await (const pair of readReplyPairs(files['pairs.jsonl'])) {
    if (inputs.length >= limit) break;
    inputs.push(scoreInputOfPair(pair));
  }
  if (inputs.length === 0) {
    process.stdout.write(`Benchmark skipped: ${files['pairs.jsonl']} holds no replies.\n`);
    return 0;
  }

  const memory = new MemoryPeak();
  const warmUp = inputs.slice(0, Math.min(inputs.length, 1000));
  runKind('parse', warmUp, new TimingSamples(), memory);
  runKind('score', warmUp, new TimingSamples(), memory);

  const samples: Record<Kind, TimingSamples> = {
    parse: new TimingSamples(),
    score: new TimingSamples(),
  };
  for (let round = 0; round < rounds; round += 1) {
    // Alternate which kind goes first so drift in machine load falls on both alike.
    const order: Kind[] = round % 2 === 0 ? ['parse', 'score'] : ['score', 'parse'];
    for (const kind of order) runKind(kind, inputs, samples[kind], memory);
  }
  const parse = samples.parse.summary();
  const full = samples.score.summary();
  const ratio = full.totalMs / parse.totalMs;

  const rows = [
    ['', 'replies/s/core', 'median ms', 'p99 ms', 'busy s'],
    [
      'bare nlp(text)',
      number(parse.perSecond),
      number(parse.medianMs, 3),
      number(parse.p99Ms, 3),
      number(parse.totalMs / 1000, 1),
    ],
    [
      'full scoreReply',
      number(full.perSecond),
      number(full.medianMs, 3),
      number(full.p99Ms, 3),
      number(full.totalMs / 1000, 1),
    ],
  ];
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  const table = rows
    .map((row) =>
      row
        .map((cell, column) =>
          column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
        )
        .join('  '),
    )
    .join('\n');

  const lines = [
    `Benchmark: ${number(inputs.length)} replies from ${files['pairs.jsonl']}`,
    `${rounds} alternating rounds of each kind on one core (main thread), after a warm-up of ${warmUp.length}`,
    '',
    table,
    '',
    `full rubric / bare parse: ${number(ratio, 2)}×   target ≤ ${RATIO_TARGET}×   ${mark(ratio <= RATIO_TARGET)}`,
    `full rubric throughput:   ${number(full.perSecond)} replies/s/core   goal ${number(RATE_GOAL)} replies/s/core   ${mark(full.perSecond >= RATE_GOAL)}`,
    `peak memory (sampled):    rss ${number(memory.rssBytes / 2 ** 20)} MB, heapUsed ${number(memory.heapUsedBytes / 2 ** 20)} MB`,
  ];
  process.stdout.write(lines.join('\n') + '\n');

  if (jobs !== undefined) {
    const rate = await poolThroughput(inputs, jobs);
    process.stdout.write(
      `worker pool, --jobs ${jobs}:   ${number(rate)} replies/s over the whole file (${number(rate / jobs)} per thread; threads warmed up first)\n`,
    );
  }
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    error instanceof UsageError
      ? `bench: ${message}; see npm run bench -- --help.\n`
      : `bench: ${message}\n`,
  );
  process.exitCode = 2;
}
