import type { CriterionId, Expectation, ReplyContext } from '../../scoring/index.ts';
import type { Person, Scenario } from './schema.ts';

interface ContextState {
  turn: string | null;
  turnStartedAt: number;
  posts: readonly { from: string; text: string; deleted: boolean; byTrainee: boolean }[];
  grades: readonly { text?: string }[];
}

/** The person behind an id: `customer`, or one of the scenario's customers or onlookers. */
export function personOf(scenario: Scenario, id: string): Person | undefined {
  if (id === 'customer') return scenario.customer;
  return scenario.customers[id] ?? scenario.onlookers[id];
}

/**
 * What the scorer needs to know about the thread a reply answers: the post it answers, who wrote
 * it, how long the trainee took against the target, and the criteria this turn holds it to.
 */
export function replyContext(
  scenario: Scenario,
  state: ContextState,
  at: number,
  itemId?: string,
): ReplyContext & { expectations: Partial<Record<CriterionId, Expectation>> } {
  const turn = state.turn === null ? undefined : scenario.turns[state.turn];
  const item = itemId === undefined ? undefined : turn?.queue?.[itemId];
  const to = item?.to ?? turn?.to ?? 'customer';
  const visible = state.posts.filter((p) => !p.deleted && !p.byTrainee && p.from !== 'brand');
  const answered = to === 'public' ? visible.at(-1) : visible.findLast((p) => p.from === to);
  const person = to === 'public' ? undefined : personOf(scenario, to);
  const earlierReplies = state.grades.flatMap((g) => (g.text === undefined ? [] : [g.text]));
  return {
    channel: scenario.channel,
    kind: scenario.kind,
    ...(answered === undefined ? {} : { customerPost: answered.text }),
    ...(person === undefined ? {} : { customerName: person.name }),
    ...(person?.handle === undefined ? {} : { customerHandle: person.handle }),
    elapsedSeconds: Math.max(0, at - state.turnStartedAt),
    targetSeconds: item?.replyWithin ?? turn?.replyWithin ?? scenario.replyWithin,
    earlierReplies,
    expectations: { ...scenario.rubric, ...turn?.rubric, ...item?.rubric },
    weights: { ...scenario.weights, ...turn?.weights, ...item?.weights },
  };
}
