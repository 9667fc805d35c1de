import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from './actor.ts';
import { parseOrRefuse } from './accounts.ts';
import { requireRole } from './authorisation.ts';
import type { Database } from './db/client.ts';
import { memberships, teamMembers, teams } from './db/schema.ts';
import { newId } from './ids.ts';
import { ServiceError } from './service-error.ts';

const TeamNameSchema = z
  .string()
  .trim()
  .min(1, 'name: write the team’s name.')
  .max(100, 'name: keep the team’s name under 100 characters.');

export interface Team {
  id: string;
  name: string;
  memberIds: string[];
}

/** The organisation's teams or cohorts with their members (managers and admins). */
export async function listTeams(db: Database, caller: Actor | undefined): Promise<Team[]> {
  const actor = requireRole(caller, ['admin', 'manager']);
  const rows = await db
    .select()
    .from(teams)
    .where(eq(teams.organisationId, actor.organisationId))
    .orderBy(asc(teams.name));
  const members = await db
    .select({ teamId: teamMembers.teamId, userId: teamMembers.userId })
    .from(teamMembers)
    .innerJoin(teams, eq(teams.id, teamMembers.teamId))
    .where(eq(teams.organisationId, actor.organisationId));
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    memberIds: members.filter((member) => member.teamId === row.id).map((member) => member.userId),
  }));
}

export async function createTeam(
  db: Database,
  caller: Actor | undefined,
  input: { name: string },
): Promise<{ teamId: string; name: string }> {
  const actor = requireRole(caller, ['admin', 'manager']);
  const name = parseOrRefuse(TeamNameSchema, input.name);
  const [existing] = await db
    .select({ id: teams.id })
    .from(teams)
    .where(and(eq(teams.organisationId, actor.organisationId), eq(teams.name, name)));
  if (existing !== undefined) {
    throw new ServiceError('CONFLICT', `name: there is already a team called “${name}”.`, 'name');
  }
  const teamId = newId();
  await db.insert(teams).values({ id: teamId, organisationId: actor.organisationId, name });
  return { teamId, name };
}

async function checkTeamAndMember(db: Database, actor: Actor, teamId: string, userId: string) {
  const [team] = await db
    .select({ id: teams.id })
    .from(teams)
    .where(and(eq(teams.id, teamId), eq(teams.organisationId, actor.organisationId)));
  if (team === undefined) {
    throw new ServiceError(
      'NOT_FOUND',
      `teamId: there is no team \`${teamId}\` in your organisation.`,
      'teamId',
    );
  }
  const [member] = await db
    .select({ id: memberships.userId })
    .from(memberships)
    .where(
      and(eq(memberships.userId, userId), eq(memberships.organisationId, actor.organisationId)),
    );
  if (member === undefined) {
    throw new ServiceError(
      'NOT_FOUND',
      `userId: there is no member \`${userId}\` in your organisation.`,
      'userId',
    );
  }
}

export async function addTeamMember(
  db: Database,
  caller: Actor | undefined,
  input: { teamId: string; userId: string },
): Promise<{ teamId: string; userId: string }> {
  const actor = requireRole(caller, ['admin', 'manager']);
  await checkTeamAndMember(db, actor, input.teamId, input.userId);
  await db.insert(teamMembers).values(input).onConflictDoNothing();
  return input;
}

export async function removeTeamMember(
  db: Database,
  caller: Actor | undefined,
  input: { teamId: string; userId: string },
): Promise<{ teamId: string; userId: string }> {
  const actor = requireRole(caller, ['admin', 'manager']);
  await checkTeamAndMember(db, actor, input.teamId, input.userId);
  await db
    .delete(teamMembers)
    .where(and(eq(teamMembers.teamId, input.teamId), eq(teamMembers.userId, input.userId)));
  return input;
}
