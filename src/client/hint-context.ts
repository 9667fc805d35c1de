import type { CriterionId, Expectation, ReplyContext } from '../../scoring/index.ts';
import type { AttemptView } from './practice-view.ts';
import { replyTarget } from './practice-view.ts';

const EXPECTATIONS = new Set(['required', 'expected', 'optional', 'n/a']);

function expectations(
  ...rubrics: (Partial<Record<CriterionId, string>> | undefined)[]
): Partial<Record<CriterionId, Expectation>> {
  const merged: Partial<Record<CriterionId, Expectation>> = {};
  for (const rubric of rubrics)
    for (const [id, value] of Object.entries(rubric ?? {}))
      if (EXPECTATIONS.has(value)) merged[id as CriterionId] = value as Expectation;
  return merged;
}

/**
 * What the live scorer needs to grade a draft as the server will: the post being answered, who
 * wrote it, the time taken so far, earlier replies and the turn's rubric when the view has it.
 * Mirrors src/simulator/reply-context.ts over the parts of the scenario the trainee can see.
 */
export function hintContext(view: AttemptView, now: number, item?: string): ReplyContext {
  const { scenario, state } = view;
  const turn = state.turn === null ? undefined : scenario.turns?.[state.turn];
  const to =
    (item === undefined ? undefined : view.available.items.find((i) => i.id === item)?.to) ??
    view.available.replyTo ??
    'customer';
  const visible = state.posts.filter((p) => !p.deleted && !p.byTrainee && p.from !== 'brand');
  const answered = to === 'public' ? visible.at(-1) : visible.findLast((p) => p.from === to);
  const person =
    to === 'public'
      ? undefined
      : to === 'customer'
        ? scenario.customer
        : (scenario.customers?.[to] ?? scenario.onlookers?.[to]);
  const queued = item === undefined ? undefined : turn?.queue?.[item];
  const rubric = expectations(scenario.rubric, turn?.rubric, queued?.rubric);
  return {
    channel: scenario.channel,
    kind: scenario.kind,
    ...(answered === undefined ? {} : { customerPost: answered.text }),
    ...(person === undefined ? {} : { customerName: person.name }),
    ...(person?.handle === undefined ? {} : { customerHandle: person.handle }),
    elapsedSeconds: Math.max(0, now - state.turnStartedAt),
    targetSeconds: replyTarget(scenario, state.turn, item),
    earlierReplies: state.grades.flatMap((g) => (g.text === undefined ? [] : [g.text])),
    ...(Object.keys(rubric).length === 0 ? {} : { expectations: rubric }),
  };
}
