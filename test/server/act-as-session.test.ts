import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { removeMember } from '../../src/server/accounts.ts';
import type { Actor } from '../../src/server/actor.ts';
import type { Auth } from '../../src/server/auth.ts';
import { attempts, memberships, organisations, sessions } from '../../src/server/db/schema.ts';
import { newId } from '../../src/server/ids.ts';
import { actOnAttemptAs, startPractice } from '../../src/server/practice.ts';
import type { PracticeContext } from '../../src/server/practice.ts';
import { sessionClaim } from '../../src/server/session-caller.ts';
import type { SessionClaim } from '../../src/server/session-caller.ts';
import { openSessionWorld } from '../helpers/signed-in.ts';
import type { SessionWorld, SignedInTrainee } from '../helpers/signed-in.ts';
import { fixtureCatalog, testDatabaseKinds } from '../helpers/test-database.ts';

// The act route's service: a reply on an attempt this process remembers is saved by one statement
// that checks the session itself, without asking who the caller is first. Whatever happened to the
// session or the membership since, nothing is saved for a caller the database no longer holds.

const DAY = 24 * 60 * 60 * 1000;
const REPLY = {
  type: 'reply',
  text: "So sorry for the trouble, and thanks for telling us. Please DM us your order number and we'll sort it today.",
} as const;

