import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../scoring/index.ts';
import { checkScenarios } from '../../src/simulator/check.ts';
import { findLibraryFiles } from '../../src/simulator/library.ts';
import { parseScenario } from '../../src/simulator/loader.ts';
import { formatProblem } from '../../src/simulator/problem.ts';

const LIBRARY = fileURLToPath(new URL('../../scenarios/', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Criteria whose rule still only says "not graded yet": failing examples can't be held to them. */
const ungraded = Object.values(RULES)
  .filter((rule) => Object.keys(rule.meta.messages).every((id) => id === 'notApplicable'))
  .map((rule) => rule.id);

describe('the scenario library', () => {
  it('is valid, and every thread is sound (reachable, no loops, branches)', async () => {
    const report = await checkScenarios(LIBRARY, {
      cwd: ROOT,
      examples: false,
      playthroughs: false,
    });
    expect(report.problems.map(formatProblem)).toEqual([]);
    expect(report.scenarios).toBeGreaterThanOrEqual(36);
  });

  // Through the real scorer: a pass must pass, a fail must fail exactly what it names, and each
  // recorded playthrough must replay to its outcome.
  it('passes `scenarios check`: examples and playthroughs hold through the real scorer', async () => {
    if (ungraded.length > 0) {
      console.info(
        `scenarios check: not graded yet, left out of the failing examples: ${ungraded.join(', ')}`,
      );
    }
    const report = await checkScenarios(LIBRARY, { cwd: ROOT, ignoreCriteria: ungraded });
    expect(report.problems.map(formatProblem)).toEqual([]);
  });
});

describe('the library covers what trainers need', () => {
  it('has the complaints, trolls, crises, questions, praise and review-site replies on every channel', async () => {
    const { scenarios } = await findLibraryFiles(LIBRARY);
    const loaded = scenarios.map((file) => {
      const result = parseScenario(readFileSync(file, 'utf8'), file);
      if (!result.ok) throw new Error(`${file} is invalid`);
      return result.value;
    });
    const count = (pick: (s: (typeof loaded)[number]) => boolean) => loaded.filter(pick).length;
    expect(loaded.length).toBeGreaterThanOrEqual(36);
    expect(count((s) => s.kind === 'complaint')).toBeGreaterThanOrEqual(12);
    expect(count((s) => s.kind === 'troll')).toBeGreaterThanOrEqual(8);
    expect(count((s) => s.kind === 'crisis')).toBeGreaterThanOrEqual(8);
    expect(count((s) => s.kind === 'question')).toBeGreaterThanOrEqual(1);
    expect(count((s) => s.kind === 'praise')).toBeGreaterThanOrEqual(1);
    for (const channel of ['x', 'facebook', 'instagram', 'review-site'] as const) {
      expect(
        count((s) => s.channel === channel),
        channel,
      ).toBeGreaterThanOrEqual(2);
    }
  });
});
