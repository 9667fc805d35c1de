// The one database schema, for embedded PGlite and any PostgreSQL alike. The first five tables
// are better-auth's (user, session, account, verification, rateLimit, mapped in auth.ts); the rest
// are Frontline's own. Migrations are generated from this file: `npm run db:generate`.
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

// --- better-auth -------------------------------------------------------------------------------

export const users = pgTable('users', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  email: text('email').notNull().unique(),
  emailVerified: boolean('email_verified').notNull().default(false),
  image: text('image'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    token: text('token').notNull().unique(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (table) => [index('sessions_user_id_idx').on(table.userId)],
);

export const accounts = pgTable(
  'accounts',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    providerId: text('provider_id').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    accessToken: text('access_token'),
    refreshToken: text('refresh_token'),
    idToken: text('id_token'),
    accessTokenExpiresAt: timestamp('access_token_expires_at', { withTimezone: true }),
    refreshTokenExpiresAt: timestamp('refresh_token_expires_at', { withTimezone: true }),
    scope: text('scope'),
    password: text('password'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index('accounts_user_id_idx').on(table.userId)],
);

export const verifications = pgTable(
  'verifications',
  {
    id: text('id').primaryKey(),
    identifier: text('identifier').notNull(),
    value: text('value').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index('verifications_identifier_idx').on(table.identifier)],
);

/** better-auth's rate-limit counters, kept here so that every app server sees the same counts. */
export const rateLimits = pgTable('rate_limits', {
  id: text('id').primaryKey(),
  key: text('key').notNull().unique(),
  count: integer('count').notNull(),
  lastRequest: bigint('last_request', { mode: 'number' }).notNull(),
});

// --- Frontline ---------------------------------------------------------------------------------

/** Settings shared by every app server, such as the generated auth secret. */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/** A brand: its people, teams and attempts belong to it. */
export const organisations = pgTable('organisations', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  createdAt: createdAt(),
});

/** A user's place in an organisation: one organisation per user. */
export const memberships = pgTable(
  'memberships',
  {
    userId: text('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['admin', 'manager', 'trainee'] }).notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    index('memberships_organisation_idx').on(table.organisationId),
    check('memberships_role_check', sql`${table.role} in ('admin', 'manager', 'trainee')`),
  ],
);

/** A team or cohort of trainees inside an organisation. */
export const teams = pgTable(
  'teams',
  {
    id: text('id').primaryKey(),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex('teams_organisation_name_idx').on(table.organisationId, table.name)],
);

export const teamMembers = pgTable(
  'team_members',
  {
    teamId: text('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (table) => [
    primaryKey({ columns: [table.teamId, table.userId] }),
    index('team_members_user_idx').on(table.userId),
  ],
);

/** A link that lets one person sign up into an organisation with a role; only its hash is kept. */
export const invitations = pgTable(
  'invitations',
  {
    id: text('id').primaryKey(),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    role: text('role', { enum: ['admin', 'manager', 'trainee'] }).notNull(),
    email: text('email'),
    teamId: text('team_id').references(() => teams.id, { onDelete: 'set null' }),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    acceptedBy: text('accepted_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (table) => [
    index('invitations_organisation_idx').on(table.organisationId),
    check('invitations_role_check', sql`${table.role} in ('admin', 'manager', 'trainee')`),
  ],
);

/** One run of a scenario by one user; `state` is the engine's state after the last turn. */
export const attempts = pgTable(
  'attempts',
  {
    id: text('id').primaryKey(),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    scenarioId: text('scenario_id').notNull(),
    mode: text('mode', { enum: ['practice', 'exam'] })
      .notNull()
      .default('practice'),
    rubricVersion: text('rubric_version').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true, precision: 3 }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true, precision: 3 }),
    outcomeId: text('outcome_id'),
    /** Mean of the reply scores so far, or null before the first reply. */
    score: integer('score'),
    turnCount: integer('turn_count').notNull().default(0),
    state: jsonb('state').notNull(),
  },
  (table) => [
    index('attempts_user_idx').on(table.userId, table.startedAt),
    index('attempts_organisation_idx').on(table.organisationId, table.startedAt),
  ],
);

/** Every action of every attempt, with the server's timing, score report and resulting state. */
export const attemptTurns = pgTable(
  'attempt_turns',
  {
    attemptId: text('attempt_id')
      .notNull()
      .references(() => attempts.id, { onDelete: 'cascade' }),
    index: integer('index').notNull(),
    /** The engine action as applied, with `at` in seconds since the attempt started. */
    action: jsonb('action').notNull(),
    actionType: text('action_type').notNull(),
    item: text('item'),
    replyText: text('reply_text'),
    /** Milliseconds since the attempt started, measured by the server when the request arrived. */
    atMs: integer('at_ms').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true, precision: 3 }).notNull(),
    report: jsonb('report'),
    rubricVersion: text('rubric_version'),
    score: integer('score'),
    state: jsonb('state').notNull(),
  },
  (table) => [primaryKey({ columns: [table.attemptId, table.index] })],
);

export const schema = {
  users,
  sessions,
  accounts,
  verifications,
  rateLimits,
  settings,
  organisations,
  memberships,
  teams,
  teamMembers,
  invitations,
  attempts,
  attemptTurns,
};
