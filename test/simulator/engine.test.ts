import { describe, expect, it } from 'vitest';
import {
  SimulationError,
  advance,
  availableActions,
  replay,
  startAttempt,
} from '../../src/simulator/engine.ts';
import type { SimulationState, TraineeAction } from '../../src/simulator/engine.ts';
import { fakeScoreReply, recordingScorer } from '../helpers/fake-scorer.ts';
import { loadFixture } from '../helpers/scenario-fixtures.ts';

const options = { scoreReply: fakeScoreReply };
const branching = loadFixture('branching');
const crisis = loadFixture('crisis-queue');
const troll = loadFixture('troll');

function play(scenario: typeof branching, actions: TraineeAction[]): SimulationState {
  return replay(scenario, actions, options);
}

const texts = (state: SimulationState) => state.posts.map((p) => `${p.from}: ${p.text}`);

describe('startAttempt', () => {
  it('shows the opening thread with negative times and enters the start turn at 0', () => {
    const state = startAttempt(branching);
    expect(state.posts.map((p) => [p.from, p.at])).toEqual([
      ['customer', -1800],
      ['customer', -600],
    ]);
    expect(state).toMatchObject({ turn: 'opening', turnStartedAt: 0, clock: 0, path: ['opening'] });
    expect(availableActions(branching, state)).toMatchObject({
      ended: false,
      replyTo: 'customer',
      actions: ['delete'],
      nextTimerAt: 60,
    });
  });
});

describe('branching on the grade of a reply', () => {
  it('ends in a DM when the reply meets apology and take-private', () => {
    const state = play(branching, [
      { type: 'reply', at: 20, text: 'Sorry, DM us [+apology] [+take-private]' },
    ]);
    expect(state.outcome).toMatchObject({ id: 'dm', type: 'moved-to-dm', at: 20 });
    expect(texts(state).slice(-2)).toEqual([
      'brand: Sorry, DM us [+apology] [+take-private]',
      'customer: OK, sending a DM.',
    ]);
  });

  it('escalates when the reply contradicts the customer, and onlookers join in', () => {
    const { state, grade } = advance(
      branching,
      startAttempt(branching),
      { type: 'reply', at: 20, text: 'You are wrong [!no-contradiction]' },
      options,
    );
    expect(grade).toMatchObject({
      passed: false,
      failed: ['no-contradiction'],
      elapsedSeconds: 20,
    });
    expect(state.turn).toBe('angrier');
    expect(texts(state).slice(-2)).toEqual(['customer: Are you calling me a liar?', 'sam: Wow.']);
  });

  it('takes the default branch when no condition holds', () => {
    const state = play(branching, [
      { type: 'reply', at: 20, text: 'We are looking [-take-private]' },
    ]);
    expect(state.turn).toBe('angrier');
  });

  it('branches on earlier turns: a good second reply after a bad first one recovers', () => {
    const state = play(branching, [
      { type: 'reply', at: 20, text: 'Hm [-apology]' },
      { type: 'reply', at: 50, text: 'So sorry' },
    ]);
    expect(state.outcome?.id).toBe('dm');
    expect(state.path).toEqual(['opening', 'angrier']);
  });

  it('counts failed turns across the attempt', () => {
    const state = play(branching, [
      { type: 'reply', at: 20, text: '[-apology]' },
      { type: 'reply', at: 50, text: '[-apology]' },
    ]);
    expect(state.outcome?.id).toBe('viral');
  });

  it('gives the scorer the thread context: latest customer post, name, timing, expectations', () => {
    const scorer = recordingScorer();
    advance(branching, startAttempt(branching), { type: 'wait', at: 70 }, scorer);
    const state = advance(
      branching,
      startAttempt(branching),
      { type: 'reply', at: 70, text: 'Hi' },
      scorer,
    );
    expect(state.grade?.elapsedSeconds).toBe(70);
    expect(scorer.inputs[0]?.context).toMatchObject({
      channel: 'x',
      kind: 'complaint',
      customerPost: 'Still nothing. Great.',
      customerName: 'Dana',
      customerHandle: '@dana',
      elapsedSeconds: 70,
      targetSeconds: 120,
      earlierReplies: [],
      expectations: { apology: 'required' },
    });
  });

  it('fails a reply that misses a required criterion even when the scorer passes it', () => {
    const { grade } = advance(
      branching,
      startAttempt(branching),
      { type: 'reply', at: 5, text: '[-apology] [pass]' },
      options,
    );
    expect(grade).toMatchObject({ passed: false, failed: ['apology'] });
  });
});

