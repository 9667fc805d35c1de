import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import {
  createAccount,
  hasAnyUser,
  listMembers,
  OrganisationNameSchema,
  parseOrRefuse,
  type Queryable,
  removeMember,
  setRole,
} from '../server/accounts.ts';
import { ROLES } from '../server/actor.ts';
import type { Actor, Role } from '../server/actor.ts';
import { databaseTargetFromEnv, openDatabase } from '../server/db/client.ts';
import type { Database } from '../server/db/client.ts';
import { DataFolderInUseError } from '../server/db/data-folder-lock.ts';
import { organisations, users } from '../server/db/schema.ts';
import { newId } from '../server/ids.ts';
import { createInvitation } from '../server/invitations.ts';
import { ServiceError } from '../server/service-error.ts';
import type { CommandIo } from './command-line.ts';
import { parseCommandLine, positiveInteger, UsageError } from './command-line.ts';

export const USERS_USAGE = `Usage: frontline users <action> [options]

Manages accounts from a terminal, on the same database as the server: the data folder
(FRONTLINE_DATA_DIR, default ./data; stop the server first, it holds the folder) or the
PostgreSQL server in DATABASE_URL.

Actions:
  list [--json]                         everyone in the organisation, with role and teams
  create --email E --name N [--role R] [--password-stdin]
                                        make an account (role: trainee by default); without
                                        --password-stdin a password is generated and printed once.
                                        On an empty database it also makes the organisation
                                        (--organisation NAME) and the first account is an admin
  set-role EMAIL ROLE                   change a person's role (admin, manager or trainee)
  invite [--role R] [--email E] [--days N] [--base-url URL]
                                        print an invitation link (7 days by default)
  remove EMAIL                          take a person out of the organisation (attempts are kept)

Options:
  --organisation NAME   which organisation, when the database holds more than one
  -h, --help            show this help

Exit status: 0 done, 1 refused (the message says why), 2 a bad command line.
`;

const OPTIONS = {
  email: { type: 'string' },
  name: { type: 'string' },
  role: { type: 'string' },
  'password-stdin': { type: 'boolean' },
  organisation: { type: 'string' },
  days: { type: 'string' },
  'base-url': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function roleOf(value: string | undefined, fallback: Role): Role {
  if (value === undefined) return fallback;
  if (!(ROLES as readonly string[]).includes(value)) {
    throw new UsageError(`"${value}" is not a role; use admin, manager or trainee`);
  }
  return value as Role;
}

async function readStdin(io: CommandIo): Promise<string> {
  let text = '';
  for await (const chunk of io.stdin) text += String(chunk);
  return text.replace(/\r?\n$/, '');
}

/** The organisation the command works on: the only one, or the one named. */
async function organisationOf(
  db: Queryable,
  name: string | undefined,
): Promise<{ id: string; name: string }> {
  const all = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations);
  if (name !== undefined) {
    const found = all.find((org) => org.name === name || org.id === name);
    if (found === undefined)
      throw new ServiceError('NOT_FOUND', `--organisation: there is no organisation "${name}".`);
    return found;
  }
  const [only] = all;
  if (only === undefined) {
    throw new ServiceError(
      'NOT_FOUND',
      'there is no organisation yet; run frontline users create --organisation NAME --email E --name N, or open /setup.',
    );
  }
  if (all.length > 1) {
    throw new ServiceError(
      'BAD_REQUEST',
      `--organisation: the database holds ${all.length} organisations (${all.map((org) => org.name).join(', ')}); name one.`,
    );
  }
  return only;
}

/** The terminal acts as an admin of the organisation, with no user behind it. */
function terminalActor(organisationId: string): Actor {
  return { userId: '', organisationId, role: 'admin' };
}

async function userIdByEmail(db: Database, email: string | undefined): Promise<string> {
  if (email === undefined || email === '') throw new UsageError('say whose account: an EMAIL');
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()));
  if (row === undefined)
    throw new ServiceError('NOT_FOUND', `EMAIL: there is no account for ${email}.`);
  return row.id;
}

type Values = ReturnType<typeof parseCommandLine<typeof OPTIONS>>['values'];

