import { scoreReply as defaultScoreReply } from '../../scoring/index.ts';
import type { ScoreInput, ScoreReport } from '../../scoring/index.ts';
import { conditionHolds } from './conditions.ts';
import type { ConditionScope } from './conditions.ts';
import { readReport } from './grade.ts';
import type { TurnGrade } from './grade.ts';
import { replyContext } from './reply-context.ts';
import type { ModerationAction, Post, Scenario, Turn } from './schema.ts';
import { MODERATION_ACTIONS } from './schema.ts';
import { pendingTimers } from './timers.ts';

export type { TurnGrade } from './grade.ts';

/** What the trainee did, and when (seconds since the attempt started). */
export type TraineeAction =
  | { type: 'reply'; at: number; text: string; item?: string }
  | { type: ModerationAction; at: number; item?: string }
  | { type: 'wait'; at: number };

/** A post in the public thread as the player draws it. */
export interface ThreadPost {
  id: string;
  /** `brand`, `customer`, or a customer or onlooker id. */
  from: string;
  text: string;
  /** Seconds since the attempt started; negative for posts made before the trainee arrived. */
  at: number;
  likes: number;
  hidden: boolean;
  deleted: boolean;
  /** Written by the trainee. */
  byTrainee: boolean;
  /** The post a trainee's reply answers. */
  replyTo?: string;
}

export interface OutcomeReached {
  id: string;
  at: number;
  type: Scenario['outcomes'][string]['type'];
  result: Scenario['outcomes'][string]['result'];
  title: string;
  summary: string;
}

/** Everything about an attempt so far: plain data, safe to store, send and replay. */
export interface SimulationState {
  /** Seconds since the attempt started, as of the last action. */
  clock: number;
  /** The current turn, or null once an outcome is reached. */
  turn: string | null;
  turnStartedAt: number;
  /** How many of the current turn's silence entries have fired. */
  silenceFired: number;
  /** Per queue item, how many of its silence entries have fired. */
  itemSilenceFired: Record<string, number>;
  /** Per handled queue item of the current turn, its index in `grades`. */
  handledItems: Record<string, number>;
  posts: ThreadPost[];
  grades: TurnGrade[];
  /** The turns entered, in order. */
  path: string[];
  outcome: OutcomeReached | null;
  /** The recorded attempt: replaying these gives this state again. */
  actions: TraineeAction[];
}

/** What one action changed, for the player to animate. */
export interface StepResult {
  state: SimulationState;
  /** Posts added by this step (timers, the trainee's reply, reactions). */
  posts: ThreadPost[];
  grade: TurnGrade | null;
  outcome: OutcomeReached | null;
  /** True when the thread ended (a silence timer ran out) before the action could be taken. */
  dropped: boolean;
}

export interface EngineOptions {
  /** The scorer; the real one unless a test or preview passes another. */
  scoreReply?: (input: ScoreInput) => ScoreReport;
}

/** An action the current state does not allow: a caller's mistake, never the trainee's. */
export class SimulationError extends Error {
  readonly code: 'ended' | 'time' | 'action' | 'item';
  constructor(code: SimulationError['code'], message: string) {
    super(message);
    this.name = 'SimulationError';
    this.code = code;
  }
}

type Target = { goto?: string | undefined; end?: string | undefined };

function currentTurn(scenario: Scenario, state: SimulationState): Turn {
  const turn = state.turn === null ? undefined : scenario.turns[state.turn];
  if (turn === undefined)
    throw new SimulationError('ended', 'the thread has ended; start a new attempt');
  return turn;
}

function addPosts(state: SimulationState, posts: readonly Post[], at: number): void {
  for (const post of posts) {
    state.posts.push({
      id: `p${state.posts.length + 1}`,
      from: post.from,
      text: post.text,
      at,
      likes: post.likes ?? 0,
      hidden: false,
      deleted: false,
      byTrainee: false,
    });
  }
}

function enterTurn(scenario: Scenario, state: SimulationState, id: string, at: number): void {
  const turn = scenario.turns[id];
  if (turn === undefined) throw new SimulationError('action', `the scenario has no turn \`${id}\``);
  state.turn = id;
  state.turnStartedAt = at;
  state.silenceFired = 0;
  state.itemSilenceFired = {};
  state.handledItems = {};
  state.path.push(id);
  addPosts(state, turn.posts, at);
}

function follow(scenario: Scenario, state: SimulationState, target: Target, at: number): void {
  if (target.goto !== undefined) {
    enterTurn(scenario, state, target.goto, at);
    return;
  }
  const outcome = target.end === undefined ? undefined : scenario.outcomes[target.end];
  if (target.end === undefined || outcome === undefined) {
    throw new SimulationError('action', `the scenario has no outcome \`${String(target.end)}\``);
  }
  state.turn = null;
  state.outcome = { id: target.end, at, ...outcome };
}