describe('time pressure', () => {
  it('makes the customer post again after the silence', () => {
    const { posts, state } = advance(
      branching,
      startAttempt(branching),
      { type: 'wait', at: 61 },
      options,
    );
    expect(posts.map((p) => [p.from, p.text, p.at])).toEqual([
      ['customer', 'Still nothing. Great.', 60],
    ]);
    expect(state.turn).toBe('opening');
    expect(availableActions(branching, state).nextTimerAt).toBe(300);
  });

  it('fires a timer due at the same second as an action before the action', () => {
    const { posts } = advance(
      branching,
      startAttempt(branching),
      { type: 'reply', at: 60, text: 'hi' },
      options,
    );
    expect(posts[0]?.text).toBe('Still nothing. Great.');
  });

  it('ends the thread when silence runs out, and drops a reply sent after that', () => {
    const result = advance(
      branching,
      startAttempt(branching),
      { type: 'reply', at: 400, text: 'Sorry!' },
      options,
    );
    expect(result.dropped).toBe(true);
    expect(result.grade).toBeNull();
    expect(result.outcome).toMatchObject({ id: 'viral', at: 300 });
    expect(texts(result.state)).toContain('sam: Same here, they never answer.');
    expect(texts(result.state)).not.toContain('brand: Sorry!');
  });
});

describe('moderation actions', () => {
  it.each([
    ['ignore', 'defused', true],
    ['hide', 'defused', true],
    ['escalate', null, true],
    ['delete', null, false],
  ] as const)('judges %s on a troll and follows it', (action, outcome, passed) => {
    const { state, grade } = advance(troll, startAttempt(troll), { type: action, at: 10 }, options);
    expect(grade).toMatchObject({ action, passed });
    expect(grade?.feedback).toBeTruthy();
    expect(state.outcome?.id ?? null).toBe(outcome);
  });

  it('hides or deletes the post it acts on', () => {
    const hidden = advance(troll, startAttempt(troll), { type: 'hide', at: 10 }, options).state;
    expect(hidden.posts[0]).toMatchObject({ hidden: true, deleted: false });
    const deleted = advance(troll, startAttempt(troll), { type: 'delete', at: 10 }, options).state;
    expect(deleted.posts[0]).toMatchObject({ deleted: true });
  });

  it('treats deleting a genuine complaint as a mistake that spreads the thread', () => {
    const { state, grade } = advance(
      branching,
      startAttempt(branching),
      { type: 'delete', at: 10 },
      options,
    );
    expect(grade).toMatchObject({ action: 'delete', passed: false });
    expect(state.outcome?.id).toBe('viral');
    expect(texts(state)).toContain('customer: They DELETED my post!');
  });

  it('a mistake counts as a failed turn for later branches', () => {
    const state = play(troll, [
      { type: 'delete', at: 10 },
      { type: 'reply', at: 40, text: '[-civility]' },
    ]);
    expect(state.outcome?.id).toBe('flame-war');
  });

  it('refuses an action the turn does not offer', () => {
    expect(() =>
      advance(branching, startAttempt(branching), { type: 'hide', at: 1 }, options),
    ).toThrow(/`hide` is not possible here; the choices are: reply, delete/);
  });
});

