import { hashPassword } from 'better-auth/crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor, Role } from './actor.ts';
import { requireRole } from './authorisation.ts';
import { appendAudit } from './certification/audit-log.ts';
import type { Database } from './db/client.ts';
import {
  accounts,
  memberships,
  organisations,
  sessions,
  teamMembers,
  teams,
  users,
} from './db/schema.ts';
import { newId } from './ids.ts';
import { ServiceError } from './service-error.ts';

/** A transaction or the database itself: the account helpers run inside either. */
export type Queryable = Pick<Database, 'select' | 'insert' | 'update' | 'delete' | 'execute'>;

export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 128;

export const NewAccountSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'name: write the person’s name.')
    .max(200, 'name: keep the name under 200 characters.'),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email('email: write an email address such as sam@example.com.')),
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `password: use at least ${MIN_PASSWORD_LENGTH} characters.`)
    .max(MAX_PASSWORD_LENGTH, `password: use at most ${MAX_PASSWORD_LENGTH} characters.`),
});
export type NewAccount = z.input<typeof NewAccountSchema>;

export const OrganisationNameSchema = z
  .string()
  .trim()
  .min(1, 'organisationName: write the brand’s name.')
  .max(200, 'organisationName: keep the name under 200 characters.');

/** Parses input with a schema whose messages start with the field; throws the first as a refusal. */
export function parseOrRefuse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.map(String).join('.') ?? '';
  const message = issue?.message ?? 'the input is not valid.';
  const named = message.includes(':') || field === '' ? message : `${field}: ${message}`;
  throw new ServiceError('BAD_REQUEST', named, field || undefined);
}

/** True once anyone has an account: until then the first visit goes to /setup. */
export async function hasAnyUser(db: Queryable): Promise<boolean> {
  const rows = await db.select({ id: users.id }).from(users).limit(1);
  return rows.length > 0;
}

/**
 * Creates a user with a password (hashed the way better-auth checks it at sign-in) and a
 * membership, inside the caller's transaction.
 */
export async function createAccount(
  tx: Queryable,
  input: NewAccount,
  place: { organisationId: string; role: Role },
): Promise<{ userId: string; email: string }> {
  const { name, email, password } = parseOrRefuse(NewAccountSchema, input);
  const taken = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (taken.length > 0) {
    throw new ServiceError(
      'CONFLICT',
      'email: an account with this email already exists; sign in instead.',
      'email',
    );
  }
  const userId = newId();
  const now = new Date();
  await tx
    .insert(users)
    .values({ id: userId, name, email, emailVerified: false, createdAt: now, updatedAt: now });
  await tx.insert(accounts).values({
    id: newId(),
    accountId: userId,
    providerId: 'credential',
    userId,
    password: await hashPassword(password),
    createdAt: now,
    updatedAt: now,
  });
  await tx
    .insert(memberships)
    .values({ userId, organisationId: place.organisationId, role: place.role });
  return { userId, email };
}

/** Lock key for setting up: two first visits at once make one organisation, not two. */
const SETUP_LOCK = 4_321_001;

/** Creates the organisation and its first admin; refused once anyone has an account. */
export async function setUpOrganisation(
  db: Database,
  input: { organisationName: string } & NewAccount,
): Promise<{ organisationId: string; userId: string; email: string }> {
  const organisationName = parseOrRefuse(OrganisationNameSchema, input.organisationName);
  parseOrRefuse(NewAccountSchema, input);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SETUP_LOCK})`);
    if (await hasAnyUser(tx)) {
      throw new ServiceError('CONFLICT', 'Frontline is already set up; sign in instead.');
    }
    const organisationId = newId();
    await tx.insert(organisations).values({ id: organisationId, name: organisationName });
    const account = await createAccount(tx, input, { organisationId, role: 'admin' });
    return { organisationId, ...account };
  });
}

export interface Member {
  userId: string;
  name: string;
  email: string;
  role: Role;
  teams: { id: string; name: string }[];
  joinedAt: string;
}

/** The caller's organisation's people (managers and admins only). */
export async function listMembers(db: Database, caller: Actor | undefined): Promise<Member[]> {
  const actor = requireRole(caller, ['admin', 'manager']);
  const rows = await db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      joinedAt: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organisationId, actor.organisationId))
    .orderBy(asc(users.name), asc(users.email));
  const teamRows = await db
    .select({ userId: teamMembers.userId, id: teams.id, name: teams.name })
    .from(teamMembers)
    .innerJoin(teams, eq(teams.id, teamMembers.teamId))
    .where(eq(teams.organisationId, actor.organisationId))
    .orderBy(asc(teams.name));
  return rows.map((row) => ({
    ...row,
    joinedAt: row.joinedAt.toISOString(),
    teams: teamRows
      .filter((team) => team.userId === row.userId)
      .map(({ id, name }) => ({ id, name })),
  }));
}

async function memberOf(tx: Queryable, organisationId: string, userId: string) {
  const [row] = await tx
    .select()
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.organisationId, organisationId)))
    .for('update');
  if (row === undefined) {
    throw new ServiceError(
      'NOT_FOUND',
      `userId: there is no member \`${userId}\` in your organisation.`,
      'userId',
    );
  }
  return row;
}

