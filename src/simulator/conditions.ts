import type { Condition, GradeCondition } from './schema.ts';
import type { TurnGrade } from './grade.ts';

/** What a condition can look at when a branch or reaction is chosen. */
export interface ConditionScope {
  /** The grade just made (the reply or action of this turn or queue item). */
  current?: TurnGrade | undefined;
  /** In a queue turn: the grade of each handled item. */
  items?: Record<string, TurnGrade> | undefined;
  /** Every grade so far in the attempt, the current one included. */
  grades: readonly TurnGrade[];
  /** The turns entered so far, in order. */
  path: readonly string[];
}

function countHolds(
  count: { atLeast?: number | undefined; below?: number | undefined },
  value: number,
) {
  return (
    (count.atLeast === undefined || value >= count.atLeast) &&
    (count.below === undefined || value < count.below)
  );
}

/** Whether a grade matches the grade tests of a condition; tests on criteria never match an action. */
export function gradeHolds(test: GradeCondition, grade: TurnGrade | undefined): boolean {
  if (grade === undefined) return false;
  if (test.passed !== undefined && grade.passed !== test.passed) return false;
  const report = grade.report;
  const criterionTests = test.score ?? test.allMet ?? test.anyFailed ?? test.status;
  if (criterionTests === undefined) return true;
  if (report === undefined) return false;
  if (test.score !== undefined && !countHolds(test.score, report.score)) return false;
  if (
    test.allMet !== undefined &&
    !test.allMet.every((id) => report.criteria[id]?.status === 'met')
  )
    return false;
  if (
    test.anyFailed !== undefined &&
    !test.anyFailed.some((id) => {
      const status = report.criteria[id]?.status;
      return status === 'missed' || status === 'violated';
    })
  ) {
    return false;
  }
  if (test.status !== undefined) {
    for (const [id, wanted] of Object.entries(test.status)) {
      const status = report.criteria[id as keyof typeof report.criteria]?.status;
      const allowed: readonly string[] = Array.isArray(wanted) ? wanted : [wanted];
      if (status === undefined || !allowed.includes(status)) return false;
    }
  }
  return true;
}

/** Whether every test written in a condition holds. */
export function conditionHolds(condition: Condition, scope: ConditionScope): boolean {
  const { earlier, visited, failedTurns, item, passedItems, any, all, not, ...grade } = condition;
  const hasGradeTests = Object.values(grade).some((v) => v !== undefined);
  if (hasGradeTests && !gradeHolds(grade, scope.current)) return false;
  if (earlier !== undefined) {
    const { turn, ...test } = earlier;
    const latest = scope.grades.findLast((g) => g.turn === turn && g.item === undefined);
    if (!gradeHolds(test, latest)) return false;
  }
  if (visited !== undefined && !scope.path.includes(visited)) return false;
  if (
    failedTurns !== undefined &&
    !countHolds(failedTurns, scope.grades.filter((g) => !g.passed).length)
  ) {
    return false;
  }
  if (item !== undefined) {
    for (const [id, test] of Object.entries(item)) {
      if (!gradeHolds(test, scope.items?.[id])) return false;
    }
  }
  if (passedItems !== undefined) {
    const passed = Object.values(scope.items ?? {}).filter((g) => g.passed).length;
    if (!countHolds(passedItems, passed)) return false;
  }
  if (any !== undefined && !any.some((c) => conditionHolds(c, scope))) return false;
  if (all !== undefined && !all.every((c) => conditionHolds(c, scope))) return false;
  if (not !== undefined && conditionHolds(not, scope)) return false;
  return true;
}
