import type { ScoreInput } from '../../scoring/index.ts';
import type { BatchScorer } from './batch-scorer.ts';
import type { ScoreOutcome } from './scored-reply.ts';

export interface OrderedScoringOptions {
  /** Replies per message to the scorer. */
  batchSize: number;
  /** Batches sent and not yet written; bounds memory whatever the input size. */
  maxInFlight: number;
  /** A partly filled batch is sent after this long without new input (a slow pipe). */
  flushAfterMs: number;
}

/** One scored item, with the item it came from. */
export interface Scored<T> {
  item: T;
  outcome: ScoreOutcome;
}

interface Slot<T> {
  items: T[];
  outcomes?: ScoreOutcome[];
  error?: Error;
  settled: Promise<void>;
}

const HEAD_DONE = Symbol('head done');
const FLUSH = Symbol('flush');

/**
 * Scores items in batches with bounded work in flight, and yields each batch's results in
 * input order as soon as it and every batch before it are done. Reading pauses while
 * `maxInFlight` batches are out, so memory stays flat on any input size.
 */
export async function* scoreInOrder<T extends { input: ScoreInput }>(
  items: AsyncIterable<T> | Iterable<T>,
  scorer: BatchScorer,
  options: OrderedScoringOptions,
): AsyncGenerator<Scored<T>[]> {
  const iterator: AsyncIterator<T> | Iterator<T> =
    Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : items[Symbol.iterator]();
  const queue: Slot<T>[] = [];
  let batch: T[] = [];
  let next: Promise<IteratorResult<T>> | undefined;
  let flush: { promise: Promise<typeof FLUSH>; timer: NodeJS.Timeout } | undefined;
  let exhausted = false;

  const dispatch = (): void => {
    if (flush !== undefined) clearTimeout(flush.timer);
    flush = undefined;
    const items = batch;
    batch = [];
    const slot: Slot<T> = { items, settled: Promise.resolve() };
    slot.settled = scorer.score(items.map(({ input }) => input)).then(
      (outcomes) => {
        slot.outcomes = outcomes;
      },
      (error: unknown) => {
        slot.error = error instanceof Error ? error : new Error('the scorer failed');
      },
    );
    queue.push(slot);
  };

  const finished = (slot: Slot<T> | undefined): slot is Slot<T> =>
    slot !== undefined && (slot.outcomes !== undefined || slot.error !== undefined);

  try {
    for (;;) {
      while (finished(queue[0])) {
        const slot = queue.shift();
        if (slot === undefined) break;
        if (slot.error !== undefined) throw slot.error;
        const outcomes = slot.outcomes ?? [];
        yield slot.items.map((item, index) => ({
          item,
          outcome: outcomes[index] ?? { ok: false, error: 'the scorer returned no result' },
        }));
      }
      const head = queue[0];
      if (exhausted) {
        if (batch.length > 0) dispatch();
        else if (head === undefined) return;
        else await head.settled;
        continue;
      }
      if (head !== undefined && queue.length >= options.maxInFlight) {
        await head.settled;
        continue;
      }
      next ??= Promise.resolve(iterator.next());
      const waits: Promise<IteratorResult<T> | typeof HEAD_DONE | typeof FLUSH>[] = [next];
      if (head !== undefined) waits.push(head.settled.then(() => HEAD_DONE));
      if (flush !== undefined) waits.push(flush.promise);
      const woken = await Promise.race(waits);
      if (woken === HEAD_DONE) continue;
      if (woken === FLUSH) {
        dispatch();
        continue;
      }
      next = undefined;
      if (woken.done === true) {
        exhausted = true;
        continue;
      }
      batch.push(woken.value);
      if (batch.length >= options.batchSize) {
        dispatch();
      } else if (flush === undefined) {
        let timer: NodeJS.Timeout | undefined;
        const promise = new Promise<typeof FLUSH>((resolve) => {
          timer = setTimeout(() => resolve(FLUSH), options.flushAfterMs);
        });
        if (timer !== undefined) flush = { promise, timer };
      }
    }
  } finally {
    if (flush !== undefined) clearTimeout(flush.timer);
    // A pending read (a quiet pipe) may never settle, so the source is closed without waiting.
    if (!exhausted) void Promise.resolve(iterator.return?.()).catch(() => undefined);
  }
}
