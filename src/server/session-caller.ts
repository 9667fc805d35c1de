import { createHmac, timingSafeEqual } from 'node:crypto';
import { parseCookies } from 'better-auth/cookies';
import { eq, sql } from 'drizzle-orm';
import { actorForUser } from './accounts.ts';
import type { Actor } from './actor.ts';
import type { Auth } from './auth.ts';
import type { Database } from './db/client.ts';
import { memberships, sessions, users } from './db/schema.ts';

/** The signed-in person behind a request: their name for page headers and their place. */
export interface Caller {
  user: { id: string; name: string; email: string };
  /** Undefined once the person has been removed from their organisation. */
  actor: Actor | undefined;
}

/** better-auth's view of its cookies and session lifetimes, read once per Auth. */
interface SessionRules {
  cookieName: string;
  dontRememberCookieName: string;
  secret: string;
  expiresInMs: number;
  updateAgeMs: number;
}

function prepareLookup(db: Database) {
  return db
    .select({
      expiresAt: sessions.expiresAt,
      id: users.id,
      name: users.name,
      email: users.email,
      organisationId: memberships.organisationId,
      role: memberships.role,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(memberships, eq(memberships.userId, sessions.userId))
    .where(eq(sessions.token, sql.placeholder('token')))
    .prepare('frontline_session_caller');
}

const lookups = new WeakMap<Database, ReturnType<typeof prepareLookup>>();
const rulesOf = new WeakMap<Auth, Promise<SessionRules>>();

async function readRules(auth: Auth): Promise<SessionRules> {
  const context = await auth.$context;
  return {
    cookieName: context.authCookies.sessionToken.name,
    dontRememberCookieName: context.authCookies.dontRememberToken.name,
    secret: context.secret,
    expiresInMs: context.sessionConfig.expiresIn * 1000,
    updateAgeMs: context.sessionConfig.updateAge * 1000,
  };
}

/**
 * The session token in a cookie signed the way better-auth signs it (`token.` + base64 of
 * HMAC-SHA256 under the auth secret), or undefined when it is missing or its signature is wrong.
 */
export function verifiedToken(value: string | undefined, secret: string): string | undefined {
  if (value === undefined) return undefined;
  const dot = value.lastIndexOf('.');
  if (dot < 1) return undefined;
  const token = value.slice(0, dot);
  const signature = Buffer.from(value.slice(dot + 1));
  const expected = Buffer.from(createHmac('sha256', secret).update(token).digest('base64'));
  return signature.length === expected.length && timingSafeEqual(signature, expected)
    ? token
    : undefined;
}

/**
 * A request's signed session cookie: the session it names, before the database is asked. A claim
 * proves nothing about the session now (it may have been signed out, expired or lost its
 * membership): only `caller()`, or a statement that checks the session itself (actOnAttemptAs),
 * may act on it.
 */
export interface SessionClaim {
  /** The session token, its signature checked. */
  readonly token: string;
  /** Whether a session that expires at `expiresAt` is due to be extended: then ask caller(). */
  dueForRefresh(expiresAt: Date, now?: Date): boolean;
  /** The caller as the database has them now, once per claim (one query); extends a session due for it. */
  caller(): Promise<Caller | undefined>;
}

/** The session a request's cookie names, when its signature is right; no query. */
export async function sessionClaim(
  db: Database,
  auth: Auth,
  headers: Headers,
  now: () => Date = () => new Date(),
): Promise<SessionClaim | undefined> {
  const header = headers.get('cookie');
  if (header === null) return undefined;
  let rules = rulesOf.get(auth);
  if (rules === undefined) {
    rules = readRules(auth);
    rulesOf.set(auth, rules);
  }
  const { cookieName, dontRememberCookieName, secret, expiresInMs, updateAgeMs } = await rules;
  const cookies = parseCookies(header);
  const token = verifiedToken(cookies.get(cookieName), secret);
  if (token === undefined) return undefined;
  const dueForRefresh = (expiresAt: Date, at: Date = now()): boolean =>
    !cookies.has(dontRememberCookieName) &&
    expiresAt.getTime() - expiresInMs + updateAgeMs <= at.getTime();
  let found: Promise<Caller | undefined> | undefined;
  return {
    token,
    dueForRefresh,
    caller: () => (found ??= lookUp(db, auth, headers, token, dueForRefresh, now())),
  };
}

/**
 * Finds who is calling from the session cookie with one query (session, user and membership),
 * checked against the database on every request: no cookie cache, so removing a person or
 * signing them out takes effect at once. A session that has expired or is due to be extended
 * goes through better-auth itself, which deletes or extends it.
 */
export async function callerFromRequest(
  db: Database,
  auth: Auth,
  headers: Headers,
  now: Date = new Date(),
): Promise<Caller | undefined> {
  return (await sessionClaim(db, auth, headers, () => now))?.caller();
}

async function lookUp(
  db: Database,
  auth: Auth,
  headers: Headers,
  token: string,
  dueForRefresh: (expiresAt: Date, at: Date) => boolean,
  now: Date,
): Promise<Caller | undefined> {
  let lookup = lookups.get(db);
  if (lookup === undefined) {
    lookup = prepareLookup(db);
    lookups.set(db, lookup);
  }
  const [row] = await lookup.execute({ token });
  if (row === undefined) return undefined;
  if (row.expiresAt.getTime() <= now.getTime() || dueForRefresh(row.expiresAt, now)) {
    const session = await auth.api.getSession({ headers });
    if (session === null) return undefined;
    const { id, name, email } = session.user;
    return { user: { id, name, email }, actor: await actorForUser(db, id) };
  }
  const { id, name, email, organisationId, role } = row;
  return {
    user: { id, name, email },
    actor:
      organisationId === null || role === null ? undefined : { userId: id, organisationId, role },
  };
}
