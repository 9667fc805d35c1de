import { asc, eq, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import { RUBRIC_VERSION } from '../../scoring/index.ts';
import type { ScoreReport } from '../../scoring/index.ts';
import { advance, SimulationError, startAttempt } from '../simulator/engine.ts';
import type { EngineOptions, SimulationState, TraineeAction } from '../simulator/engine.ts';
import type { Scenario } from '../simulator/schema.ts';
import type { Actor } from './actor.ts';
import { attemptScore, attemptView } from './attempt-view.ts';
import type { AttemptView } from './attempt-view.ts';
import { isStaff, requireActor } from './authorisation.ts';
import type { Database } from './db/client.ts';
import type { SessionClaim } from './session-caller.ts';
import { attempts, attemptTurns } from './db/schema.ts';
import { newId } from './ids.ts';
import { MAX_REPLY_LENGTH } from './practice-input.ts';
import type { PracticeActionInput } from './practice-input.ts';
import type { ScenarioCatalog } from './scenario-catalog.ts';
import { ServiceError } from './service-error.ts';

/** What the practice services need besides the caller. */
export interface PracticeContext {
  db: Database;
  catalog: ScenarioCatalog;
  /** The server's clock; tests pass their own. */
  now?: () => Date;
  engine?: EngineOptions;
}

type AttemptRow = typeof attempts.$inferSelect;

/**
 * Which attempts a call may touch. The practice actions pass `{ mode: 'practice' }`, so an exam's
 * attempt is neither played nor shown (with its scores) through them; the exam services, which
 * hide scores themselves, leave it out.
 */
export interface AttemptScope {
  mode?: 'practice' | 'exam';
}

function notFound(attemptId: string): ServiceError {
  return new ServiceError(
    'NOT_FOUND',
    `attemptId: there is no attempt \`${attemptId}\`.`,
    'attemptId',
  );
}

function clock(context: PracticeContext): Date {
  return context.now?.() ?? new Date();
}

function scenarioOf(context: PracticeContext, id: string, field: string): Scenario {
  const scenario = context.catalog.get(id);
  if (scenario === undefined) {
    throw new ServiceError('NOT_FOUND', `${field}: there is no scenario \`${id}\`.`, field);
  }
  return scenario;
}

/** A jsonb parameter for raw SQL: null stays SQL null. */
function json(value: unknown): SQL {
  return value === null ? sql`null` : sql`${JSON.stringify(value)}::jsonb`;
}

function view(
  context: PracticeContext,
  row: Pick<AttemptRow, 'id' | 'scenarioId' | 'mode' | 'startedAt' | 'state'>,
  now: Date,
): AttemptView {
  const scenario = scenarioOf(context, row.scenarioId, 'scenarioId');
  return attemptView(
    {
      id: row.id,
      scenarioId: row.scenarioId,
      mode: row.mode,
      startedAt: row.startedAt,
      state: row.state as SimulationState,
    },
    scenario,
    now,
  );
}

/** The attempt if the caller may see it: their own, or any of their organisation's if staff. */
function readable(
  row: AttemptRow | undefined,
  actor: Actor,
  attemptId: string,
  scope: AttemptScope,
): AttemptRow {
  if (row !== undefined && scope.mode !== undefined && row.mode !== scope.mode) {
    throw notFound(attemptId);
  }
  if (row === undefined || row.organisationId !== actor.organisationId) {
    throw notFound(attemptId);
  }
  if (row.userId !== actor.userId && !isStaff(actor)) {
    throw new ServiceError(
      'FORBIDDEN',
      'attemptId: this attempt belongs to someone else; open one of your own.',
      'attemptId',
    );
  }
  return row;
}

/** Starts a practice attempt of a scenario for the caller. */
export async function startPractice(
  context: PracticeContext,
  caller: Actor | undefined,
  input: { scenarioId: string },
): Promise<{ attemptId: string; view: AttemptView }> {
  const actor = requireActor(caller);
  const scenario = scenarioOf(context, input.scenarioId, 'scenarioId');
  const state = startAttempt(scenario);
  const now = clock(context);
  const row = {
    id: newId(),
    organisationId: actor.organisationId,
    userId: actor.userId,
    scenarioId: input.scenarioId,
    mode: 'practice' as const,
    rubricVersion: RUBRIC_VERSION,
    startedAt: now,
    state,
  };
  // Only the id comes back: the view is drawn from what was sent, not the stored state read back.
  const [saved] = await context.db.insert(attempts).values(row).returning({ id: attempts.id });
  if (saved === undefined) throw new Error('the attempt was not saved');
  remember(context.db, { ...row, finishedAt: null, outcomeId: null, score: null, turnCount: 0 });
  return { attemptId: row.id, view: view(context, row, now) };
}

function checkAction(action: PracticeActionInput): void {
  if (action.type !== 'reply') return;
  if (action.text.trim() === '') {
    throw new ServiceError(
      'BAD_REQUEST',
      'action.text: the reply is empty; write a reply.',
      'action.text',
    );
  }
  if (action.text.length > MAX_REPLY_LENGTH) {
    throw new ServiceError(
      'BAD_REQUEST',
      `action.text: the reply is ${action.text.length.toLocaleString('en')} characters long; shorten it to ${MAX_REPLY_LENGTH.toLocaleString('en')} or fewer.`,
      'action.text',
    );
  }
}

function engineAction(action: PracticeActionInput, at: number): TraineeAction {
  if (action.type === 'wait') return { type: 'wait', at };
  const item = action.item === undefined ? {} : { item: action.item };
  if (action.type === 'reply') return { type: 'reply', at, text: action.text, ...item };
  return { type: action.type, at, ...item };
}

function prepareAttemptRead(db: Database) {
  return db
    .select()
    .from(attempts)
    .where(eq(attempts.id, sql.placeholder('id')))
    .prepare('frontline_attempt');
}

const attemptReads = new WeakMap<Database, ReturnType<typeof prepareAttemptRead>>();

/** An attempt's row (its state holds what the view shows of its turns), by a prepared query. */
async function attemptRow(db: Database, attemptId: string): Promise<AttemptRow | undefined> {
  let read = attemptReads.get(db);
  if (read === undefined) {
    read = prepareAttemptRead(db);
    attemptReads.set(db, read);
  }
  const [row] = await read.execute({ id: attemptId });
  return row;
}

/** How many attempts a process remembers as it last saved them (about 10 KB each). */
const REMEMBERED = 512;
const remembered = new WeakMap<Database, Map<string, AttemptRow>>();

/**
 * Keeps the row of an attempt as this process last saved it, so that the next action on it can
 * skip reading it back. It is only ever a guess: the save checks in the database that the attempt
 * is still as remembered (turn count, owner, mode, finished), and on a mismatch (another process
 * or a grader got there first) the action reads the row and starts again. Nothing depends on it
 * being here, so any process may answer any request.
 */
function remember(db: Database, row: AttemptRow): void {
  let rows = remembered.get(db);
  if (rows === undefined) {
    rows = new Map();
    remembered.set(db, rows);
  }
  rows.delete(row.id);
  rows.set(row.id, row);
  if (rows.size > REMEMBERED) {
    const oldest = rows.keys().next().value;
    if (oldest !== undefined) rows.delete(oldest);
  }
}

function recall(db: Database, attemptId: string): AttemptRow | undefined {
  return remembered.get(db)?.get(attemptId);
}

function forget(db: Database, attemptId: string): void {
  remembered.get(db)?.delete(attemptId);
}

/** How often an action is tried again when another one on the same attempt was saved first. */
const SAVE_TRIES = 20;

/** Everything an action does, worked out on a row before it is saved. */
interface PlannedAction {
  row: AttemptRow;
  /** The attempt as the save leaves it, and as it is then remembered. */
  after: AttemptRow;
  report: ScoreReport | null;
  applied: TraineeAction;
  index: number;
  now: Date;
  atMs: number;
  result: AttemptView;
}

/**
 * Works out `input`'s action on `row` for its player `player`, or throws the refusal: no such
 * attempt in the player's organisation (or in the scope), someone else's, ended, or an action the
 * scenario does not allow.
 */
function planAction(
  context: PracticeContext,
  player: Pick<Actor, 'userId' | 'organisationId'>,
  input: { attemptId: string; action: PracticeActionInput },
  scope: AttemptScope,
  row: AttemptRow | undefined,
): PlannedAction {
  if (row !== undefined && scope.mode !== undefined && row.mode !== scope.mode) {
    throw notFound(input.attemptId);
  }
  if (row === undefined || row.organisationId !== player.organisationId) {
    throw notFound(input.attemptId);
  }
  if (row.userId !== player.userId) {
    throw new ServiceError(
      'FORBIDDEN',
      'attemptId: only the person who started this attempt can play it.',
      'attemptId',
    );
  }
  const scenario = scenarioOf(context, row.scenarioId, 'scenarioId');
  const state = row.state as SimulationState;
  if (state.outcome !== null) {
    throw new ServiceError(
      'CONFLICT',
      'attemptId: this attempt has ended; start a new one to try again.',
      'attemptId',
    );
  }
  const now = clock(context);
  // The clock never runs backwards, even if the server's does.
  const atMs = Math.max(now.getTime() - row.startedAt.getTime(), Math.round(state.clock * 1000));
  let step;
  try {
    step = advance(scenario, state, engineAction(input.action, atMs / 1000), context.engine);
  } catch (error) {
    if (error instanceof SimulationError) {
      const field = error.code === 'item' ? 'action.item' : 'action.type';
      throw new ServiceError('BAD_REQUEST', `${field}: ${error.message}.`, field);
    }
    throw error;
  }
  const next = step.state;
  const index = row.turnCount;
  const after: AttemptRow = {
    ...row,
    state: next,
    turnCount: index + 1,
    score: attemptScore(next),
    outcomeId: next.outcome?.id ?? null,
    finishedAt: next.outcome === null ? null : now,
  };
  return {
    row,
    after,
    report: step.grade?.report ?? null,
    applied: next.actions[next.actions.length - 1] as TraineeAction,
    index,
    now,
    atMs,
    result: view(context, after, now),
  };
}

/**
 * Saves a planned action in one statement, so all or nothing: the attempt is updated only if it is
 * still as planned on (no turn saved since, same owner, mode and finish), and the turn is inserted
 * only if the attempt was. With a session token, also only if that session is the owner's, has
 * not expired, and the owner is still a member of the attempt's organisation; the session's
 * expiry comes back. Undefined when nothing was saved.
 */
async function saveAction(
  db: Database,
  planned: PlannedAction,
  session?: { token: string },
): Promise<{ sessionExpiresAt: Date | null } | undefined> {
  const { row, after, report, applied, index, now, atMs } = planned;
  const sessionHolds =
    session === undefined
      ? sql``
      : sql`and exists (select 1 from sessions s join memberships m on m.user_id = s.user_id
            and m.organisation_id = ${row.organisationId}
          where s.token = ${session.token} and s.user_id = ${row.userId}
            and s.expires_at > ${now.toISOString()}::timestamptz)`;
  const sessionExpiry =
    session === undefined
      ? sql`null::timestamptz`
      : sql`(select expires_at from sessions where token = ${session.token})`;
  const saved = (await db.execute(sql`
    with updated as (
      update attempts set state = ${json(after.state)}, turn_count = ${after.turnCount},
        score = ${after.score}, outcome_id = ${after.outcomeId},
        finished_at = ${after.finishedAt?.toISOString() ?? null}
      where id = ${row.id} and turn_count = ${index}
        and organisation_id = ${row.organisationId} and user_id = ${row.userId}
        and mode = ${row.mode}
        and finished_at is not distinct from ${row.finishedAt?.toISOString() ?? null}::timestamptz
        ${sessionHolds}
      returning id, state, ${sessionExpiry} as session_expires_at
    )
    insert into attempt_turns (attempt_id, "index", action, action_type, item, reply_text,
      at_ms, received_at, report, rubric_version, score, state)
    select id, ${index}::integer, ${json(applied)}, ${applied.type}::text,
      ${'item' in applied ? (applied.item ?? null) : null}::text,
      ${applied.type === 'reply' ? applied.text : null}::text, ${atMs}::integer,
      ${now.toISOString()}::timestamptz, ${json(report)}, ${report?.rubricVersion ?? null}::text,
      ${report?.score ?? null}::integer, state
    from updated
    returning "index", (select session_expires_at from updated) as session_expires_at`)) as {
    rows: { session_expires_at: Date | string | null }[];
  };
  const [done] = saved.rows;
  if (done === undefined) return undefined;
  const expires = done.session_expires_at;
  return { sessionExpiresAt: expires === null ? null : new Date(expires) };
}

/**
 * Applies one action to the caller's attempt, timed by the server: one read of the attempt (none
 * when this process saved it last and remembers it), then one statement that saves the turn and
 * the attempt only if the attempt is still as read: nothing saved on it since (turn count), same
 * owner, mode and finish. Two requests for one attempt so take turns: the one that finds it moved
 * on reads it again and applies its action after the other. Nothing is saved unless the whole
 * action, view included, has been worked out.
 */
export async function actOnAttempt(
  context: PracticeContext,
  caller: Actor | undefined,
  input: { attemptId: string; action: PracticeActionInput },
  scope: AttemptScope = {},
): Promise<{ view: AttemptView }> {
  const actor = requireActor(caller);
  checkAction(input.action);
  for (let tries = 0; tries < SAVE_TRIES; tries += 1) {
    const recalled = tries === 0 ? recall(context.db, input.attemptId) : undefined;
    let planned;
    try {
      planned = planAction(
        context,
        actor,
        input,
        scope,
        recalled ?? (await attemptRow(context.db, input.attemptId)),
      );
    } catch (error) {
      // A refusal is given only on the row as the database holds it: a remembered one may be old.
      if (recalled !== undefined && error instanceof ServiceError) {
        forget(context.db, input.attemptId);
        continue;
      }
      throw error;
    }
    if ((await saveAction(context.db, planned)) !== undefined) {
      remember(context.db, planned.after);
      return { view: planned.result };
    }
    forget(context.db, input.attemptId);
  }
  throw new ServiceError(
    'CONFLICT',
    'attemptId: other actions on this attempt kept being saved first; send this one again.',
    'attemptId',
  );
}

/**
 * actOnAttempt for the session a request's cookie names, usually without asking who that is
 * first. When this process remembers the attempt, the action is planned for its owner and saved by
 * one statement that also checks the session is the owner's, unexpired, with the owner still a
 * member of the attempt's organisation: a playthrough's replies then take one query each, not
 * two. Anything else (no claim, a forgotten attempt, a refusal, a save that did not take) asks the
 * database who the caller is and goes through actOnAttempt, so every refusal and every other save
 * rests on the caller as the database holds them now, as before.
 */
export async function actOnAttemptAs(
  context: PracticeContext,
  claim: SessionClaim | undefined,
  input: { attemptId: string; action: PracticeActionInput },
  scope: AttemptScope = {},
): Promise<{ view: AttemptView }> {
  const recalled = claim === undefined ? undefined : recall(context.db, input.attemptId);
  if (claim !== undefined && recalled !== undefined) {
    let planned: PlannedAction | undefined;
    try {
      checkAction(input.action);
      planned = planAction(context, recalled, input, scope, recalled);
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error;
    }
    const saved = planned && (await saveAction(context.db, planned, claim));
    if (planned !== undefined && saved !== undefined) {
      remember(context.db, planned.after);
      // Extended by better-auth, through the lookup, as any other request would have it.
      if (saved.sessionExpiresAt !== null && claim.dueForRefresh(saved.sessionExpiresAt)) {
        await claim.caller();
      }
      return { view: planned.result };
    }
  }
  return actOnAttempt(context, (await claim?.caller())?.actor, input, scope);
}

/** An attempt as the player draws it: the caller's own, or any of the organisation's for staff. */
export async function getAttempt(
  context: PracticeContext,
  caller: Actor | undefined,
  input: { attemptId: string },
  scope: AttemptScope = {},
): Promise<{ view: AttemptView }> {
  const actor = requireActor(caller);
  const row = readable(
    await attemptRow(context.db, input.attemptId),
    actor,
    input.attemptId,
    scope,
  );
  return { view: view(context, row, clock(context)) };
}

/**
 * Replays an attempt's stored actions on the scenario, optionally with another scorer: the
 * state it gives back is what re-scoring under a new rubric would record.
 */
export async function replayAttempt(
  context: PracticeContext,
  caller: Actor | undefined,
  input: { attemptId: string },
): Promise<SimulationState> {
  const actor = requireActor(caller);
  const [found] = await context.db.select().from(attempts).where(eq(attempts.id, input.attemptId));
  const row = readable(found, actor, input.attemptId, {});
  const turns = await context.db
    .select({ action: attemptTurns.action })
    .from(attemptTurns)
    .where(eq(attemptTurns.attemptId, row.id))
    .orderBy(asc(attemptTurns.index));
  const scenario = scenarioOf(context, row.scenarioId, 'scenarioId');
  let state = startAttempt(scenario);
  for (const turn of turns) {
    state = advance(scenario, state, turn.action as TraineeAction, context.engine).state;
  }
  return state;
}
