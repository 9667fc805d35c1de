import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  actorForUser,
  hasAnyUser,
  listMembers,
  removeMember,
  setRole,
  setUpOrganisation,
} from '../../src/server/accounts.ts';
import type { Actor } from '../../src/server/actor.ts';
import { authSecret, createAuth, SIGN_IN_LIMIT } from '../../src/server/auth.ts';
import type { DatabaseHandle } from '../../src/server/db/client.ts';
import { accounts, memberships, teamMembers } from '../../src/server/db/schema.ts';
import {
  acceptInvitation,
  createInvitation,
  invitationByToken,
} from '../../src/server/invitations.ts';
import { signInWithPassword } from '../../src/server/sign-in.ts';
import { createTeam } from '../../src/server/teams.ts';
import { openTestDatabase, testDatabaseKinds } from '../helpers/test-database.ts';

// Runs on PGlite, and on PostgreSQL too when TEST_DATABASE_URL is set.
describe.each(testDatabaseKinds())('accounts, invitations and sign-in on %s', (kind) => {
  let handle: DatabaseHandle & { dispose: () => Promise<void> };
  let admin: Actor;
  let manager: Actor;
  const origin = new URL('http://127.0.0.1:4321/');

  beforeAll(async () => {
    handle = await openTestDatabase(kind);
  }, 60_000);

  afterAll(async () => {
    await handle?.dispose();
  }, 60_000);

  it('sets up the organisation and first admin once, and only while nobody has an account', async () => {
    expect(await hasAnyUser(handle.db)).toBe(false);
    const first = await setUpOrganisation(handle.db, {
      organisationName: 'Acme',
      name: 'Ada',
      email: ' Ada@Example.com ',
      password: 'correct horse',
    });
    expect(first.email).toBe('ada@example.com');
    admin = (await actorForUser(handle.db, first.userId)) as Actor;
    expect(admin).toEqual({
      userId: first.userId,
      organisationId: first.organisationId,
      role: 'admin',
    });
    const [account] = await handle.db
      .select()
      .from(accounts)
      .where(eq(accounts.userId, first.userId));
    expect(account?.password).not.toContain('correct horse');
    await expect(
      setUpOrganisation(handle.db, {
        organisationName: 'Again',
        name: 'Eve',
        email: 'eve@example.com',
        password: 'another one',
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it.each([
    [
      { organisationName: ' ', name: 'A', email: 'a@b.co', password: 'longenough' },
      'organisationName: write the brand’s name.',
    ],
    [
      { organisationName: 'X', name: '', email: 'a@b.co', password: 'longenough' },
      'name: write the person’s name.',
    ],
    [
      { organisationName: 'X', name: 'A', email: 'nope', password: 'longenough' },
      'email: write an email address such as sam@example.com.',
    ],
    [
      { organisationName: 'X', name: 'A', email: 'a@b.co', password: 'short' },
      'password: use at least 8 characters.',
    ],
  ])('refuses bad setup input naming the field: %j', async (input, message) => {
    await expect(setUpOrganisation(handle.db, input)).rejects.toThrow(message);
  });

  it('invites by a link that signs up once, into the organisation, role and team it names', async () => {
    const now = new Date('2026-03-01T00:00:00Z');
    const { teamId } = await createTeam(handle.db, admin, { name: 'Spring cohort' });
    const invitation = await createInvitation(handle.db, admin, { role: 'manager', teamId }, now);
    expect(invitation.path).toBe(`/invite/${invitation.token}`);
    expect(await invitationByToken(handle.db, invitation.token, now)).toMatchObject({
      organisationName: 'Acme',
      role: 'manager',
      status: 'open',
    });
    const joined = await acceptInvitation(
      handle.db,
      invitation.token,
      { name: 'Max', email: 'max@example.com', password: 'password1' },
      now,
    );
    manager = { userId: joined.userId, organisationId: admin.organisationId, role: 'manager' };
    expect(await actorForUser(handle.db, joined.userId)).toEqual(manager);
    const teams = await handle.db
      .select()
      .from(teamMembers)
      .where(eq(teamMembers.userId, joined.userId));
    expect(teams.map((row) => row.teamId)).toEqual([teamId]);
    await expect(
      acceptInvitation(
        handle.db,
        invitation.token,
        { name: 'Again', email: 'again@example.com', password: 'password1' },
        now,
      ),
    ).rejects.toThrow('token: this invitation link has been used; sign in instead.');
    expect((await invitationByToken(handle.db, invitation.token, now))?.status).toBe('used');
  });

  it('refuses expired and unknown links, and a different email than the one invited', async () => {
    const now = new Date('2026-03-01T00:00:00Z');
    const later = new Date('2026-03-09T00:00:00Z');
    const expiring = await createInvitation(handle.db, manager, { role: 'trainee' }, now);
    await expect(
      acceptInvitation(
        handle.db,
        expiring.token,
        { name: 'Late', email: 'late@example.com', password: 'password1' },
        later,
      ),
    ).rejects.toThrow('token: this invitation link has expired; ask for a new one.');
    await expect(
      acceptInvitation(handle.db, 'made-up', {
        name: 'X',
        email: 'x@example.com',
        password: 'password1',
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', field: 'token' });
    const forTia = await createInvitation(handle.db, manager, {
      role: 'trainee',
      email: 'tia@example.com',
    });
    await expect(
      acceptInvitation(handle.db, forTia.token, {
        name: 'Tia',
        email: 'tim@example.com',
        password: 'password1',
      }),
    ).rejects.toThrow('email: this invitation is for tia@example.com; use that address.');
    await acceptInvitation(handle.db, forTia.token, {
      name: 'Tia',
      email: 'TIA@example.com',
      password: 'password1',
    });
  });

  it('lets managers invite trainees only', async () => {
    await expect(createInvitation(handle.db, manager, { role: 'admin' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      field: 'role',
    });
  });

  it('keeps the last admin: neither demoted nor removed', async () => {
    await expect(
      setRole(handle.db, admin, { userId: admin.userId, role: 'trainee' }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await expect(removeMember(handle.db, admin, { userId: admin.userId })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await setRole(handle.db, admin, { userId: manager.userId, role: 'admin' });
    await setRole(handle.db, admin, { userId: admin.userId, role: 'manager' });
    expect((await actorForUser(handle.db, admin.userId))?.role).toBe('manager');
    await setRole(
      handle.db,
      { ...manager, role: 'admin' },
      { userId: admin.userId, role: 'admin' },
    );
    await setRole(handle.db, admin, { userId: manager.userId, role: 'manager' });
  });

  it('removes a member from the organisation but keeps their account and attempts', async () => {
    const link = await createInvitation(handle.db, admin, { role: 'trainee' });
    const leaver = await acceptInvitation(handle.db, link.token, {
      name: 'Lee',
      email: 'lee@example.com',
      password: 'password1',
    });
    await removeMember(handle.db, admin, { userId: leaver.userId });
    expect(await actorForUser(handle.db, leaver.userId)).toBeUndefined();
    expect((await listMembers(handle.db, admin)).map((member) => member.email)).not.toContain(
      'lee@example.com',
    );
    const rows = await handle.db
      .select()
      .from(memberships)
      .where(eq(memberships.userId, leaver.userId));
    expect(rows).toEqual([]);
  });

  it('signs in with the stored password through better-auth and refuses a wrong one', async () => {
    const auth = createAuth(handle.db, { secret: await authSecret(handle.db, {}), quiet: true });
    const client = { url: origin, clientAddress: '10.0.0.1' };
    const ok = await signInWithPassword(auth, client, {
      email: 'ADA@example.com',
      password: 'correct horse',
    });
    expect(ok.ok).toBe(true);
    const cookie = ok.ok ? (ok.setCookies[0]?.split(';')[0] ?? '') : '';
    const session = await auth.api.getSession({ headers: new Headers({ cookie }) });
    expect(session?.user.email).toBe('ada@example.com');
    const wrong = await signInWithPassword(auth, client, {
      email: 'ada@example.com',
      password: 'wrong horse',
    });
    expect(wrong).toMatchObject({ ok: false, status: 401, field: 'email' });
  });

  it('keeps the auth secret in the database, the same for every app server', async () => {
    expect(await authSecret(handle.db, {})).toBe(await authSecret(handle.db, {}));
    expect(await authSecret(handle.db, { BETTER_AUTH_SECRET: 'x'.repeat(40) })).toBe(
      'x'.repeat(40),
    );
  });

  it('rate-limits sign-in per client address across app servers sharing the database', async () => {
    const secret = await authSecret(handle.db, {});
    const servers = [
      createAuth(handle.db, { secret, quiet: true }),
      createAuth(handle.db, { secret, quiet: true }),
    ];
    const client = { url: origin, clientAddress: '10.9.9.9' };
    const statuses: number[] = [];
    for (let i = 0; i < SIGN_IN_LIMIT.max + 2; i += 1) {
      const server = servers[i % 2];
      if (server === undefined) throw new Error('no server');
      const result = await signInWithPassword(server, client, {
        email: 'ada@example.com',
        password: 'wrong horse',
      });
      statuses.push(result.ok ? 200 : result.status);
    }
    expect(statuses.slice(-1)).toEqual([429]);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(1);
    // Another address is not held back by the first one's failures.
    const other = await signInWithPassword(
      servers[0] ?? servers[1]!,
      { url: origin, clientAddress: '10.9.9.10' },
      {
        email: 'ada@example.com',
        password: 'correct horse',
      },
    );
    expect(other.ok).toBe(true);
  });
});
