import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  actorForUser,
  createAccount,
  listMembers,
  removeMember,
  setRole,
  setUpOrganisation,
} from '../../src/server/accounts.ts';
import type { Actor, Role } from '../../src/server/actor.ts';
import type { DatabaseHandle } from '../../src/server/db/client.ts';
import { organisations, users } from '../../src/server/db/schema.ts';
import { eq } from 'drizzle-orm';
import { newId } from '../../src/server/ids.ts';
import { createInvitation } from '../../src/server/invitations.ts';
import {
  actOnAttempt,
  actOnAttemptAs,
  getAttempt,
  startPractice,
} from '../../src/server/practice.ts';
import { authSecret, createAuth } from '../../src/server/auth.ts';
import { sessionClaim } from '../../src/server/session-caller.ts';
import type { SessionClaim } from '../../src/server/session-caller.ts';
import { practiceHistory, practiceLibrary } from '../../src/server/practice-progress.ts';
import type { PracticeContext } from '../../src/server/practice.ts';
import { addTeamMember, createTeam, listTeams, removeTeamMember } from '../../src/server/teams.ts';
import {
  definedActions,
  definedJsonRoutes,
  EVERYONE,
  itChecksEveryCaller,
  STAFF_ANYWHERE,
} from '../helpers/authorisation-matrix.ts';
import type { MatrixRow, SignedInCaller } from '../helpers/authorisation-matrix.ts';
import { signedInHeaders } from '../helpers/signed-in.ts';
import { fixtureCatalog, openTestDatabase, testDatabaseKinds } from '../helpers/test-database.ts';

// Every action of src/actions/index.ts and JSON route of src/pages/api (certification's have a
// matrix of their own), called as every role of the target's organisation and of another one, and
// signed out: who gets through and who is refused. The actions and routes are thin wrappers that
// pass Astro.locals.actor to these services, so the services are where the checks live.

interface World {
  context: PracticeContext;
  actors: Record<SignedInCaller, Actor>;
  /** A fresh trainee in the target organisation, for actions that change a member. */
  newTrainee: () => Promise<string>;
  teamId: string;
  attemptId: () => Promise<string>;
  /** The session claim of a signed-in caller's cookie, as the act route makes it. */
  claimOf: (actor: Actor | undefined) => Promise<SessionClaim | undefined>;
}

const MATRIX: readonly MatrixRow<World>[] = [
  {
    action: 'practice.library',
    allowed: EVERYONE,
    run: (w, actor) => practiceLibrary(w.context, actor),
  },
  {
    action: 'practice.start',
    allowed: EVERYONE,
    run: (w, actor) => startPractice(w.context, actor, { scenarioId: 'troll' }),
  },
  {
    // As the route calls it: with the session the caller's cookie names (checked as it saves).
    action: 'POST /api/practice/act',
    allowed: ['owner'],
    run: async (w, actor) =>
      actOnAttemptAs(
        w.context,
        await w.claimOf(actor),
        { attemptId: await w.attemptId(), action: { type: 'wait' } },
        { mode: 'practice' },
      ),
  },
  {
    action: 'POST /api/practice/act (a known caller)',
    allowed: ['owner'],
    run: async (w, actor) =>
      actOnAttempt(
        w.context,
        actor,
        { attemptId: await w.attemptId(), action: { type: 'wait' } },
        { mode: 'practice' },
      ),
  },
  {
    action: 'practice.get',
    allowed: ['owner', 'admin', 'manager'],
    run: async (w, actor) =>
      getAttempt(w.context, actor, { attemptId: await w.attemptId() }, { mode: 'practice' }),
  },
  {
    action: 'practice.history',
    allowed: EVERYONE,
    run: (w, actor) => practiceHistory(w.context, actor),
  },
  {
    action: 'team.members',
    allowed: STAFF_ANYWHERE,
    run: (w, actor) => listMembers(w.context.db, actor),
  },
  {
    action: 'team.teams',
    allowed: STAFF_ANYWHERE,
    run: (w, actor) => listTeams(w.context.db, actor),
  },
  {
    action: 'team.invite',
    allowed: STAFF_ANYWHERE,
    run: (w, actor) => createInvitation(w.context.db, actor, { role: 'trainee' }),
  },
  {
    action: 'team.invite (a manager)',
    allowed: ['admin', 'other-admin'],
    run: (w, actor) => createInvitation(w.context.db, actor, { role: 'manager' }),
  },
  {
    action: 'team.setRole',
    allowed: ['admin'],
    run: async (w, actor) =>
      setRole(w.context.db, actor, { userId: await w.newTrainee(), role: 'manager' }),
  },
  {
    action: 'team.remove',
    allowed: ['admin'],
    run: async (w, actor) => removeMember(w.context.db, actor, { userId: await w.newTrainee() }),
  },
  {
    action: 'team.createTeam',
    allowed: STAFF_ANYWHERE,
    run: (w, actor) => createTeam(w.context.db, actor, { name: `Cohort ${newId()}` }),
  },
  {
    action: 'team.addMember',
    allowed: ['admin', 'manager'],
    run: async (w, actor) =>
      addTeamMember(w.context.db, actor, { teamId: w.teamId, userId: await w.newTrainee() }),
  },
  {
    action: 'team.removeMember',
    allowed: ['admin', 'manager'],
    run: async (w, actor) =>
      removeTeamMember(w.context.db, actor, { teamId: w.teamId, userId: await w.newTrainee() }),
  },
];

