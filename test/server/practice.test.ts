import { asc, eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RUBRIC_VERSION } from '../../scoring/index.ts';
import type { Actor } from '../../src/server/actor.ts';
import { createAccount, setUpOrganisation } from '../../src/server/accounts.ts';
import type { DatabaseHandle } from '../../src/server/db/client.ts';
import { attempts, attemptTurns } from '../../src/server/db/schema.ts';
import {
  actOnAttempt,
  getAttempt,
  replayAttempt,
  startPractice,
} from '../../src/server/practice.ts';
import { practiceHistory, practiceLibrary } from '../../src/server/practice-progress.ts';
import type { PracticeContext } from '../../src/server/practice.ts';
import { fixtureCatalog, openTestDatabase, testDatabaseKinds } from '../helpers/test-database.ts';

// Runs on PGlite, and on PostgreSQL too when TEST_DATABASE_URL is set.
const GOOD_REPLY =
  "Dana, I'm so sorry your parcel hasn't arrived, and thanks for your patience. Please DM us your order number and we'll track it down today.";
const CONTRADICTING_REPLY = "That's not true, you must have entered the wrong address.";
const seed = Number(process.env['FC_SEED'] ?? Date.now() % 2_147_483_647);
console.info(`server practice properties: fast-check seed ${seed} (set FC_SEED to replay)`);

const ActionArbitrary = fc.oneof(
  fc.record({ type: fc.constant('wait' as const) }),
  fc.record({
    type: fc.constant('reply' as const),
    text: fc.oneof(
      fc.constantFrom(GOOD_REPLY, CONTRADICTING_REPLY),
      fc.string({ minLength: 1, maxLength: 80 }),
    ),
  }),
  fc.record({ type: fc.constantFrom('hide' as const, 'ignore' as const, 'delete' as const) }),
);

