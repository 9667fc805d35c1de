import { createReadStream } from 'node:fs';
import cliProgress from 'cli-progress';
import type { Params } from 'cli-progress';

/** Where the command reports progress and one-line problems while it runs. */
export interface ProgressReporter {
  /** Counts replies done. */
  add(count: number): void;
  /** Sets the expected number of replies once known. */
  setTotal(total: number): void;
  /** Writes one line to stderr without tearing the bar. */
  log(line: string): void;
  stop(): void;
}

/** Progress off: problems go straight to stderr. */
export function silentProgress(stderr: NodeJS.WritableStream): ProgressReporter {
  return {
    add: () => undefined,
    setTotal: () => undefined,
    log: (line) => void stderr.write(line + '\n'),
    stop: () => undefined,
  };
}

function formatProgress(params: Params): string {
  const seconds = Math.max((Date.now() - params.startTime) / 1000, 0.001);
  const rate = Math.round(params.value / seconds);
  const count = params.value.toLocaleString('en-US');
  if (params.total <= 0) return `scoring ${count} replies | ${rate}/s`;
  const share = Math.min(1, params.value / params.total);
  const width = 30;
  const filled = Math.round(share * width);
  const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
  return `scoring ${bar} ${Math.round(share * 100)}% | ${count}/${params.total.toLocaleString('en-US')} replies | ${rate}/s`;
}

/**
 * A progress bar on stderr with the count and rate, and the total once it is known. It appears
 * only after `delayMs`, so a quick run leaves no trace on the terminal.
 */
export function barProgress(stderr: NodeJS.WritableStream, delayMs = 1000): ProgressReporter {
  let done = 0;
  let total = 0;
  let stopped = false;
  let shown: { bars: cliProgress.MultiBar; bar: cliProgress.SingleBar } | undefined;
  const timer = setTimeout(() => {
    const bars = new cliProgress.MultiBar({
      stream: stderr,
      format: (_options, params) => formatProgress(params),
      hideCursor: true,
      clearOnComplete: true,
      fps: 10,
    });
    shown = { bars, bar: bars.create(total, done) };
  }, delayMs);
  timer.unref();
  return {
    add: (count) => {
      done += count;
      shown?.bar.increment(count);
    },
    setTotal: (value) => {
      total = value;
      shown?.bar.setTotal(value);
    },
    log: (line) =>
      shown === undefined ? void stderr.write(line + '\n') : shown.bars.log(line + '\n'),
    stop: () => {
      if (stopped) return;
      stopped = true;
      clearTimeout(timer);
      shown?.bars.stop();
    },
  };
}

/** Counts the lines of a file by scanning its bytes once; a quick estimate of the replies in it. */
export async function countLines(path: string): Promise<number> {
  let lines = 0;
  let last = 0x0a;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    let at = chunk.indexOf(0x0a);
    while (at !== -1) {
      lines += 1;
      at = chunk.indexOf(0x0a, at + 1);
    }
    last = chunk.at(-1) ?? last;
  }
  return last === 0x0a ? lines : lines + 1;
}
