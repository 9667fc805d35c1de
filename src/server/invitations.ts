import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor, Role } from './actor.ts';
import { ROLES } from './actor.ts';
import { createAccount, parseOrRefuse } from './accounts.ts';
import type { NewAccount } from './accounts.ts';
import { requireRole } from './authorisation.ts';
import type { Database } from './db/client.ts';
import { invitations, organisations, teamMembers, teams } from './db/schema.ts';
import { hashToken, newId, newToken } from './ids.ts';
import { ServiceError } from './service-error.ts';

export const DEFAULT_INVITATION_DAYS = 7;

export const InvitationInputSchema = z.strictObject({
  role: z.enum(ROLES, { error: 'role: choose admin, manager or trainee.' }),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email('email: write an email address such as sam@example.com, or leave it empty.'))
    .optional(),
  teamId: z.string().trim().min(1).optional(),
  expiresInDays: z
    .number({ error: 'expiresInDays: write a number of days.' })
    .int('expiresInDays: write a whole number of days.')
    .min(1, 'expiresInDays: a link lasts at least 1 day.')
    .max(90, 'expiresInDays: a link lasts at most 90 days.')
    .optional(),
});
export type InvitationInput = z.input<typeof InvitationInputSchema>;

/** Who may invite whom: admins anyone, managers trainees only. */
function mayInvite(actor: Actor, role: Role): boolean {
  return actor.role === 'admin' || (actor.role === 'manager' && role === 'trainee');
}

/**
 * Creates an invitation link for the caller's organisation. The token is returned once, here;
 * only its hash is stored.
 */
export async function createInvitation(
  db: Database,
  caller: Actor | undefined,
  input: InvitationInput,
  now: Date = new Date(),
): Promise<{ invitationId: string; token: string; path: string; role: Role; expiresAt: string }> {
  const actor = requireRole(caller, ['admin', 'manager']);
  const parsed = parseOrRefuse(InvitationInputSchema, input);
  if (!mayInvite(actor, parsed.role)) {
    throw new ServiceError(
      'FORBIDDEN',
      `role: managers invite trainees; ask an admin to invite a ${parsed.role}.`,
      'role',
    );
  }
  if (parsed.teamId !== undefined) {
    const [team] = await db
      .select({ id: teams.id })
      .from(teams)
      .where(and(eq(teams.id, parsed.teamId), eq(teams.organisationId, actor.organisationId)));
    if (team === undefined) {
      throw new ServiceError(
        'NOT_FOUND',
        `teamId: there is no team \`${parsed.teamId}\` in your organisation.`,
        'teamId',
      );
    }
  }
  const token = newToken();
  const expiresAt = new Date(
    now.getTime() + (parsed.expiresInDays ?? DEFAULT_INVITATION_DAYS) * 86_400_000,
  );
  const invitationId = newId();
  await db.insert(invitations).values({
    id: invitationId,
    organisationId: actor.organisationId,
    tokenHash: hashToken(token),
    role: parsed.role,
    email: parsed.email ?? null,
    teamId: parsed.teamId ?? null,
    createdBy: actor.userId === '' ? null : actor.userId,
    createdAt: now,
    expiresAt,
  });
  return {
    invitationId,
    token,
    path: `/invite/${token}`,
    role: parsed.role,
    expiresAt: expiresAt.toISOString(),
  };
}

export interface InvitationSummary {
  organisationName: string;
  role: Role;
  email: string | null;
  expiresAt: string;
  status: 'open' | 'expired' | 'used';
}

/** What an invitation link offers, for the sign-up page; undefined for an unknown token. */
export async function invitationByToken(
  db: Database,
  token: string,
  now: Date = new Date(),
): Promise<InvitationSummary | undefined> {
  const [row] = await db
    .select({
      organisationName: organisations.name,
      role: invitations.role,
      email: invitations.email,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
    })
    .from(invitations)
    .innerJoin(organisations, eq(organisations.id, invitations.organisationId))
    .where(eq(invitations.tokenHash, hashToken(token)));
  if (row === undefined) return undefined;
  const status = row.acceptedAt !== null ? 'used' : row.expiresAt <= now ? 'expired' : 'open';
  return {
    organisationName: row.organisationName,
    role: row.role,
    email: row.email,
    expiresAt: row.expiresAt.toISOString(),
    status,
  };
}

/** Signs a person up through an invitation: one account, in that organisation, with that role. */
export async function acceptInvitation(
  db: Database,
  token: string,
  account: NewAccount,
  now: Date = new Date(),
): Promise<{ userId: string; email: string; organisationId: string; role: Role }> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(invitations)
      .where(eq(invitations.tokenHash, hashToken(token)))
      .for('update');
    if (row === undefined) {
      throw new ServiceError(
        'NOT_FOUND',
        'token: this invitation link is not valid; ask for a new one.',
        'token',
      );
    }
    if (row.acceptedAt !== null) {
      throw new ServiceError(
        'CONFLICT',
        'token: this invitation link has been used; sign in instead.',
        'token',
      );
    }
    if (row.expiresAt <= now) {
      throw new ServiceError(
        'CONFLICT',
        'token: this invitation link has expired; ask for a new one.',
        'token',
      );
    }
    if (row.email !== null && account.email.trim().toLowerCase() !== row.email) {
      throw new ServiceError(
        'BAD_REQUEST',
        `email: this invitation is for ${row.email}; use that address.`,
        'email',
      );
    }
    const created = await createAccount(tx, account, {
      organisationId: row.organisationId,
      role: row.role,
    });
    if (row.teamId !== null) {
      await tx
        .insert(teamMembers)
        .values({ teamId: row.teamId, userId: created.userId })
        .onConflictDoNothing();
    }
    await tx
      .update(invitations)
      .set({ acceptedAt: now, acceptedBy: created.userId })
      .where(eq(invitations.id, row.id));
    return { ...created, organisationId: row.organisationId, role: row.role };
  });
}

/** Invitations not used and not expired yet (managers and admins). */
export async function listOpenInvitations(
  db: Database,
  caller: Actor | undefined,
  now: Date = new Date(),
): Promise<
  {
    invitationId: string;
    role: Role;
    email: string | null;
    expiresAt: string;
    teamId: string | null;
  }[]
> {
  const actor = requireRole(caller, ['admin', 'manager']);
  const rows = await db
    .select()
    .from(invitations)
    .where(
      and(
        eq(invitations.organisationId, actor.organisationId),
        isNull(invitations.acceptedAt),
        gt(invitations.expiresAt, now),
      ),
    )
    .orderBy(asc(invitations.expiresAt));
  return rows.map((row) => ({
    invitationId: row.id,
    role: row.role,
    email: row.email,
    expiresAt: row.expiresAt.toISOString(),
    teamId: row.teamId,
  }));
}