async function list(db: Database, values: Values, io: CommandIo): Promise<void> {
  const org = await organisationOf(db, values.organisation);
  const members = await listMembers(db, terminalActor(org.id));
  if (values.json === true) {
    for (const member of members) io.stdout.write(`${JSON.stringify(member)}\n`);
    return;
  }
  const rows = members.map((m) => [m.email, m.name, m.role, m.teams.map((t) => t.name).join(', ')]);
  const header = ['email', 'name', 'role', 'teams'];
  const widths = header.map((title, i) =>
    Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: string[]): string =>
    cells
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  io.stdout.write(`${org.name}: ${members.length} ${members.length === 1 ? 'person' : 'people'}\n`);
  io.stdout.write(`${[line(header), ...rows.map(line)].join('\n')}\n`);
}

async function create(db: Database, values: Values, io: CommandIo): Promise<void> {
  if (values.email === undefined) throw new UsageError('create needs --email');
  if (values.name === undefined) throw new UsageError('create needs --name');
  const generated = values['password-stdin'] !== true;
  const password = generated ? randomBytes(12).toString('base64url') : await readStdin(io);
  const account = { name: values.name, email: values.email, password };
  const created = await db.transaction(async (tx) => {
    const first = !(await hasAnyUser(tx));
    const orgs = await tx.select({ id: organisations.id }).from(organisations);
    let organisationId: string;
    if (orgs.length === 0) {
      if (values.organisation === undefined) {
        throw new UsageError(
          'the database is empty: name the new organisation with --organisation NAME',
        );
      }
      organisationId = newId();
      await tx.insert(organisations).values({
        id: organisationId,
        name: parseOrRefuse(OrganisationNameSchema, values.organisation),
      });
    } else {
      organisationId = (await organisationOf(tx, values.organisation)).id;
    }
    const role = first ? 'admin' : roleOf(values.role, 'trainee');
    return { ...(await createAccount(tx, account, { organisationId, role })), role };
  });
  io.stdout.write(`Created ${created.email} as ${created.role}.\n`);
  if (generated) io.stdout.write(`Password (shown once): ${password}\n`);
}

async function runAction(
  action: string,
  positionals: string[],
  values: Values,
  io: CommandIo,
): Promise<number> {
  const handle = await openDatabase(databaseTargetFromEnv(io.env));
  const db = handle.db;
  try {
    switch (action) {
      case 'list':
        await list(db, values, io);
        return 0;
      case 'create':
        await create(db, values, io);
        return 0;
      case 'set-role': {
        const [email, role] = positionals;
        if (role === undefined) throw new UsageError('set-role needs an EMAIL and a ROLE');
        const org = await organisationOf(db, values.organisation);
        const userId = await userIdByEmail(db, email);
        await setRole(db, terminalActor(org.id), { userId, role: roleOf(role, 'trainee') });
        io.stdout.write(`${email} is now ${role}.\n`);
        return 0;
      }
      case 'invite': {
        const org = await organisationOf(db, values.organisation);
        const days = positiveInteger(values.days, 'days', 7);
        const invitation = await createInvitation(db, terminalActor(org.id), {
          role: roleOf(values.role, 'trainee'),
          ...(values.email === undefined ? {} : { email: values.email }),
          expiresInDays: days,
        });
        const base = values['base-url'] ?? io.env['BETTER_AUTH_URL'] ?? 'http://localhost:4321';
        io.stdout.write(`${new URL(invitation.path, base).toString()}\n`);
        io.stderr.write(
          `A ${invitation.role} invitation to ${org.name}, valid until ${invitation.expiresAt}.\n`,
        );
        return 0;
      }
      case 'remove': {
        const [email] = positionals;
        const org = await organisationOf(db, values.organisation);
        const userId = await userIdByEmail(db, email);
        await removeMember(db, terminalActor(org.id), { userId });
        io.stdout.write(`Removed ${email ?? ''} from ${org.name}.\n`);
        return 0;
      }
      default:
        throw new UsageError(
          `"${action}" is not a users action; the actions are: list, create, set-role, invite, remove`,
        );
    }
  } finally {
    await handle.close();
  }
}

/** `frontline users <action>`: accounts from a terminal. */
export async function run(args: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseCommandLine(args, OPTIONS);
  const [action, ...rest] = positionals;
  if (values.help === true || action === undefined) {
    (action === undefined && values.help !== true ? io.stderr : io.stdout).write(USERS_USAGE);
    return action === undefined && values.help !== true ? 2 : 0;
  }
  roleOf(values.role, 'trainee'); // a made-up role is a usage error, before opening the database
  try {
    return await runAction(action, rest, values, io);
  } catch (error) {
    if (error instanceof ServiceError || error instanceof DataFolderInUseError) {
      io.stderr.write(`frontline users: ${error.message.replace(/\.$/, '')}.\n`);
      return 1;
    }
    throw error;
  }
}