function runTimers(scenario: Scenario, state: SimulationState, until: number): void {
  for (;;) {
    if (state.outcome !== null) return;
    const due = pendingTimers(scenario, state)[0];
    if (due === undefined || due.at > until) return;
    const turn = currentTurn(scenario, state);
    if (due.item === undefined) {
      const entry = turn.silence[state.silenceFired];
      state.silenceFired += 1;
      if (entry === undefined) return;
      addPosts(state, entry.posts, due.at);
      if (entry.goto !== undefined || entry.end !== undefined)
        follow(scenario, state, entry, due.at);
    } else {
      const fired = state.itemSilenceFired[due.item] ?? 0;
      state.itemSilenceFired[due.item] = fired + 1;
      addPosts(state, turn.queue?.[due.item]?.silence[fired]?.posts ?? [], due.at);
    }
  }
}

function latestPostOf(state: SimulationState, person: string): ThreadPost | undefined {
  return state.posts.findLast((p) => p.from === person && !p.deleted);
}

/** Starts an attempt: the opening thread is on screen and the first turn's clock runs from 0. */
export function startAttempt(scenario: Scenario): SimulationState {
  const state: SimulationState = {
    clock: 0,
    turn: null,
    turnStartedAt: 0,
    silenceFired: 0,
    itemSilenceFired: {},
    handledItems: {},
    posts: [],
    grades: [],
    path: [],
    outcome: null,
    actions: [],
  };
  for (const post of scenario.thread) addPosts(state, [post], -post.ago);
  enterTurn(scenario, state, scenario.start, 0);
  return state;
}

/**
 * A state standing at the start of any turn, with the opening thread and that turn's posts: for
 * grading example replies and previewing a turn without playing the way there.
 */
export function stateAtTurn(scenario: Scenario, turnId: string): SimulationState {
  const state = startAttempt(scenario);
  if (turnId !== scenario.start) enterTurn(scenario, state, turnId, 0);
  return state;
}

/** Grades a reply in the current turn without changing the state (also used for live hints). */
export function gradeReply(
  scenario: Scenario,
  state: SimulationState,
  reply: { text: string; at: number; item?: string | undefined },
  options: EngineOptions = {},
): TurnGrade {
  const turnId = state.turn;
  if (turnId === null)
    throw new SimulationError('ended', 'the thread has ended; start a new attempt');
  const context = replyContext(scenario, state, reply.at, reply.item);
  const report = (options.scoreReply ?? defaultScoreReply)({ text: reply.text, context });
  const { passed, failed } = readReport(report, context.expectations ?? {});
  return {
    turn: turnId,
    ...(reply.item === undefined ? {} : { item: reply.item }),
    at: reply.at,
    elapsedSeconds: context.elapsedSeconds ?? 0,
    action: 'reply',
    text: reply.text,
    report,
    passed,
    failed,
  };
}

function scope(state: SimulationState, current: TurnGrade | undefined, turn: Turn): ConditionScope {
  const items =
    turn.queue === undefined
      ? undefined
      : Object.fromEntries(
          Object.entries(state.handledItems).flatMap(([id, index]) => {
            const grade = state.grades[index];
            return grade === undefined ? [] : [[id, grade] as const];
          }),
        );
  return { current, items, grades: state.grades, path: state.path };
}

function chooseBranch(
  scenario: Scenario,
  state: SimulationState,
  turn: Turn,
  grade: TurnGrade | undefined,
  at: number,
) {
  const branch = turn.next.find(
    (b) => b.when === undefined || conditionHolds(b.when, scope(state, grade, turn)),
  );
  if (branch === undefined)
    throw new SimulationError('action', 'no branch matched and the turn has no default branch');
  addPosts(state, branch.posts, at);
  follow(scenario, state, branch, at);
}

function act(
  scenario: Scenario,
  state: SimulationState,
  action: Exclude<TraineeAction, { type: 'wait' }>,
  options: EngineOptions,
): TurnGrade {
  const turnId = state.turn ?? '';
  const turn = currentTurn(scenario, state);
  const itemId = action.item;
  const item = itemId === undefined ? undefined : turn.queue?.[itemId];
  if (turn.queue !== undefined) {
    const open = Object.keys(turn.queue).filter((id) => !(id in state.handledItems));
    if (item === undefined || itemId === undefined) {
      throw new SimulationError(
        'item',
        `this turn is a queue; name the item to handle (${open.join(', ')})`,
      );
    }
    if (itemId in state.handledItems)
      throw new SimulationError('item', `queue item \`${itemId}\` is already handled`);
  } else if (itemId !== undefined) {
    throw new SimulationError('item', `this turn has no queue; leave out \`item\``);
  }
  const to = item?.to ?? turn.to ?? 'customer';
  const answered = to === 'public' ? undefined : latestPostOf(state, to);
  let grade: TurnGrade;
  let target: Target | undefined;
  if (action.type === 'reply') {
    grade = gradeReply(
      scenario,
      state,
      { text: action.text, at: action.at, item: itemId },
      options,
    );
    state.posts.push({
      id: `p${state.posts.length + 1}`,
      from: 'brand',
      text: action.text,
      at: action.at,
      likes: 0,
      hidden: false,
      deleted: false,
      byTrainee: true,
      ...(answered === undefined ? {} : { replyTo: answered.id }),
    });
  } else {
    const result = (item ?? turn).actions[action.type];
    if (result === undefined) {
      throw new SimulationError(
        'action',
        `\`${action.type}\` is not possible here; the choices are: reply, ${Object.keys((item ?? turn).actions).join(', ')}`,
      );
    }
    if (answered !== undefined && action.type === 'hide') answered.hidden = true;
    if (answered !== undefined && action.type === 'delete') answered.deleted = true;
    grade = {
      turn: turnId,
      ...(itemId === undefined ? {} : { item: itemId }),
      at: action.at,
      elapsedSeconds: action.at - state.turnStartedAt,
      action: action.type,
      passed: result.verdict === 'good',
      failed: [],
      feedback: result.feedback,
    };
    addPosts(state, result.posts, action.at);
    if ('goto' in result || 'end' in result) target = result;
  }
  state.grades.push(grade);
  if (turn.queue !== undefined && itemId !== undefined && item !== undefined) {
    state.handledItems[itemId] = state.grades.length - 1;
    const reaction = item.reactions.find(
      (r) =>
        r.when === undefined ||
        conditionHolds(r.when, scope(state, grade, { ...turn, queue: undefined })),
    );
    if (reaction !== undefined) addPosts(state, reaction.posts, action.at);
    const allHandled = Object.keys(turn.queue).every((id) => id in state.handledItems);
    if (allHandled) chooseBranch(scenario, state, turn, undefined, action.at);
  } else if (target !== undefined) {
    follow(scenario, state, target, action.at);
  } else {
    chooseBranch(scenario, state, turn, grade, action.at);
  }
  return grade;
}

