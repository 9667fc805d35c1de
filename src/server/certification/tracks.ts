import { and, asc, eq } from 'drizzle-orm';
import { eligiblePool, parseTrack, parseTrackYaml } from '../../certification/index.ts';
import type { CertificationTrack, PoolProblem } from '../../certification/index.ts';
import type { Queryable } from '../accounts.ts';
import { parseOrRefuse } from '../accounts.ts';
import type { Actor } from '../actor.ts';
import { isStaff, requireActor, requireRole, STAFF_ROLES } from '../authorisation.ts';
import { certificationTracks } from '../db/schema.ts';
import { newId } from '../ids.ts';
import type { ScenarioCatalog } from '../scenario-catalog.ts';
import { ServiceError } from '../service-error.ts';
import { appendAudit } from './audit-log.ts';
import { clock } from './context.ts';
import type { CertificationContext } from './context.ts';
import { TrackInputSchema, TrackUpdateInputSchema } from './inputs.ts';
import type { TrackInput } from './inputs.ts';

export type TrackRow = typeof certificationTracks.$inferSelect;

/** A track as the pages show it; the pool's scenario ids only for managers and admins. */
export interface TrackView {
  trackId: string;
  title: string;
  description: string;
  channels: CertificationTrack['channels'];
  draw: number;
  poolSize: number;
  pass: CertificationTrack['pass'];
  timeLimit: CertificationTrack['timeLimit'];
  attempts: CertificationTrack['attempts'];
  validity: CertificationTrack['validity'];
  updatedAt: string;
  /** Managers and admins: the whole definition, and pool scenarios that cannot be drawn. */
  definition?: CertificationTrack;
  skipped?: PoolProblem[];
}

export function trackView(row: TrackRow, catalog: ScenarioCatalog, staff: boolean): TrackView {
  const track = row.definition as CertificationTrack;
  const view: TrackView = {
    trackId: row.trackId,
    title: track.title,
    description: track.description,
    channels: track.channels,
    draw: track.draw,
    poolSize: track.pool.length,
    pass: track.pass,
    timeLimit: track.timeLimit,
    attempts: track.attempts,
    validity: track.validity,
    updatedAt: row.updatedAt.toISOString(),
  };
  if (staff) {
    view.definition = track;
    view.skipped = eligiblePool(track, libraryOf(catalog)).skipped;
  }
  return view;
}

export function libraryOf(
  catalog: ScenarioCatalog,
): Map<string, { channel: CertificationTrack['channels'][number] }> {
  return new Map(catalog.list().map(({ id, scenario }) => [id, { channel: scenario.channel }]));
}

/** Reads and checks a definition: the core's schema, then every pool scenario must be drawable here. */
function readDefinition(input: TrackInput, catalog: ScenarioCatalog): CertificationTrack {
  let track: CertificationTrack;
  if (input.yaml !== undefined && input.definition === undefined) {
    const loaded = parseTrackYaml(input.yaml, 'track.yaml');
    if (!loaded.ok) {
      const first = loaded.problems[0];
      throw new ServiceError(
        'BAD_REQUEST',
        loaded.problems
          .map((p) => `${p.field === '' ? 'yaml' : p.field} (line ${p.line}): ${p.message}`)
          .join('\n'),
        first?.field === '' ? 'yaml' : first?.field,
      );
    }
    track = loaded.value;
  } else if (input.definition !== undefined && input.yaml === undefined) {
    const parsed = parseTrack(input.definition);
    if (!parsed.ok) {
      throw new ServiceError(
        'BAD_REQUEST',
        parsed.problems
          .map((p) => (p.field === '' ? p.message : `${p.field}: ${p.message}`))
          .join('\n'),
        parsed.problems[0]?.field || undefined,
      );
    }
    track = parsed.track;
  } else {
    throw new ServiceError(
      'BAD_REQUEST',
      'definition: send the track either as a definition or as YAML, one of the two.',
      'definition',
    );
  }
  const { eligible, skipped } = eligiblePool(track, libraryOf(catalog));
  if (skipped.length > 0) {
    const index = track.pool.indexOf(skipped[0]?.scenarioId ?? '');
    throw new ServiceError(
      'BAD_REQUEST',
      skipped
        .map((problem) => `pool[${track.pool.indexOf(problem.scenarioId)}]: ${problem.message}`)
        .join('\n'),
      `pool[${index}]`,
    );
  }
  if (eligible.length < track.draw) {
    throw new ServiceError(
      'BAD_REQUEST',
      `draw: asks for ${track.draw} scenarios but the pool has ${eligible.length}; add scenarios or draw fewer.`,
      'draw',
    );
  }
  return track;
}

