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

// --- certification -----------------------------------------------------------------------------

/** A manager's certification track; `definition` is the core's CertificationTrack, validated on write. */
export const certificationTracks = pgTable(
  'certification_tracks',
  {
    id: text('id').primaryKey(),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    /** The definition's own id (a slug), unique in the organisation. */
    trackId: text('track_id').notNull(),
    definition: jsonb('definition').notNull(),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex('certification_tracks_organisation_track_idx').on(
      table.organisationId,
      table.trackId,
    ),
  ],
);

export const EXAM_STATUSES = ['in-progress', 'review', 'passed', 'failed'] as const;

/**
 * One sitting of a track's exam: the draw, and the track definition and rubric version frozen at
 * the start, so a later edit of the track changes nothing for an exam under way.
 */
export const exams = pgTable(
  'exams',
  {
    id: text('id').primaryKey(),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    trackRowId: text('track_row_id')
      .notNull()
      .references(() => certificationTracks.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    seed: bigint('seed', { mode: 'number' }).notNull(),
    scenarioIds: jsonb('scenario_ids').notNull(),
    track: jsonb('track').notNull(),
    rubricVersion: text('rubric_version').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true, precision: 3 }).notNull(),
    /** When it was handed in, or collected when its time ran out. */
    finishedAt: timestamp('finished_at', { withTimezone: true, precision: 3 }),
    status: text('status', { enum: EXAM_STATUSES }).notNull().default('in-progress'),
  },
  (table) => [
    index('exams_user_track_idx').on(table.userId, table.trackRowId, table.startedAt),
    index('exams_organisation_status_idx').on(table.organisationId, table.status),
    check(
      'exams_status_check',
      sql`${table.status} in ('in-progress', 'review', 'passed', 'failed')`,
    ),
  ],
);

/** The practice attempt that plays each drawn scenario of an exam (attempts.mode = 'exam'). */
export const examAttempts = pgTable(
  'exam_attempts',
  {
    examId: text('exam_id')
      .notNull()
      .references(() => exams.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    attemptId: text('attempt_id')
      .notNull()
      .unique()
      .references(() => attempts.id, { onDelete: 'cascade' }),
  },
  (table) => [primaryKey({ columns: [table.examId, table.position] })],
);

/** An exam's grade: the submission as graded, the automatic verdict and the adjusted one, both kept. */
export const examGrades = pgTable('exam_grades', {
  examId: text('exam_id')
    .primaryKey()
    .references(() => exams.id, { onDelete: 'cascade' }),
  submission: jsonb('submission').notNull(),
  automatic: jsonb('automatic').notNull(),
  adjusted: jsonb('adjusted'),
  /** The grade that stands: the adjusted one when there is one. */
  passed: boolean('passed').notNull(),
  rubricVersions: jsonb('rubric_versions').notNull(),
  gradedAt: timestamp('graded_at', { withTimezone: true, precision: 3 }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull(),
});

export const REVIEW_REASONS = [
  'near-pass-mark',
  'flagged',
  'disputed',
  'override',
  'rubric-changed',
] as const;

/** Why an exam is in the review queue; open until a manager approves the grade. */
export const examReviews = pgTable(
  'exam_reviews',
  {
    id: text('id').primaryKey(),
    examId: text('exam_id')
      .notNull()
      .references(() => exams.id, { onDelete: 'cascade' }),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    reason: text('reason', { enum: REVIEW_REASONS }).notNull(),
    /** The trainee's comment or the near misses, in words. */
    detail: text('detail').notNull().default(''),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true, precision: 3 }),
    resolvedBy: text('resolved_by'),
  },
  (table) => [
    index('exam_reviews_organisation_idx').on(table.organisationId, table.resolvedAt),
    index('exam_reviews_exam_idx').on(table.examId),
  ],
);

/** A manager's verdict on one criterion of one exam reply, with the scorer's for calibration. */
export const examOverrides = pgTable(
  'exam_overrides',
  {
    id: text('id').primaryKey(),
    examId: text('exam_id')
      .notNull()
      .references(() => exams.id, { onDelete: 'cascade' }),
    scenarioId: text('scenario_id').notNull(),
    turn: text('turn').notNull(),
    item: text('item'),
    criterion: text('criterion').notNull(),
    status: text('status').notNull(),
    scorerStatus: text('scorer_status').notNull(),
    reason: text('reason').notNull(),
    managerId: text('manager_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull(),
  },
  (table) => [index('exam_overrides_exam_idx').on(table.examId, table.createdAt)],
);

/** A trainee's disagreement with a grade or an override, in their words. */
export const examDisputes = pgTable(
  'exam_disputes',
  {
    id: text('id').primaryKey(),
    examId: text('exam_id')
      .notNull()
      .references(() => exams.id, { onDelete: 'cascade' }),
    userId: text('user_id').notNull(),
    comment: text('comment').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull(),
  },
  (table) => [index('exam_disputes_exam_idx').on(table.examId)],
);

/** The registry: each certificate as signed, its code, and its signed revocation if any. */
export const certificates = pgTable(
  'certificates',
  {
    id: text('id').primaryKey(),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    holderId: text('holder_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    trackRowId: text('track_row_id')
      .notNull()
      .references(() => certificationTracks.id, { onDelete: 'cascade' }),
    examId: text('exam_id')
      .notNull()
      .unique()
      .references(() => exams.id, { onDelete: 'cascade' }),
    code: text('code').notNull().unique(),
    /** The signed record, read back without transforms. */
    record: jsonb('record').notNull(),
    signature: text('signature').notNull(),
    revocation: jsonb('revocation'),
    issuedAt: timestamp('issued_at', { withTimezone: true, precision: 3 }).notNull(),
    validUntil: timestamp('valid_until', { withTimezone: true, precision: 3 }).notNull(),
  },
  (table) => [
    index('certificates_organisation_idx').on(table.organisationId, table.issuedAt),
    index('certificates_holder_idx').on(table.holderId, table.trackRowId),
  ],
);

/** The hash-chained audit log, one chain per organisation; rows are only ever inserted. */
export const auditLog = pgTable(
  'audit_log',
  {
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    reason: text('reason'),
    payload: jsonb('payload').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (table) => [primaryKey({ columns: [table.organisationId, table.seq] })],
);

/** The last entry of each organisation's chain, kept apart so a cut-off log is detected. */
export const auditHeads = pgTable('audit_heads', {
  organisationId: text('organisation_id')
    .primaryKey()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  seq: integer('seq').notNull(),
  hash: text('hash').notNull(),
});

/** A token a publishing tool sends to the posting-permission API; only its hash is kept. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: text('id').primaryKey(),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (table) => [index('api_tokens_organisation_idx').on(table.organisationId)],
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
  certificationTracks,
  exams,
  examAttempts,
  examGrades,
  examReviews,
  examOverrides,
  examDisputes,
  certificates,
  auditLog,
  auditHeads,
  apiTokens,
};
