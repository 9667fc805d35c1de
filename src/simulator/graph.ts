import type { CriterionId } from '../../scoring/index.ts';
import type { FieldMessage } from './friendly-errors.ts';
import type { Condition, Scenario, Turn } from './schema.ts';

/** A way out of a turn: a branch, a moderation action or a silence timer. */
export interface Edge {
  path: PropertyKey[];
  goto?: string;
  end?: string;
}

/** Every way out of a turn, with the path of the field that names it. */
export function edgesOf(id: string, turn: Turn): Edge[] {
  const edges: Edge[] = [];
  const add = (path: PropertyKey[], t: { goto?: string | undefined; end?: string | undefined }) => {
    if (t.goto !== undefined) edges.push({ path: [...path, 'goto'], goto: t.goto });
    if (t.end !== undefined) edges.push({ path: [...path, 'end'], end: t.end });
  };
  turn.next.forEach((branch, i) => add(['turns', id, 'next', i], branch));
  for (const [action, result] of Object.entries(turn.actions))
    add(['turns', id, 'actions', action], result);
  turn.silence.forEach((entry, i) => add(['turns', id, 'silence', i], entry));
  return edges;
}

function criteriaIn(condition: Condition): CriterionId[] {
  const own = [
    ...(condition.allMet ?? []),
    ...(condition.anyFailed ?? []),
    ...(Object.keys(condition.status ?? {}) as CriterionId[]),
  ];
  const nested = [
    ...(condition.any ?? []),
    ...(condition.all ?? []),
    ...(condition.not ? [condition.not] : []),
  ];
  return [...own, ...nested.flatMap(criteriaIn)];
}

const GRADE_TESTS = ['passed', 'score', 'allMet', 'anyFailed', 'status'] as const;

/**
 * Proves the shape of a scenario's thread: every turn and outcome can be reached from the start,
 * no turn loops back, every turn leads to an outcome, at least two turns branch, and conditions
 * only test what the turn grades.
 */
export function checkGraph(scenario: Scenario): FieldMessage[] {
  const found: FieldMessage[] = [];
  const turns = scenario.turns;
  const reachedTurns = new Set<string>();
  const reachedOutcomes = new Set<string>();
  const queue = [scenario.start];
  while (queue.length > 0) {
    const id = queue.shift() ?? '';
    const turn = turns[id];
    if (turn === undefined || reachedTurns.has(id)) continue;
    reachedTurns.add(id);
    for (const edge of edgesOf(id, turn)) {
      if (edge.goto !== undefined) queue.push(edge.goto);
      if (edge.end !== undefined) reachedOutcomes.add(edge.end);
    }
  }
  for (const id of Object.keys(turns)) {
    if (!reachedTurns.has(id)) {
      found.push({
        path: ['turns', id],
        message: `is never reached from the start turn \`${scenario.start}\`; point a \`goto\` at it or remove it`,
        atKey: true,
      });
    }
  }
  for (const id of Object.keys(scenario.outcomes)) {
    if (!reachedOutcomes.has(id)) {
      found.push({
        path: ['outcomes', id],
        message: 'is never reached; end a branch, action or silence entry with it, or remove it',
        atKey: true,
      });
    }
  }

  // Loops: a thread must always move towards an ending, so replays and random play terminate.
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string): void => {
    state.set(id, 'open');
    const turn = turns[id];
    for (const edge of turn === undefined ? [] : edgesOf(id, turn)) {
      if (edge.goto === undefined || turns[edge.goto] === undefined) continue;
      const seen = state.get(edge.goto);
      if (seen === 'open') {
        found.push({
          path: edge.path,
          message: `leads back to \`${edge.goto}\`, so the thread could loop forever; point it at a later turn or an outcome`,
        });
      } else if (seen === undefined) visit(edge.goto);
    }
    state.set(id, 'done');
  };
  for (const id of Object.keys(turns)) if (!state.has(id)) visit(id);

  // Dead ends: turns from which no outcome can be reached.
  const endsWell = new Set<string>();
  for (let changed = true; changed;) {
    changed = false;
    for (const [id, turn] of Object.entries(turns)) {
      if (endsWell.has(id)) continue;
      if (
        edgesOf(id, turn).some(
          (e) => e.end !== undefined || (e.goto !== undefined && endsWell.has(e.goto)),
        )
      ) {
        endsWell.add(id);
        changed = true;
      }
    }
  }
  for (const id of Object.keys(turns)) {
    if (!endsWell.has(id)) {
      found.push({
        path: ['turns', id],
        message: 'never leads to an outcome; end one of its branches',
        atKey: true,
      });
    }
  }

  const branching = Object.entries(turns).filter(([id, turn]) => {
    const targets = new Set(
      edgesOf(id, turn).map((e) => (e.goto !== undefined ? `goto:${e.goto}` : `end:${e.end}`)),
    );
    return targets.size >= 2;
  });
  if (branching.length < 2) {
    found.push({
      path: ['turns'],
      message: `only ${branching.length} turn${branching.length === 1 ? '' : 's'} can go more than one way; give at least two turns branches that lead to different places`,
      atKey: true,
    });
  }

  for (const [id, turn] of Object.entries(turns)) {
    const expectations = { ...scenario.rubric, ...turn.rubric };
    turn.next.forEach((branch, i) => {
      if (branch.when === undefined) return;
      const path = ['turns', id, 'next', i, 'when'];
      if (turn.queue !== undefined && GRADE_TESTS.some((key) => branch.when?.[key] !== undefined)) {
        found.push({
          path,
          message:
            'tests a single reply, but a queue turn has several; use `item: { <id>: … }` or `passedItems`',
        });
      }
      for (const criterion of criteriaIn(branch.when)) {
        if (turn.queue === undefined && expectations[criterion] === 'n/a') {
          found.push({
            path,
            message: `tests \`${criterion}\`, which this turn marks \`n/a\`, so it is never graded; test another criterion`,
          });
        }
      }
    });
  }
  return found;
}
