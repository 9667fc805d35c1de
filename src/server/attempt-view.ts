import { availableActions } from '../simulator/engine.ts';
import type { AvailableActions, SimulationState, TraineeAction } from '../simulator/engine.ts';
import type { ModerationAction, Scenario } from '../simulator/schema.ts';

/** What the browser sends: the server adds the time itself. */
export type PracticeAction =
  | { type: 'reply'; text: string; item?: string | undefined }
  | { type: 'wait' }
  | { type: ModerationAction; item?: string | undefined };

/** The scenario as a trainee may see it: no examples, and model replies only after a practice run. */
export interface ScenarioView {
  id: string;
  title: string;
  summary: string;
  channel: Scenario['channel'];
  kind: Scenario['kind'];
  difficulty: Scenario['difficulty'];
  tags: string[];
  brand: Scenario['brand'];
  customer: Scenario['customer'];
  customers: Scenario['customers'];
  onlookers: Scenario['onlookers'];
  thread: Scenario['thread'];
  replyWithin: number;
  /** The first passing example, once a practice attempt has ended; otherwise absent. */
  modelReply?: { text: string; turn?: string | undefined; why?: string | undefined };
  /** Every passing example, under the same condition. */
  modelReplies?: { text: string; turn?: string | undefined; why?: string | undefined }[];
}

/**
 * One stored turn: the action and the time the server measured. Its grade, with the server's
 * score report for a reply, is in `state.grades`, so the view carries each report once.
 */
export interface TurnView {
  index: number;
  action: PracticeAction;
  atMs: number;
}

export interface AttemptView {
  attemptId: string;
  scenarioId: string;
  mode: 'practice' | 'exam';
  scenario: ScenarioView;
  state: SimulationState;
  available: AvailableActions;
  turns: TurnView[];
  startedAt: string;
  serverNow: string;
  outcome: { id: string; title?: string; text?: string } | null;
  score: number | null;
}

export function scenarioView(
  id: string,
  scenario: Scenario,
  options: { ended: boolean; mode: 'practice' | 'exam' },
): ScenarioView {
  const view: ScenarioView = {
    id,
    title: scenario.title,
    summary: scenario.summary,
    channel: scenario.channel,
    kind: scenario.kind,
    difficulty: scenario.difficulty,
    tags: scenario.tags,
    brand: scenario.brand,
    customer: scenario.customer,
    customers: scenario.customers,
    onlookers: scenario.onlookers,
    thread: scenario.thread,
    replyWithin: scenario.replyWithin,
  };
  if (options.ended && options.mode === 'practice') {
    const replies = scenario.examples.pass.map(({ text, turn, why }) => ({ text, turn, why }));
    view.modelReplies = replies;
    if (replies[0] !== undefined) view.modelReply = replies[0];
  }
  return view;
}

/** The mean of the reply scores so far, rounded; null before the first reply. */
export function attemptScore(state: SimulationState): number | null {
  const scores = state.grades.flatMap((grade) => (grade.report ? [grade.report.score] : []));
  if (scores.length === 0) return null;
  return Math.round(scores.reduce((sum, score) => sum + score, 0) / scores.length);
}

export interface StoredAttempt {
  id: string;
  scenarioId: string;
  mode: 'practice' | 'exam';
  startedAt: Date;
  state: SimulationState;
}

/** An action as the browser may see it: without the engine's time, which `atMs` gives. */
export function publicAction(action: TraineeAction): PracticeAction {
  if (action.type === 'wait') return { type: 'wait' };
  const item = action.item === undefined ? {} : { item: action.item };
  if (action.type === 'reply') return { type: 'reply', text: action.text, ...item };
  return { type: action.type, ...item };
}

/**
 * The turns of an attempt, from its state: each action the engine recorded is one stored turn,
 * saved in the same statement as the state (see actOnAttempt), at the time the server gave it.
 */
function turnViews(state: SimulationState): TurnView[] {
  return state.actions.map((action, index) => ({
    index,
    action: publicAction(action),
    atMs: Math.round(action.at * 1000),
  }));
}

export function attemptView(attempt: StoredAttempt, scenario: Scenario, now: Date): AttemptView {
  const { state } = attempt;
  const outcome = state.outcome;
  return {
    attemptId: attempt.id,
    scenarioId: attempt.scenarioId,
    mode: attempt.mode,
    scenario: scenarioView(attempt.scenarioId, scenario, {
      ended: outcome !== null,
      mode: attempt.mode,
    }),
    state,
    available: availableActions(scenario, state),
    turns: turnViews(state),
    startedAt: attempt.startedAt.toISOString(),
    serverNow: now.toISOString(),
    outcome:
      outcome === null ? null : { id: outcome.id, title: outcome.title, text: outcome.summary },
    score: attemptScore(state),
  };
}