async function otherAdmins(tx: Queryable, organisationId: string, userId: string): Promise<number> {
  const [row] = await tx
    .select({ count: sql<number>`count(*)`.mapWith(Number) })
    .from(memberships)
    .where(
      and(
        eq(memberships.organisationId, organisationId),
        eq(memberships.role, 'admin'),
        sql`${memberships.userId} <> ${userId}`,
      ),
    );
  return row?.count ?? 0;
}

/** Changes a member's role (admins only); the last admin keeps theirs. */
export async function setRole(
  db: Database,
  caller: Actor | undefined,
  input: { userId: string; role: Role },
): Promise<{ userId: string; role: Role }> {
  const actor = requireRole(caller, ['admin']);
  return db.transaction(async (tx) => {
    const member = await memberOf(tx, actor.organisationId, input.userId);
    if (member.role === 'admin' && input.role !== 'admin') {
      if ((await otherAdmins(tx, actor.organisationId, input.userId)) === 0) {
        throw new ServiceError(
          'CONFLICT',
          'role: this is the organisation’s only admin; make someone else an admin first.',
          'role',
        );
      }
    }
    await tx
      .update(memberships)
      .set({ role: input.role })
      .where(eq(memberships.userId, input.userId));
    if (member.role !== input.role) {
      await appendAudit(tx, {
        organisationId: actor.organisationId,
        // The command line acts with no user id: it is someone at the server's terminal.
        actor: actor.userId === '' ? 'command-line' : actor.userId,
        action: 'member.role-changed',
        payload: { userId: input.userId, from: member.role, to: input.role },
        at: new Date(),
      });
    }
    return { userId: input.userId, role: input.role };
  });
}

/**
 * Takes a person out of the organisation (admins only): their membership, teams and sessions go,
 * their attempts stay for the record. The last admin cannot be removed.
 */
export async function removeMember(
  db: Database,
  caller: Actor | undefined,
  input: { userId: string },
): Promise<{ userId: string }> {
  const actor = requireRole(caller, ['admin']);
  return db.transaction(async (tx) => {
    const member = await memberOf(tx, actor.organisationId, input.userId);
    if (
      member.role === 'admin' &&
      (await otherAdmins(tx, actor.organisationId, input.userId)) === 0
    ) {
      throw new ServiceError(
        'CONFLICT',
        'userId: this is the organisation’s only admin; make someone else an admin first.',
        'userId',
      );
    }
    const orgTeams = tx
      .select({ id: teams.id })
      .from(teams)
      .where(eq(teams.organisationId, actor.organisationId));
    await tx
      .delete(teamMembers)
      .where(and(eq(teamMembers.userId, input.userId), sql`${teamMembers.teamId} in ${orgTeams}`));
    await tx.delete(memberships).where(eq(memberships.userId, input.userId));
    await tx.delete(sessions).where(eq(sessions.userId, input.userId));
    return { userId: input.userId };
  });
}

/** The actor behind a user id: their organisation and role, or undefined without a membership. */
export async function actorForUser(db: Queryable, userId: string): Promise<Actor | undefined> {
  const [row] = await db
    .select({ organisationId: memberships.organisationId, role: memberships.role })
    .from(memberships)
    .where(eq(memberships.userId, userId));
  return row === undefined
    ? undefined
    : { userId, organisationId: row.organisationId, role: row.role };
}

export async function organisationName(
  db: Queryable,
  organisationId: string,
): Promise<string | undefined> {
  const [row] = await db
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  return row?.name;
}
