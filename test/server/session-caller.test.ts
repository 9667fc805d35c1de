import { createHmac } from 'node:crypto';
import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeMember } from '../../src/server/accounts.ts';
import type { Actor } from '../../src/server/actor.ts';
import type { Auth } from '../../src/server/auth.ts';
import { memberships, sessions } from '../../src/server/db/schema.ts';
import { callerFromRequest, verifiedToken } from '../../src/server/session-caller.ts';
import { openSessionWorld } from '../helpers/signed-in.ts';
import type { SessionWorld } from '../helpers/signed-in.ts';
import { testDatabaseKinds } from '../helpers/test-database.ts';

const DAY = 24 * 60 * 60 * 1000;

describe('verifiedToken', () => {
  const secret = 'a-secret-of-at-least-thirty-two-characters';
  const sign = (token: string): string =>
    `${token}.${createHmac('sha256', secret).update(token).digest('base64')}`;

  it('gives back the token of a cookie signed with the secret, and nothing for any other', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }),
        fc.nat(),
        fc.string({ minLength: 1, maxLength: 1 }),
        (token, at, character) => {
          const signed = sign(token);
          expect(verifiedToken(signed, secret)).toBe(token);
          const position = token.length + 1 + (at % 44);
          const changed = signed.slice(0, position) + character + signed.slice(position + 1);
          if (changed !== signed) expect(verifiedToken(changed, secret)).toBeUndefined();
          expect(verifiedToken(signed, `${secret}!`)).toBeUndefined();
        },
      ),
    );
  });

  it.each([
    ['no cookie', undefined],
    ['no signature', 'token'],
    ['an empty token', `.${createHmac('sha256', secret).update('').digest('base64')}`],
    ['a short signature', 'token.abc='],
  ])('refuses %s', (_case, value) => {
    expect(verifiedToken(value, secret)).toBeUndefined();
  });
});

// Runs on PGlite, and on PostgreSQL too when TEST_DATABASE_URL is set.
describe.each(testDatabaseKinds())('callerFromRequest on %s', (kind) => {
  let world: SessionWorld;
  let handle: SessionWorld['handle'];
  let auth: Auth;
  let admin: Actor;

  beforeAll(async () => {
    world = await openSessionWorld(kind);
    ({ handle, auth, admin } = world);
  }, 60_000);

  afterAll(async () => {
    await handle?.dispose();
  }, 60_000);

  /** A new trainee, signed in: their user id, the request headers and their session token. */
  async function signedInTrainee(): Promise<{ userId: string; headers: Headers; token: string }> {
    const { actor, headers, token } = await world.signedInTrainee();
    return { userId: actor.userId, headers, token };
  }

  it('finds the same person and place as better-auth and the membership do', async () => {
    const { userId, headers } = await signedInTrainee();
    const caller = await callerFromRequest(handle.db, auth, headers);
    const session = await auth.api.getSession({ headers });
    expect(caller).toEqual({
      user: { id: userId, name: session?.user.name, email: session?.user.email },
      actor: { userId, organisationId: admin.organisationId, role: 'trainee' },
    });
  });

  it('finds nobody without a cookie, with a forged signature or once signed out', async () => {
    const { headers } = await signedInTrainee();
    expect(await callerFromRequest(handle.db, auth, new Headers())).toBeUndefined();
    const cookie = headers.get('cookie') ?? '';
    const forged = new Headers({ cookie: cookie.replace(/\.[^.;]*(;|$)/, '.AAAA$1') });
    expect(await callerFromRequest(handle.db, auth, forged)).toBeUndefined();
    await auth.api.signOut({ headers });
    expect(await callerFromRequest(handle.db, auth, headers)).toBeUndefined();
  });

  it('drops the place at once when the membership goes, and the person when removed', async () => {
    const first = await signedInTrainee();
    await handle.db.delete(memberships).where(eq(memberships.userId, first.userId));
    expect((await callerFromRequest(handle.db, auth, first.headers))?.actor).toBeUndefined();
    const second = await signedInTrainee();
    await removeMember(handle.db, admin, { userId: second.userId });
    expect(await callerFromRequest(handle.db, auth, second.headers)).toBeUndefined();
  });

  it('lets better-auth extend a session due for it, and delete an expired one', async () => {
    const due = await signedInTrainee();
    const soon = new Date(Date.now() + 2 * DAY);
    await handle.db.update(sessions).set({ expiresAt: soon }).where(eq(sessions.token, due.token));
    expect((await callerFromRequest(handle.db, auth, due.headers))?.actor?.userId).toBe(due.userId);
    const [extended] = await handle.db
      .select({ expiresAt: sessions.expiresAt })
      .from(sessions)
      .where(eq(sessions.token, due.token));
    expect(extended?.expiresAt.getTime()).toBeGreaterThan(Date.now() + 6 * DAY);

    const expired = await signedInTrainee();
    await handle.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.token, expired.token));
    expect(await callerFromRequest(handle.db, auth, expired.headers)).toBeUndefined();
    const left = await handle.db
      .select({ token: sessions.token })
      .from(sessions)
      .where(eq(sessions.token, expired.token));
    expect(left).toEqual([]);
  });
});