describe('the authorisation matrix', () => {
  it('covers every action and JSON route the app defines', () => {
    const covered = new Set(MATRIX.map((row) => row.action.replace(/ \(.*\)$/, '')));
    const routes = definedJsonRoutes(new URL('../../src/pages/', import.meta.url), 'api/');
    expect(
      [
        ...definedActions(new URL('../../src/actions/index.ts', import.meta.url)),
        ...routes.filter((route) => !route.startsWith('POST /api/certification/')),
      ].sort(),
    ).toEqual([...covered].sort());
  });
});

describe.each(testDatabaseKinds())('the authorisation matrix on %s', (kind) => {
  let handle: DatabaseHandle & { dispose: () => Promise<void> };
  let world: World;

  beforeAll(async () => {
    handle = await openTestDatabase(kind);
    const db = handle.db;
    const context: PracticeContext = { db, catalog: await fixtureCatalog() };
    const auth = createAuth(db, { secret: await authSecret(db), quiet: true });
    const home = await setUpOrganisation(db, {
      organisationName: 'Home',
      name: 'Admin',
      email: 'admin@home.test',
      password: 'password1',
    });
    const awayId = newId();
    await db.insert(organisations).values({ id: awayId, name: 'Away' });
    let count = 0;
    const person = async (organisationId: string, role: Role): Promise<Actor> => {
      count += 1;
      const { userId } = await createAccount(
        db,
        { name: `P${count}`, email: `p${count}@example.test`, password: 'password1' },
        { organisationId, role },
      );
      return (await actorForUser(db, userId)) as Actor;
    };
    const actors = {
      owner: await person(home.organisationId, 'trainee'),
      admin: (await actorForUser(db, home.userId)) as Actor,
      manager: await person(home.organisationId, 'manager'),
      trainee: await person(home.organisationId, 'trainee'),
      'other-admin': await person(awayId, 'admin'),
      'other-manager': await person(awayId, 'manager'),
      'other-trainee': await person(awayId, 'trainee'),
    };
    const { teamId } = await createTeam(db, actors.admin, { name: 'Home team' });
    world = {
      context,
      actors,
      teamId,
      newTrainee: async () => {
        const trainee = await person(home.organisationId, 'trainee');
        await addTeamMember(db, actors.admin, { teamId, userId: trainee.userId });
        return trainee.userId;
      },
      attemptId: async () =>
        (await startPractice(context, actors.owner, { scenarioId: 'troll' })).attemptId,
      claimOf: async (actor) => {
        if (actor === undefined) return undefined;
        const [email] = await db
          .select({ email: users.email })
          .from(users)
          .where(eq(users.id, actor.userId));
        return sessionClaim(db, auth, await signedInHeaders(auth, email?.email ?? '', 'password1'));
      },
    };
  }, 60_000);

  afterAll(async () => {
    await handle?.dispose();
  }, 60_000);

  itChecksEveryCaller(MATRIX, () => world);

  it('shows staff of another organisation none of this one’s people, teams or attempts', async () => {
    const away = world.actors['other-admin'];
    const members = await listMembers(world.context.db, away);
    expect(members.every((member) => member.email.startsWith('p'))).toBe(true);
    expect(members.map((member) => member.userId)).not.toContain(world.actors.owner.userId);
    expect((await listTeams(world.context.db, away)).map((team) => team.id)).not.toContain(
      world.teamId,
    );
    const homeAttempt = await world.attemptId();
    const history = await practiceHistory(world.context, away);
    expect(history.attempts.map((attempt) => attempt.attemptId)).not.toContain(homeAttempt);
  });
});
