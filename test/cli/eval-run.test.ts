import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScoreInput } from '../../scoring/index.ts';
import { countedGold, evaluate, misclassified } from '../../src/cli/eval-run.ts';
import { reportWith } from './report-builder.ts';
import { FIXTURES, runScript } from './run-cli.ts';

const DATA = join(FIXTURES, 'real-replies');
const files = { labels: join(DATA, 'dev-labels.jsonl'), pairs: join(DATA, 'pairs.jsonl') };

/** A stand-in scorer: apology met when the reply says sorry, nothing else graded. */
function sorryScorer(input: ScoreInput) {
  return reportWith({
    apology: { status: /sorry/i.test(input.text) ? 'met' : 'missed', quote: 'x' },
  });
}

describe('evaluate', () => {
  it('joins labels with pairs by id and counts only non-null labels', async () => {
    const evaluation = await evaluate(files, sorryScorer);
    expect(evaluation.cases.map(({ id }) => id)).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(evaluation.unmatched).toEqual(['missing']);
    const apology = evaluation.metrics.find(({ label }) => label === 'apology');
    expect(apology).toMatchObject({ rated: 4, support: 2, truePositives: 2, falsePositives: 0 });
    const thanks = evaluation.metrics.find(({ label }) => label === 'thanks');
    // p4's thanks label is null: three rated cases, one positive (p2), never predicted.
    expect(thanks).toMatchObject({ rated: 3, support: 1, truePositives: 0, falseNegatives: 1 });
  });

  it('passes the customer post and the channel to the scorer', async () => {
    const inputs: ScoreInput[] = [];
    await evaluate(files, (input) => {
      inputs.push(input);
      return sorryScorer(input);
    });
    expect(inputs[0]?.context).toEqual({ customerPost: 'My order never arrived.', channel: 'x' });
    expect(inputs[1]?.context?.channel).toBe('review-site');
  });

  it('lists false positives first, then false negatives, for one label', async () => {
    const evaluation = await evaluate(files, (input) =>
      reportWith({ thanks: { status: /sorry/i.test(input.text) ? 'met' : 'missed' } }),
    );
    // p1 and p4 say sorry: p1 (thanks 0) is a false positive, p4 (thanks null) is not counted;
    // p2 (thanks 1) is missed.
    expect(misclassified(evaluation, 'thanks').map(({ id }) => id)).toEqual(['p1', 'p2']);
  });
});

describe('countedGold', () => {
  it('counts explained only where the human saw a refusal', () => {
    expect(countedGold({ refusal: 0, explained: 1 }, 'explained')).toBeUndefined();
    expect(countedGold({ refusal: 1, explained: 0 }, 'explained')).toBe(0);
    expect(countedGold({ refusal: 1, explained: null }, 'explained')).toBeUndefined();
    expect(countedGold({ apology: null }, 'apology')).toBeUndefined();
  });
});

describe('npm run eval', () => {
  it('prints the metrics table for the labelled data in FRONTLINE_REAL_REPLIES', () => {
    const run = runScript('src/cli/eval.ts', [], { env: { FRONTLINE_REAL_REPLIES: DATA } });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('4 labelled replies');
    expect(run.stdout).toMatch(/\nlabel +rated +support +TP +FP +FN +precision +recall +F1\n/);
    for (const label of [
      'apology',
      'thanks',
      'contradiction',
      'refusal',
      'explained',
      'private',
      'pii',
    ]) {
      expect(run.stdout).toMatch(new RegExp(`\\n${label} +\\d+ +\\d+ +\\d+ +\\d+ +\\d+ `));
    }
    expect(run.stdout).toContain('1 labelled ids have no pair');
  });

  it('prints metrics as JSON and the misclassified cases of a label', () => {
    const json = runScript('src/cli/eval.ts', ['--json'], {
      env: { FRONTLINE_REAL_REPLIES: DATA },
    });
    const parsed = JSON.parse(json.stdout) as { labelled: number; metrics: { label: string }[] };
    expect(parsed.labelled).toBe(4);
    expect(parsed.metrics.map(({ label }) => label)).toContain('pii');
    const errors = runScript('src/cli/eval.ts', ['--errors', 'apology'], {
      env: { FRONTLINE_REAL_REPLIES: DATA },
    });
    expect(errors.status).toBe(0);
    expect(errors.stdout).toMatch(/\nMisclassified on apology \(\d+\):\n/);
  });

  it('says it skipped, and exits 0, when the data folder is absent', () => {
    const run = runScript('src/cli/eval.ts', [], {
      env: { FRONTLINE_REAL_REPLIES: join(FIXTURES, 'no-such-folder') },
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Evaluation skipped: /);
  });

  it('refuses an unknown label for --errors and exits 2', () => {
    const run = runScript('src/cli/eval.ts', ['--errors', 'politeness'], {
      env: { FRONTLINE_REAL_REPLIES: DATA },
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--errors takes one of apology, thanks');
  });
});

describe('npm run bench', () => {
  it('reports rates, the ratio to the bare parse with its target, memory and the pool', () => {
    const run = runScript('src/cli/bench.ts', ['--rounds', '1', '--jobs', '1'], {
      env: { FRONTLINE_REAL_REPLIES: DATA },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Benchmark: 5 replies');
    expect(run.stdout).toMatch(/\nbare nlp\(text\) +[\d,]+ +[\d.]+ +[\d.]+/);
    expect(run.stdout).toMatch(/\nfull scoreReply +[\d,]+ +[\d.]+ +[\d.]+/);
    expect(run.stdout).toMatch(/full rubric \/ bare parse: [\d.]+× +target ≤ 1\.5×/);
    expect(run.stdout).toContain('goal 1,000 replies/s/core');
    expect(run.stdout).toMatch(/peak memory \(sampled\): +rss \d+ MB, heapUsed \d+ MB/);
    expect(run.stdout).toMatch(/worker pool, --jobs 1: +[\d,]+ replies\/s/);
  });

  it('says it skipped, and exits 0, when pairs.jsonl is absent', () => {
    const run = runScript('src/cli/bench.ts', [], {
      env: { FRONTLINE_REAL_REPLIES: join(FIXTURES, 'no-such-folder') },
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Benchmark skipped: /);
  });
});
