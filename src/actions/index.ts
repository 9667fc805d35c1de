import { ActionError, defineAction } from 'astro:actions';
import type { ActionAPIContext } from 'astro:actions';
import { z } from 'zod';
import { ROLES } from '../server/actor.ts';
import type { Actor } from '../server/actor.ts';
import { listMembers, removeMember, setRole } from '../server/accounts.ts';
import { practiceContext } from '../server/app-context.ts';
import { createInvitation, InvitationInputSchema } from '../server/invitations.ts';
import { getAttempt, startPractice } from '../server/practice.ts';
import { practiceHistory, practiceLibrary } from '../server/practice-progress.ts';
import { GetAttemptInputSchema, StartInputSchema } from '../server/practice-input.ts';
import { serverRuntime } from '../server/runtime.ts';
import { ServiceError } from '../server/service-error.ts';
import { addTeamMember, createTeam, listTeams, removeTeamMember } from '../server/teams.ts';
import { certification } from './certification.ts';

// Thin: validate with zod, find the caller, call a service; services check role and organisation.
// Acting on an attempt, whose answer is large, is a JSON route instead: src/pages/api/practice/act.ts.

function callerOf(context: ActionAPIContext): Actor | undefined {
  return context.locals.actor;
}

/** Runs a service, turning its refusals into ActionErrors with the same code and message. */
async function run<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ServiceError) {
      throw new ActionError({ code: error.code, message: error.message });
    }
    throw error;
  }
}

/** The practice actions never play or show an exam's attempt: the certification actions do. */
const PRACTICE_ONLY = { mode: 'practice' } as const;

const UserIdInput = z.strictObject({ userId: z.string().trim().min(1).max(200) });
const TeamMemberInput = UserIdInput.extend({ teamId: z.string().trim().min(1).max(200) });

export const server = {
  certification,
  practice: {
    library: defineAction({
      handler: (_input, context) =>
        run(async () => practiceLibrary(await practiceContext(), callerOf(context))),
    }),
    start: defineAction({
      input: StartInputSchema,
      handler: (input, context) =>
        run(async () => startPractice(await practiceContext(), callerOf(context), input)),
    }),
    get: defineAction({
      input: GetAttemptInputSchema,
      handler: (input, context) =>
        run(async () =>
          getAttempt(await practiceContext(), callerOf(context), input, PRACTICE_ONLY),
        ),
    }),
    history: defineAction({
      handler: (_input, context) =>
        run(async () => practiceHistory(await practiceContext(), callerOf(context))),
    }),
  },
  team: {
    members: defineAction({
      handler: (_input, context) =>
        run(async () => ({
          members: await listMembers((await serverRuntime()).db, callerOf(context)),
        })),
    }),
    teams: defineAction({
      handler: (_input, context) =>
        run(async () => ({
          teams: await listTeams((await serverRuntime()).db, callerOf(context)),
        })),
    }),
    invite: defineAction({
      accept: 'form',
      input: z.strictObject({
        role: InvitationInputSchema.shape.role,
        email: z.string().trim().max(320).optional(),
        teamId: z.string().trim().max(200).optional(),
        expiresInDays: z.coerce.number().optional(),
      }),
      handler: (input, context) =>
        run(async () =>
          createInvitation((await serverRuntime()).db, callerOf(context), {
            role: input.role,
            ...(input.email ? { email: input.email } : {}),
            ...(input.teamId ? { teamId: input.teamId } : {}),
            ...(input.expiresInDays === undefined ? {} : { expiresInDays: input.expiresInDays }),
          }),
        ),
    }),
    setRole: defineAction({
      accept: 'form',
      input: UserIdInput.extend({ role: z.enum(ROLES) }),
      handler: (input, context) =>
        run(async () => setRole((await serverRuntime()).db, callerOf(context), input)),
    }),
    remove: defineAction({
      accept: 'form',
      input: UserIdInput,
      handler: (input, context) =>
        run(async () => removeMember((await serverRuntime()).db, callerOf(context), input)),
    }),
    createTeam: defineAction({
      accept: 'form',
      input: z.strictObject({ name: z.string().max(1000) }),
      handler: (input, context) =>
        run(async () => createTeam((await serverRuntime()).db, callerOf(context), input)),
    }),
    addMember: defineAction({
      accept: 'form',
      input: TeamMemberInput,
      handler: (input, context) =>
        run(async () => addTeamMember((await serverRuntime()).db, callerOf(context), input)),
    }),
    removeMember: defineAction({
      accept: 'form',
      input: TeamMemberInput,
      handler: (input, context) =>
        run(async () => removeTeamMember((await serverRuntime()).db, callerOf(context), input)),
    }),
  },
};
