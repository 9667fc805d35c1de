import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import type { ScoreInput } from '../../scoring/index.ts';
import type { BatchScorer } from '../../src/cli/batch-scorer.ts';
import { scoreInOrder } from '../../src/cli/ordered-scoring.ts';
import type { ScoreOutcome } from '../../src/cli/scored-reply.ts';

/** A scorer that answers each batch after a pseudo-random delay, so batches finish out of order. */
function slowScorer(seed: number) {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const stats = { inFlight: 0, maxInFlight: 0, batchSizes: [] as number[] };
  const scorer: BatchScorer = {
    threads: 0,
    close: () => Promise.resolve(),
    async score(inputs: readonly ScoreInput[]): Promise<ScoreOutcome[]> {
      stats.inFlight += 1;
      stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
      stats.batchSizes.push(inputs.length);
      await sleep(Math.floor(random() * 8));
      stats.inFlight -= 1;
      return inputs.map(({ text }) => ({
        ok: true,
        reply: { score: Number(text), passed: true, criteria: {} },
      }));
    },
  };
  return { scorer, stats };
}

const items = (count: number) =>
  Array.from({ length: count }, (_, index) => ({ id: index, input: { text: String(index) } }));

describe('scoreInOrder', () => {
  it('yields results in input order while batches finish out of order (seed 7)', async () => {
    const { scorer, stats } = slowScorer(7);
    const seen: number[] = [];
    for await (const batch of scoreInOrder(items(500), scorer, {
      batchSize: 9,
      maxInFlight: 4,
      flushAfterMs: 50,
    })) {
      for (const { item, outcome } of batch) {
        expect(outcome.ok && outcome.reply.score).toBe(item.id);
        seen.push(item.id);
      }
    }
    expect(seen).toEqual(items(500).map(({ id }) => id));
    expect(stats.maxInFlight).toBeLessThanOrEqual(4);
    expect(stats.batchSizes.slice(0, -1).every((size) => size === 9)).toBe(true);
  });

  it('reads no further ahead than the batches in flight allow', async () => {
    const { scorer } = slowScorer(3);
    let read = 0;
    let written = 0;
    let maxAhead = 0;
    async function* source() {
      for (const item of items(400)) {
        read += 1;
        maxAhead = Math.max(maxAhead, read - written);
        yield item;
        await Promise.resolve();
      }
    }
    const options = { batchSize: 10, maxInFlight: 3, flushAfterMs: 50 };
    for await (const batch of scoreInOrder(source(), scorer, options)) written += batch.length;
    expect(written).toBe(400);
    // Three batches out, one being filled, and one item read before the wait.
    expect(maxAhead).toBeLessThanOrEqual(options.batchSize * (options.maxInFlight + 1) + 1);
  });

  it('sends a partly filled batch when the input goes quiet', async () => {
    const { scorer } = slowScorer(1);
    const started = Date.now();
    async function* trickle() {
      yield { id: 0, input: { text: '0' } };
      await sleep(400);
      yield { id: 1, input: { text: '1' } };
    }
    const arrivals: number[] = [];
    for await (const batch of scoreInOrder(trickle(), scorer, {
      batchSize: 64,
      maxInFlight: 2,
      flushAfterMs: 20,
    })) {
      arrivals.push(Date.now() - started);
      expect(batch).toHaveLength(1);
    }
    expect(arrivals).toHaveLength(2);
    expect(arrivals[0]).toBeLessThan(300);
  });

  it('stops with the scorer error when a batch fails', async () => {
    const failing: BatchScorer = {
      threads: 0,
      close: () => Promise.resolve(),
      score: () => Promise.reject(new Error('a scoring thread failed: boom')),
    };
    const run = async () => {
      for await (const _batch of scoreInOrder(items(10), failing, {
        batchSize: 4,
        maxInFlight: 2,
        flushAfterMs: 50,
      })) {
        // drain
      }
    };
    await expect(run()).rejects.toThrow('a scoring thread failed: boom');
  });
});