describe.each(testDatabaseKinds())('practice attempts on %s', (kind) => {
  let handle: DatabaseHandle & { dispose: () => Promise<void> };
  let context: PracticeContext;
  let now = new Date('2026-01-01T10:00:00.000Z');
  let trainee: Actor;
  let other: Actor;

  const advanceClock = (ms: number): void => {
    now = new Date(now.getTime() + ms);
  };

  beforeAll(async () => {
    handle = await openTestDatabase(kind);
    context = { db: handle.db, catalog: await fixtureCatalog(), now: () => now };
    const org = await setUpOrganisation(handle.db, {
      organisationName: 'Test Brand',
      name: 'Ada Admin',
      email: 'ada@example.com',
      password: 'correct horse',
    });
    const place = { organisationId: org.organisationId, role: 'trainee' as const };
    const t = await createAccount(
      handle.db,
      { name: 'Tia', email: 'tia@example.com', password: 'password1' },
      place,
    );
    const o = await createAccount(
      handle.db,
      { name: 'Oli', email: 'oli@example.com', password: 'password1' },
      place,
    );
    trainee = { userId: t.userId, organisationId: org.organisationId, role: 'trainee' };
    other = { userId: o.userId, organisationId: org.organisationId, role: 'trainee' };
  }, 60_000);

  afterAll(async () => {
    await handle?.dispose();
  }, 60_000);

  it('starts an attempt with the opening thread and no examples in the scenario', async () => {
    const { attemptId, view } = await startPractice(context, trainee, { scenarioId: 'branching' });
    expect(view.attemptId).toBe(attemptId);
    expect(view.mode).toBe('practice');
    expect(view.state.posts.length).toBeGreaterThan(0);
    expect(view.available.ended).toBe(false);
    expect(view.turns).toEqual([]);
    expect(view.scenario).not.toHaveProperty('examples');
    expect(view.scenario).not.toHaveProperty('modelReply');
    expect(view.startedAt).toBe(now.toISOString());
  });

  it('times each action on the server clock, scores replies on the server and stores every turn', async () => {
    const { attemptId } = await startPractice(context, trainee, { scenarioId: 'branching' });
    advanceClock(12_345);
    const { view } = await actOnAttempt(context, trainee, {
      attemptId,
      action: { type: 'reply', text: GOOD_REPLY },
    });
    expect(view.turns).toHaveLength(1);
    expect(view.turns[0]?.atMs).toBe(12_345);
    expect(view.state.grades[0]?.report?.rubricVersion).toBe(RUBRIC_VERSION);
    expect(view.turns[0]?.action).toEqual({ type: 'reply', text: GOOD_REPLY });
    expect(view.score).toBe(view.state.grades[0]?.report?.score);
    expect(view.outcome?.id).toBe('dm');
    expect(view.scenario.modelReply?.text).toBeTruthy();

    const rows = await handle.db
      .select()
      .from(attemptTurns)
      .where(eq(attemptTurns.attemptId, attemptId));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      index: 0,
      actionType: 'reply',
      replyText: GOOD_REPLY,
      atMs: 12_345,
      rubricVersion: RUBRIC_VERSION,
    });
    const [attempt] = await handle.db.select().from(attempts).where(eq(attempts.id, attemptId));
    expect(attempt?.finishedAt?.toISOString()).toBe(now.toISOString());
    expect(attempt?.outcomeId).toBe('dm');
  });

  it('lets silence timers fire on wait and keeps the clock from running backwards', async () => {
    const { attemptId } = await startPractice(context, trainee, { scenarioId: 'branching' });
    advanceClock(61_000);
    const waited = await actOnAttempt(context, trainee, { attemptId, action: { type: 'wait' } });
    expect(waited.view.state.posts.some((post) => post.text === 'Still nothing. Great.')).toBe(
      true,
    );
    advanceClock(-30_000); // the server's clock jumped back
    const replied = await actOnAttempt(context, trainee, {
      attemptId,
      action: { type: 'reply', text: CONTRADICTING_REPLY },
    });
    expect(replied.view.turns.map((turn) => turn.atMs)).toEqual([61_000, 61_000]);
    // The wait is a turn with no grade: the reply's report is the first grade.
    expect(replied.view.state.grades).toHaveLength(1);
    expect(replied.view.state.grades[0]?.report?.criteria['no-contradiction']?.status).toBe(
      'violated',
    );
  });

  it.each([
    [5001, 'action.text: the reply is 5,001 characters long; shorten it to 5,000 or fewer.'],
    [0, 'action.text: the reply is empty; write a reply.'],
  ])(
    'refuses a reply of %i characters, naming the field, and saves nothing',
    async (length, message) => {
      const { attemptId } = await startPractice(context, trainee, { scenarioId: 'branching' });
      const action = { type: 'reply' as const, text: 'a'.repeat(length) };
      await expect(actOnAttempt(context, trainee, { attemptId, action })).rejects.toThrow(message);
      const rows = await handle.db
        .select()
        .from(attemptTurns)
        .where(eq(attemptTurns.attemptId, attemptId));
      expect(rows).toEqual([]);
    },
  );

  it('accepts a reply of exactly 5,000 characters', async () => {
    const { attemptId } = await startPractice(context, trainee, { scenarioId: 'branching' });
    const text = `Sorry Dana. ${'x'.repeat(4988)}`;
    expect(text).toHaveLength(5000);
    const { view } = await actOnAttempt(context, trainee, {
      attemptId,
      action: { type: 'reply', text },
    });
    expect(view.turns).toHaveLength(1);
  });

  it('refuses an action the turn does not allow without losing the turns already saved', async () => {
    const { attemptId } = await startPractice(context, trainee, { scenarioId: 'troll' });
    await actOnAttempt(context, trainee, { attemptId, action: { type: 'wait' } });
    const refused = actOnAttempt(context, trainee, {
      attemptId,
      action: { type: 'reply', text: 'Hello there', item: 'nope' },
    });
    await expect(refused).rejects.toMatchObject({ code: 'BAD_REQUEST', field: 'action.item' });
    const { view } = await getAttempt(context, trainee, { attemptId });
    expect(view.turns).toHaveLength(1);
  });

  it('rolls a failed action back whole: no turn, no state change, earlier turns kept', async () => {
    const { attemptId } = await startPractice(context, trainee, { scenarioId: 'troll' });
    await actOnAttempt(context, trainee, { attemptId, action: { type: 'wait' } });
    const before = await getAttempt(context, trainee, { attemptId });
    // The catalog fails after the turn is written and the attempt updated, inside the transaction.
    let calls = 0;
    const failing: PracticeContext = {
      ...context,
      catalog: {
        list: () => context.catalog.list(),
        get: (id) => {
          calls += 1;
          if (calls > 1) throw new Error('the catalog went away');
          return context.catalog.get(id);
        },
      },
    };
    advanceClock(2000);
    await expect(
      actOnAttempt(failing, trainee, { attemptId, action: { type: 'reply', text: GOOD_REPLY } }),
    ).rejects.toThrow('the catalog went away');
    const after = await getAttempt(context, trainee, { attemptId });
    expect({ ...after.view, serverNow: '' }).toEqual({ ...before.view, serverNow: '' });
    const rows = await handle.db
      .select()
      .from(attemptTurns)
      .where(eq(attemptTurns.attemptId, attemptId));
    expect(rows.map((row) => row.actionType)).toEqual(['wait']);
  });

  it('refuses to act on an ended attempt', async () => {
    const { attemptId } = await startPractice(context, trainee, { scenarioId: 'branching' });
    await actOnAttempt(context, trainee, {
      attemptId,
      action: { type: 'reply', text: GOOD_REPLY },
    });
    await expect(
      actOnAttempt(context, trainee, { attemptId, action: { type: 'wait' } }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('serialises concurrent actions on one attempt: each is stored once, in order', async () => {
    const { attemptId } = await startPractice(context, trainee, { scenarioId: 'troll' });
    advanceClock(1000);
    await Promise.all(
      [1, 2, 3, 4].map(() =>
        actOnAttempt(context, trainee, { attemptId, action: { type: 'wait' } }),
      ),
    );
    const { view } = await getAttempt(context, trainee, { attemptId });
    expect(view.turns.map((turn) => turn.index)).toEqual([0, 1, 2, 3]);
    expect(view.state.actions).toHaveLength(4);
  });

  it('replays an attempt from its stored actions to the stored state', async () => {
    const { attemptId } = await startPractice(context, trainee, { scenarioId: 'branching' });
    advanceClock(5000);
    await actOnAttempt(context, trainee, {
      attemptId,
      action: { type: 'reply', text: CONTRADICTING_REPLY },
    });
    advanceClock(5000);
    await actOnAttempt(context, trainee, {
      attemptId,
      action: { type: 'reply', text: GOOD_REPLY },
    });
    const { view } = await getAttempt(context, trainee, { attemptId });
    expect(await replayAttempt(context, trainee, { attemptId })).toEqual(view.state);
  });

  it('lists history newest first with the worst verdict per criterion, and the library with bests', async () => {
    const { attempts: history } = await practiceHistory(context, trainee);
    expect(history.length).toBeGreaterThan(3);
    const started = history.map((entry) => entry.startedAt);
    expect(started).toEqual([...started].sort().reverse());
    expect(history.some((entry) => entry.criteria['no-contradiction'] === 'violated')).toBe(true);

    const library = await practiceLibrary(context, trainee);
    const branching = library.scenarios.find((entry) => entry.id === 'branching');
    expect(branching?.attempts).toBe(
      history.filter((entry) => entry.scenarioId === 'branching').length,
    );
    expect(branching?.best).toBe(
      Math.max(
        ...history
          .filter((e) => e.scenarioId === 'branching' && e.score !== null)
          .map((e) => e.score ?? 0),
      ),
    );
    expect(library.weakest?.criterion).toBeTruthy();

    const otherLibrary = await practiceLibrary(context, other);
    expect(
      otherLibrary.scenarios.every((entry) => entry.attempts === 0 && entry.best === null),
    ).toBe(true);
    expect(otherLibrary.weakest).toBeNull();
    expect((await practiceHistory(context, other)).attempts).toEqual([]);
  });

  it('stores any run of actions as turns 0..n-1 in time order that replay to the stored state', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('branching', 'troll'),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 90_000 }), ActionArbitrary), { maxLength: 5 }),
        async (scenarioId, steps) => {
          const { attemptId } = await startPractice(context, trainee, { scenarioId });
          let accepted = 0;
          for (const [pause, action] of steps) {
            advanceClock(pause);
            const result = await actOnAttempt(context, trainee, { attemptId, action }).then(
              () => true,
              (error: unknown) => {
                if (!(error instanceof Error) || !('code' in error)) throw error;
                return false; // refused (ended, or not possible here): nothing saved
              },
            );
            if (result) accepted += 1;
          }
          const rows = await handle.db
            .select()
            .from(attemptTurns)
            .where(eq(attemptTurns.attemptId, attemptId))
            .orderBy(asc(attemptTurns.index));
          expect(rows.map((row) => row.index)).toEqual([...rows.keys()]);
          expect(rows).toHaveLength(accepted);
          const times = rows.map((row) => row.atMs);
          expect(times).toEqual([...times].sort((a, b) => a - b));
          const { view } = await getAttempt(context, trainee, { attemptId });
          expect(await replayAttempt(context, trainee, { attemptId })).toEqual(view.state);
          // The view's turns, drawn from the state, are the stored rows.
          expect(
            view.turns.map(({ index, atMs, action }) => ({ index, atMs, type: action.type })),
          ).toEqual(rows.map(({ index, atMs, actionType }) => ({ index, atMs, type: actionType })));
        },
      ),
      { seed, numRuns: 25 },
    );
  }, 120_000);

  it('acts on what the database holds when another process saved the attempt since this one did', async () => {
    // Another server process: the same database through another object, so nothing this
    // process remembers of the attempt is shared with it.
    const other: PracticeContext = {
      ...context,
      db: Object.create(context.db) as typeof context.db,
    };
    const { attemptId } = await startPractice(context, trainee, { scenarioId: 'branching' });
    advanceClock(1_000);
    await actOnAttempt(other, trainee, { attemptId, action: { type: 'wait' } });
    advanceClock(1_000);
    const { view } = await actOnAttempt(context, trainee, {
      attemptId,
      action: { type: 'reply', text: GOOD_REPLY },
    });
    expect(view.turns.map((turn) => turn.action.type)).toEqual(['wait', 'reply']);
    const rows = await handle.db
      .select()
      .from(attemptTurns)
      .where(eq(attemptTurns.attemptId, attemptId))
      .orderBy(asc(attemptTurns.index));
    expect(rows.map((row) => [row.index, row.actionType])).toEqual([
      [0, 'wait'],
      [1, 'reply'],
    ]);
    expect(await replayAttempt(context, trainee, { attemptId })).toEqual(view.state);
    // And the other way round: the first process saved last, the other remembers an older turn.
    advanceClock(1_000);
    await expect(
      actOnAttempt(other, trainee, { attemptId, action: { type: 'wait' } }),
    ).rejects.toMatchObject({ code: 'CONFLICT' }); // the reply ended the attempt
  });

  it('refuses on what the database holds: an attempt made an exam since this process saved it', async () => {
    const practiceOnly = { mode: 'practice' } as const;
    const { attemptId } = await startPractice(context, trainee, { scenarioId: 'branching' });
    advanceClock(1_000);
    await actOnAttempt(context, trainee, { attemptId, action: { type: 'wait' } }, practiceOnly);
    await handle.db.update(attempts).set({ mode: 'exam' }).where(eq(attempts.id, attemptId));
    advanceClock(1_000);
    await expect(
      actOnAttempt(context, trainee, { attemptId, action: { type: 'wait' } }, practiceOnly),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', field: 'attemptId' });
    const rows = await handle.db
      .select()
      .from(attemptTurns)
      .where(eq(attemptTurns.attemptId, attemptId));
    expect(rows).toHaveLength(1);
  });

  it('keeps an exam’s attempt out of the practice actions, history and library', async () => {
    const { attemptId } = await startPractice(context, trainee, { scenarioId: 'branching' });
    await actOnAttempt(context, trainee, {
      attemptId,
      action: { type: 'reply', text: GOOD_REPLY },
    });
    await handle.db.update(attempts).set({ mode: 'exam' }).where(eq(attempts.id, attemptId));
    const practiceOnly = { mode: 'practice' } as const;
    await expect(getAttempt(context, trainee, { attemptId }, practiceOnly)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      field: 'attemptId',
    });
    await expect(
      actOnAttempt(context, trainee, { attemptId, action: { type: 'wait' } }, practiceOnly),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', field: 'attemptId' });
    const history = await practiceHistory(context, trainee);
    expect(history.attempts.map((entry) => entry.attemptId)).not.toContain(attemptId);
    // The exam services reach it without the scope.
    expect((await getAttempt(context, trainee, { attemptId })).view.mode).toBe('exam');
  });

  it('refuses an unknown scenario naming the field', async () => {
    await expect(startPractice(context, trainee, { scenarioId: 'no-such' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      field: 'scenarioId',
      message: 'scenarioId: there is no scenario `no-such`.',
    });
  });
});
