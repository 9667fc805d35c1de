import { eq } from 'drizzle-orm';
import { createAccount, setUpOrganisation } from '../../src/server/accounts.ts';
import type { Actor } from '../../src/server/actor.ts';
import { authSecret, createAuth } from '../../src/server/auth.ts';
import type { Auth } from '../../src/server/auth.ts';
import type { DatabaseHandle } from '../../src/server/db/client.ts';
import { sessions } from '../../src/server/db/schema.ts';
import { openTestDatabase } from './test-database.ts';
import type { TestDatabaseKind } from './test-database.ts';

// Real sessions for the tests of what reads them: better-auth signs people in over a test
// database, and the cookie it sets is what a browser would send.

export const PASSWORD = 'correct horse';

/** The request headers of a browser signed in as `email` (better-auth's own cookie). */
export async function signedInHeaders(
  auth: Auth,
  email: string,
  password: string,
): Promise<Headers> {
  const response = await auth.api.signInEmail({ body: { email, password }, asResponse: true });
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  return new Headers({ cookie });
}

/** A trainee signed in: who they are, their browser's headers and their session's token. */
export interface SignedInTrainee {
  actor: Actor;
  headers: Headers;
  token: string;
}

export interface SessionWorld {
  handle: DatabaseHandle & { dispose: () => Promise<void> };
  auth: Auth;
  /** The organisation's first admin. */
  admin: Actor;
  /** A new trainee of the admin's organisation, signed in. */
  signedInTrainee: () => Promise<SignedInTrainee>;
}

/** A test database with one organisation (Acme, its admin Ada) and better-auth over it. */
export async function openSessionWorld(kind: TestDatabaseKind): Promise<SessionWorld> {
  const handle = await openTestDatabase(kind);
  const org = await setUpOrganisation(handle.db, {
    organisationName: 'Acme',
    name: 'Ada',
    email: 'ada@example.com',
    password: PASSWORD,
  });
  const admin: Actor = { userId: org.userId, organisationId: org.organisationId, role: 'admin' };
  const auth = createAuth(handle.db, { secret: await authSecret(handle.db), quiet: true });
  let people = 0;
  return {
    handle,
    auth,
    admin,
    signedInTrainee: async () => {
      people += 1;
      const email = `trainee${people}@example.com`;
      const { userId } = await createAccount(
        handle.db,
        { name: `Trainee ${people}`, email, password: PASSWORD },
        { organisationId: admin.organisationId, role: 'trainee' },
      );
      const headers = await signedInHeaders(auth, email, PASSWORD);
      const [session] = await handle.db
        .select({ token: sessions.token })
        .from(sessions)
        .where(eq(sessions.userId, userId));
      return {
        actor: { userId, organisationId: admin.organisationId, role: 'trainee' },
        headers,
        token: session?.token ?? '',
      };
    },
  };
}
