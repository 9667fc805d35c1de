/** The q-quantile (0..1) of samples by the nearest-rank method; NaN for no samples. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

/** Per-call timings of one kind of work over every round of a benchmark. */
export class TimingSamples {
  #samples: number[] = [];
  #totalMs = 0;

  add(ms: number): void {
    this.#samples.push(ms);
    this.#totalMs += ms;
  }

  get count(): number {
    return this.#samples.length;
  }

  get totalMs(): number {
    return this.#totalMs;
  }

  /** Calls per second of busy time: per core, since each call runs on one thread. */
  perSecond(): number {
    return this.#totalMs === 0 ? Number.NaN : (this.#samples.length * 1000) / this.#totalMs;
  }

  summary(): { perSecond: number; medianMs: number; p99Ms: number; totalMs: number } {
    const sorted = [...this.#samples].sort((a, b) => a - b);
    return {
      perSecond: this.perSecond(),
      medianMs: quantile(sorted, 0.5),
      p99Ms: quantile(sorted, 0.99),
      totalMs: this.#totalMs,
    };
  }
}

/** The highest resident set size and heap use seen, sampled by the caller between calls. */
export class MemoryPeak {
  rssBytes = 0;
  heapUsedBytes = 0;

  sample(): void {
    const { rss, heapUsed } = process.memoryUsage();
    this.rssBytes = Math.max(this.rssBytes, rss);
    this.heapUsedBytes = Math.max(this.heapUsedBytes, heapUsed);
  }
}