describe('crisis queue', () => {
  it('offers every item, in any order, until all are handled', () => {
    let state = startAttempt(crisis);
    expect(availableActions(crisis, state).items.map((i) => i.id)).toEqual([
      'status',
      'ali',
      'bea',
    ]);
    state = advance(
      crisis,
      state,
      { type: 'reply', at: 30, item: 'bea', text: 'Sorry Bea' },
      options,
    ).state;
    expect(availableActions(crisis, state).items.map((i) => i.id)).toEqual(['status', 'ali']);
    expect(state.turn).toBe('triage');
  });

  it('grades the status update as a public post with its own expectations', () => {
    const scorer = recordingScorer();
    advance(
      crisis,
      startAttempt(crisis),
      { type: 'reply', at: 30, item: 'status', text: 'Update' },
      scorer,
    );
    const context = scorer.inputs[0]?.context;
    expect(context?.expectations).toEqual({ 'crisis-update': 'required' });
    expect(context?.customerName).toBeUndefined();
    expect(context?.customerPost).toBe('Cannot log in. Rent is due today.');
  });

  it('reacts per item and branches on the items once the queue is done', () => {
    const state = play(crisis, [
      { type: 'reply', at: 30, item: 'status', text: 'Update [+crisis-update]' },
      { type: 'reply', at: 60, item: 'ali', text: 'Sorry Ali' },
      { type: 'reply', at: 90, item: 'bea', text: 'Sorry Bea' },
    ]);
    expect(texts(state)).toContain('customer: Thanks for the update.');
    expect(state.turn).toBe('follow-up');
    const done = advance(crisis, state, { type: 'reply', at: 200, text: 'Back up' }, options).state;
    expect(done.outcome?.id).toBe('restored');
  });

  it('lets the waiting customer post again while her item is open', () => {
    const state = play(crisis, [
      { type: 'reply', at: 30, item: 'status', text: 'x' },
      { type: 'wait', at: 130 },
    ]);
    expect(texts(state)).toContain('bea: Still locked out!');
  });

  it('judges a moderation action on an item and counts it in the queue', () => {
    const state = play(crisis, [
      { type: 'hide', at: 10, item: 'bea' },
      { type: 'reply', at: 30, item: 'status', text: 'x [+crisis-update]' },
      { type: 'reply', at: 60, item: 'ali', text: 'x' },
    ]);
    expect(state.grades[0]).toMatchObject({ action: 'hide', passed: false, item: 'bea' });
    expect(state.outcome?.id).toBe('contained');
  });

  it('goes viral when the queue sits too long', () => {
    const state = play(crisis, [{ type: 'wait', at: 601 }]);
    expect(state.outcome?.id).toBe('viral');
  });

  it('asks for the item in a queue and refuses it outside one', () => {
    expect(() =>
      advance(crisis, startAttempt(crisis), { type: 'reply', at: 1, text: 'x' }, options),
    ).toThrow(SimulationError);
    expect(() =>
      advance(
        branching,
        startAttempt(branching),
        { type: 'reply', at: 1, text: 'x', item: 'a' },
        options,
      ),
    ).toThrow(/no queue/);
  });
});

describe('replay', () => {
  const actions: TraineeAction[] = [
    { type: 'wait', at: 61 },
    { type: 'reply', at: 70, text: 'Hm [-apology]' },
    { type: 'reply', at: 95, text: 'So sorry' },
  ];

  it('reaches the same state from the recorded actions', () => {
    let state = startAttempt(branching);
    for (const action of actions) state = advance(branching, state, action, options).state;
    expect(state.actions).toEqual(actions);
    expect(replay(branching, state.actions, options)).toEqual(state);
  });

  it('never changes the state it is given', () => {
    const start = startAttempt(branching);
    const copy = structuredClone(start);
    advance(branching, start, { type: 'reply', at: 10, text: 'x' }, options);
    expect(start).toEqual(copy);
  });

  it('never changes the state it is given, and shares the grades given so far', () => {
    let state = startAttempt(branching);
    for (const action of actions.slice(0, 2))
      state = advance(branching, state, action, options).state;
    expect(state.grades).toHaveLength(1);
    // Frozen, so that changing any earlier grade in place would throw.
    for (const grade of state.grades) deepFreeze(grade);
    const copy = structuredClone(state);
    const next = advance(branching, state, actions[2] as TraineeAction, options).state;
    expect(state).toEqual(copy);
    expect(next.grades).toHaveLength(2);
    expect(next.grades[0]).toBe(state.grades[0]);
    expect(next.grades).not.toBe(state.grades);
  });

  it('refuses actions after the end and actions back in time', () => {
    const ended = play(branching, [{ type: 'delete', at: 10 }]);
    expect(() => advance(branching, ended, { type: 'wait', at: 20 }, options)).toThrow(/ended/);
    const state = play(branching, [{ type: 'wait', at: 30 }]);
    expect(() => advance(branching, state, { type: 'wait', at: 20 }, options)).toThrow(
      /before the clock/,
    );
  });
});

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const inner of Object.values(value)) deepFreeze(inner);
}
