import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../scoring/index.ts';
import { checkScenarios } from '../../src/simulator/check.ts';
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
    expect(report.scenarios).toBeGreaterThanOrEqual(8);
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