/** Finds a track of the caller's organisation by its id, optionally locking it. */
export async function trackRowOf(
  db: Queryable,
  organisationId: string,
  trackId: string,
): Promise<TrackRow> {
  const [row] = await db
    .select()
    .from(certificationTracks)
    .where(
      and(
        eq(certificationTracks.organisationId, organisationId),
        eq(certificationTracks.trackId, trackId),
      ),
    );
  if (row === undefined) {
    throw new ServiceError('NOT_FOUND', `trackId: there is no track \`${trackId}\`.`, 'trackId');
  }
  return row;
}

/** Creates a track in the caller's organisation (managers and admins). */
export async function createTrack(
  context: CertificationContext,
  caller: Actor | undefined,
  raw: TrackInput,
): Promise<{ track: TrackView }> {
  const actor = requireRole(caller, STAFF_ROLES);
  const input = parseOrRefuse(TrackInputSchema, raw);
  const track = readDefinition(input, context.catalog);
  const now = clock(context);
  return context.db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: certificationTracks.id })
      .from(certificationTracks)
      .where(
        and(
          eq(certificationTracks.organisationId, actor.organisationId),
          eq(certificationTracks.trackId, track.id),
        ),
      );
    if (existing !== undefined) {
      throw new ServiceError(
        'CONFLICT',
        `id: there is already a track \`${track.id}\`; pick another id or edit that track.`,
        'id',
      );
    }
    const [row] = await tx
      .insert(certificationTracks)
      .values({
        id: newId(),
        organisationId: actor.organisationId,
        trackId: track.id,
        definition: track,
        createdBy: actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (row === undefined) throw new Error('the track was not saved');
    await appendAudit(tx, {
      organisationId: actor.organisationId,
      actor: actor.userId,
      action: 'track.created',
      payload: { trackId: track.id, definition: track },
      at: now,
    });
    return { track: trackView(row, context.catalog, true) };
  });
}

/**
 * Replaces a track's definition (managers and admins). Exams under way keep the definition they
 * started with, and certificates already issued keep what they say.
 */
export async function updateTrack(
  context: CertificationContext,
  caller: Actor | undefined,
  raw: TrackInput & { trackId: string },
): Promise<{ track: TrackView }> {
  const actor = requireRole(caller, STAFF_ROLES);
  const input = parseOrRefuse(TrackUpdateInputSchema, raw);
  const track = readDefinition(input, context.catalog);
  if (track.id !== input.trackId) {
    throw new ServiceError(
      'BAD_REQUEST',
      `id: a track keeps its id; write \`${input.trackId}\` or create a new track.`,
      'id',
    );
  }
  const now = clock(context);
  return context.db.transaction(async (tx) => {
    const before = await trackRowOf(tx, actor.organisationId, input.trackId);
    const [row] = await tx
      .update(certificationTracks)
      .set({ definition: track, updatedAt: now })
      .where(eq(certificationTracks.id, before.id))
      .returning();
    if (row === undefined) throw new Error('the track vanished while it was being saved');
    await appendAudit(tx, {
      organisationId: actor.organisationId,
      actor: actor.userId,
      action: 'track.updated',
      payload: { trackId: track.id, definition: track },
      at: now,
    });
    return { track: trackView(row, context.catalog, true) };
  });
}

/** The organisation's tracks, by title; trainees see them without the pool. */
export async function listTracks(
  context: CertificationContext,
  caller: Actor | undefined,
): Promise<{ tracks: TrackView[] }> {
  const actor = requireActor(caller);
  const rows = await context.db
    .select()
    .from(certificationTracks)
    .where(eq(certificationTracks.organisationId, actor.organisationId))
    .orderBy(asc(certificationTracks.trackId));
  const staff = isStaff(actor);
  return {
    tracks: rows
      .map((row) => trackView(row, context.catalog, staff))
      .sort((a, b) => a.title.localeCompare(b.title, 'en')),
  };
}