/**
 * Applies one trainee action (or the passing of time) and returns the next state. Pure: the state
 * passed in is not changed, and the same actions on the same scenario always give the same result.
 * Silence timers due at or before the action's time fire first.
 */
export function advance(
  scenario: Scenario,
  state: SimulationState,
  action: TraineeAction,
  options: EngineOptions = {},
): StepResult {
  if (state.outcome !== null)
    throw new SimulationError('ended', 'the thread has ended; start a new attempt');
  if (!(action.at >= state.clock)) {
    throw new SimulationError(
      'time',
      `an action at ${action.at}s comes before the clock (${state.clock}s)`,
    );
  }
  if (
    action.type !== 'reply' &&
    action.type !== 'wait' &&
    !MODERATION_ACTIONS.includes(action.type)
  ) {
    throw new SimulationError(
      'action',
      `\`${String((action as { type: unknown }).type)}\` is not an action`,
    );
  }
  // The grades given so far are only ever added to, never changed: the new state shares them
  // (they hold the score reports, most of a state) and copies the rest.
  const next: SimulationState = structuredClone({ ...state, grades: [] });
  next.grades = [...state.grades];
  next.actions.push(action);
  const before = next.posts.length;
  runTimers(scenario, next, action.at);
  next.clock = action.at;
  if (next.outcome !== null || action.type === 'wait') {
    return {
      state: next,
      posts: next.posts.slice(before),
      grade: null,
      outcome: next.outcome,
      dropped: action.type !== 'wait' && next.outcome !== null,
    };
  }
  const grade = act(scenario, next, action, options);
  return {
    state: next,
    posts: next.posts.slice(before),
    grade,
    outcome: next.outcome,
    dropped: false,
  };
}

/** Replays a recorded attempt from the start; the result is the state the attempt ended in. */
export function replay(
  scenario: Scenario,
  actions: readonly TraineeAction[],
  options: EngineOptions = {},
): SimulationState {
  let state = startAttempt(scenario);
  for (const action of actions) state = advance(scenario, state, action, options).state;
  return state;
}

/** What the player may offer now. */
export interface AvailableActions {
  ended: boolean;
  turn: string | null;
  prompt: string | undefined;
  /** Reply turns: who a reply answers (`public` for a status update); null in a queue or once ended. */
  replyTo: string | null;
  /** Moderation actions of a reply turn. */
  actions: ModerationAction[];
  /** Queue turns: the items not handled yet. */
  items: { id: string; to: string; prompt: string | undefined; actions: ModerationAction[] }[];
  /** When the next silence timer fires (seconds since the start), or null. */
  nextTimerAt: number | null;
}

export function availableActions(scenario: Scenario, state: SimulationState): AvailableActions {
  const turn = state.turn === null ? undefined : scenario.turns[state.turn];
  if (turn === undefined || state.outcome !== null) {
    return {
      ended: true,
      turn: null,
      prompt: undefined,
      replyTo: null,
      actions: [],
      items: [],
      nextTimerAt: null,
    };
  }
  const keys = (actions: object) => Object.keys(actions) as ModerationAction[];
  return {
    ended: false,
    turn: state.turn,
    prompt: turn.prompt,
    replyTo: turn.queue === undefined ? (turn.to ?? 'customer') : null,
    actions: turn.queue === undefined ? keys(turn.actions) : [],
    items: Object.entries(turn.queue ?? {})
      .filter(([id]) => !(id in state.handledItems))
      .map(([id, item]) => ({ id, to: item.to, prompt: item.prompt, actions: keys(item.actions) })),
    nextTimerAt: pendingTimers(scenario, state)[0]?.at ?? null,
  };
}