describe.each(testDatabaseKinds())('actOnAttemptAs on %s', (kind) => {
  let world: SessionWorld;
  let handle: SessionWorld['handle'];
  let auth: Auth;
  let context: PracticeContext;
  let admin: Actor;

  beforeAll(async () => {
    world = await openSessionWorld(kind);
    ({ handle, auth, admin } = world);
    context = { db: handle.db, catalog: await fixtureCatalog() };
  }, 60_000);

  afterAll(async () => {
    await handle?.dispose();
  }, 60_000);

  /** A new trainee, signed in, with an attempt this process has just started (and remembers). */
  async function traineeWithAttempt(): Promise<SignedInTrainee & { attemptId: string }> {
    const trainee = await world.signedInTrainee();
    const { attemptId } = await startPractice(context, trainee.actor, { scenarioId: 'branching' });
    return { ...trainee, attemptId };
  }

  async function claim(headers: Headers): Promise<SessionClaim> {
    const made = await sessionClaim(handle.db, auth, headers);
    if (made === undefined) throw new Error('expected a signed cookie');
    return made;
  }

  async function turnCount(attemptId: string): Promise<number | undefined> {
    const [row] = await handle.db
      .select({ turnCount: attempts.turnCount })
      .from(attempts)
      .where(eq(attempts.id, attemptId));
    return row?.turnCount;
  }

  async function refusal(work: Promise<unknown>): Promise<string> {
    return work.then(
      () => 'saved',
      (error: unknown) => (error as { code?: string }).code ?? String(error),
    );
  }

  it('saves the owner’s turns without asking who the caller is', async () => {
    const { headers, attemptId } = await traineeWithAttempt();
    for (const action of [{ type: 'wait' } as const, REPLY]) {
      const owner = await claim(headers);
      const asked = vi.spyOn(owner, 'caller');
      await actOnAttemptAs(context, owner, { attemptId, action }, { mode: 'practice' });
      expect(asked).not.toHaveBeenCalled();
    }
    expect(await turnCount(attemptId)).toBe(2);
  });

  it('asks, and saves, when this process does not remember the attempt', async () => {
    const { headers, attemptId } = await traineeWithAttempt();
    const elsewhere: PracticeContext = {
      ...context,
      db: Object.create(context.db) as typeof context.db,
    };
    const owner = await claim(headers);
    const asked = vi.spyOn(owner, 'caller');
    const { view } = await actOnAttemptAs(elsewhere, owner, { attemptId, action: REPLY });
    expect(asked).toHaveBeenCalledTimes(1);
    expect(view.turns).toHaveLength(1);
    expect(await turnCount(attemptId)).toBe(1);
  });

  const revoked: {
    name: string;
    revoke: (who: { actor: Actor; headers: Headers; token: string }) => Promise<unknown>;
    code: string;
  }[] = [
    {
      name: 'signed out elsewhere',
      revoke: ({ headers }) => auth.api.signOut({ headers }),
      code: 'UNAUTHORIZED',
    },
    {
      name: 'expired',
      revoke: ({ token }) =>
        handle.db
          .update(sessions)
          .set({ expiresAt: new Date(Date.now() - 1000) })
          .where(eq(sessions.token, token)),
      code: 'UNAUTHORIZED',
    },
    {
      name: 'without a membership any more',
      revoke: ({ actor }) =>
        handle.db.delete(memberships).where(eq(memberships.userId, actor.userId)),
      code: 'UNAUTHORIZED',
    },
    {
      name: 'removed from the organisation',
      revoke: ({ actor }) => removeMember(handle.db, admin, { userId: actor.userId }),
      code: 'UNAUTHORIZED',
    },
    {
      name: 'moved to another organisation',
      revoke: async ({ actor }) => {
        const awayId = newId();
        await handle.db.insert(organisations).values({ id: awayId, name: `Away ${actor.userId}` });
        await handle.db
          .update(memberships)
          .set({ organisationId: awayId })
          .where(eq(memberships.userId, actor.userId));
      },
      code: 'NOT_FOUND',
    },
  ];

  it.each(revoked)(
    'refuses a remembered attempt’s owner $name and saves nothing',
    async ({ revoke, code }) => {
      const who = await traineeWithAttempt();
      const owner = await claim(who.headers);
      await revoke(who);
      const outcome = await refusal(
        actOnAttemptAs(context, owner, { attemptId: who.attemptId, action: REPLY }),
      );
      expect(outcome).toBe(code);
      expect(await turnCount(who.attemptId)).toBe(0);
    },
  );

  it('refuses another person’s session on a remembered attempt and saves nothing', async () => {
    const owner = await traineeWithAttempt();
    const intruder = await traineeWithAttempt();
    const outcome = await refusal(
      actOnAttemptAs(context, await claim(intruder.headers), {
        attemptId: owner.attemptId,
        action: REPLY,
      }),
    );
    expect(outcome).toBe('FORBIDDEN');
    expect(await turnCount(owner.attemptId)).toBe(0);
  });

  it('refuses without a claim, and an attempt made an exam behind this process’s back', async () => {
    const { headers, attemptId } = await traineeWithAttempt();
    expect(await refusal(actOnAttemptAs(context, undefined, { attemptId, action: REPLY }))).toBe(
      'UNAUTHORIZED',
    );
    await handle.db.update(attempts).set({ mode: 'exam' }).where(eq(attempts.id, attemptId));
    const owner = await claim(headers);
    expect(
      await refusal(
        actOnAttemptAs(context, owner, { attemptId, action: REPLY }, { mode: 'practice' }),
      ),
    ).toBe('NOT_FOUND');
    expect(await turnCount(attemptId)).toBe(0);
  });

  it('has better-auth extend a session due for it, after saving', async () => {
    const { headers, token, attemptId } = await traineeWithAttempt();
    await handle.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() + 2 * DAY) })
      .where(eq(sessions.token, token));
    const owner = await claim(headers);
    const asked = vi.spyOn(owner, 'caller');
    await actOnAttemptAs(context, owner, { attemptId, action: REPLY });
    expect(asked).toHaveBeenCalledTimes(1);
    expect(await turnCount(attemptId)).toBe(1);
    const [extended] = await handle.db
      .select({ expiresAt: sessions.expiresAt })
      .from(sessions)
      .where(eq(sessions.token, token));
    expect(extended?.expiresAt.getTime()).toBeGreaterThan(Date.now() + 6 * DAY);
  });
});
