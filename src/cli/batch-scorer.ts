import { Worker } from 'node:worker_threads';
import type { ScoreInput } from '../../scoring/index.ts';
import type { ScoreOutcome } from './scored-reply.ts';
import { scoreOutcome } from './scored-reply.ts';

/** Scores batches of replies, in the calling thread or in a pool of worker threads. */
export interface BatchScorer {
  /** Resolves with one outcome per input, in input order. */
  score(inputs: readonly ScoreInput[]): Promise<ScoreOutcome[]>;
  /** How many worker threads were started (0 when scoring in the calling thread). */
  readonly threads: number;
  close(): Promise<void>;
}

/** The message a worker receives. */
export interface ScoreBatch {
  seq: number;
  inputs: readonly ScoreInput[];
}

/** The message a worker sends back. */
export interface ScoredBatch {
  seq: number;
  outcomes: ScoreOutcome[];
}

/** Scores in the calling thread: no start-up cost, no parallelism. */
export function inlineScorer(): BatchScorer {
  return {
    score: (inputs) => Promise.resolve(inputs.map(scoreOutcome)),
    threads: 0,
    close: () => Promise.resolve(),
  };
}

interface PoolWorker {
  worker: Worker;
  pending: Map<
    number,
    { resolve: (outcomes: ScoreOutcome[]) => void; reject: (error: Error) => void }
  >;
}

/**
 * Scores in up to `size` worker threads, each loading the scorer once. Workers start lazily,
 * only when every running worker is busy, so a small input costs one start-up, not `size`.
 * A batch goes to the least busy worker; bounding the work in flight is the caller's job.
 */
export function workerPool(size: number): BatchScorer {
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`worker pool size must be ≥ 1, got ${size}`);
  const workers: PoolWorker[] = [];
  let seq = 0;
  let failure: Error | undefined;

  const fail = (entry: PoolWorker, error: Error): void => {
    failure ??= error;
    for (const { reject } of entry.pending.values()) reject(error);
    entry.pending.clear();
  };

  const start = (): PoolWorker => {
    const worker = new Worker(new URL('./score-worker.ts', import.meta.url));
    const entry: PoolWorker = { worker, pending: new Map() };
    worker.on('message', ({ seq: done, outcomes }: ScoredBatch) => {
      const waiting = entry.pending.get(done);
      entry.pending.delete(done);
      waiting?.resolve(outcomes);
    });
    worker.on('error', (error: Error) =>
      fail(entry, new Error(`a scoring thread failed: ${error.message}`)),
    );
    worker.on('exit', (code) => {
      if (entry.pending.size > 0)
        fail(entry, new Error(`a scoring thread stopped (exit code ${code})`));
    });
    workers.push(entry);
    return entry;
  };

  return {
    score(inputs) {
      if (failure !== undefined) return Promise.reject(failure);
      let target = workers.reduce<PoolWorker | undefined>(
        (best, entry) =>
          best === undefined || entry.pending.size < best.pending.size ? entry : best,
        undefined,
      );
      if (target === undefined || (target.pending.size > 0 && workers.length < size))
        target = start();
      const chosen = target;
      seq += 1;
      const batch: ScoreBatch = { seq, inputs };
      return new Promise<ScoreOutcome[]>((resolve, reject) => {
        chosen.pending.set(batch.seq, { resolve, reject });
        chosen.worker.postMessage(batch);
      });
    },
    get threads() {
      return workers.length;
    },
    async close() {
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
      workers.length = 0;
    },
  };
}
