import { asc, eq } from 'drizzle-orm';
import { appendAuditEntry, verifyAuditChain } from '../../certification/index.ts';
import type { AuditEntry, ChainVerification, JsonValue } from '../../certification/index.ts';
import type { Queryable } from '../accounts.ts';
import type { Actor } from '../actor.ts';
import { requireRole, STAFF_ROLES } from '../authorisation.ts';
import type { Database } from '../db/client.ts';
import { auditHeads, auditLog } from '../db/schema.ts';

/** One thing to record: who (a user id or `system`), what, why, and about what. */
export interface AuditRecord {
  organisationId: string;
  actor: string;
  action: string;
  reason?: string | null;
  /** Plain data; fields left undefined are dropped, as JSON would. */
  payload: Record<string, unknown>;
  at: Date;
}

const PLACEHOLDER: AuditEntry = {
  seq: 0,
  at: new Date(0).toISOString(),
  actor: 'system',
  action: 'head',
  reason: null,
  payload: null,
  prevHash: '',
  hash: '',
};

/**
 * Appends an entry to the organisation's chain inside the caller's transaction: the head row is
 * locked, so concurrent appends take turns and the chain never forks; the head moves with it.
 */
export async function appendAudit(tx: Queryable, record: AuditRecord): Promise<AuditEntry> {
  await tx
    .insert(auditHeads)
    .values({ organisationId: record.organisationId, seq: 0, hash: '' })
    .onConflictDoNothing();
  const [head] = await tx
    .select()
    .from(auditHeads)
    .where(eq(auditHeads.organisationId, record.organisationId))
    .for('update');
  // appendAuditEntry reads only the head's place and hash.
  const previous: AuditEntry | null =
    head === undefined || head.seq === 0
      ? null
      : { ...PLACEHOLDER, seq: head.seq, hash: head.hash };
  const entry = appendAuditEntry(previous, {
    at: record.at.toISOString(),
    actor: record.actor,
    action: record.action,
    reason: record.reason ?? null,
    payload: JSON.parse(JSON.stringify(record.payload)) as JsonValue,
  });
  await tx.insert(auditLog).values({
    organisationId: record.organisationId,
    seq: entry.seq,
    at: new Date(entry.at),
    actor: entry.actor,
    action: entry.action,
    reason: entry.reason,
    payload: entry.payload,
    prevHash: entry.prevHash,
    hash: entry.hash,
  });
  await tx
    .update(auditHeads)
    .set({ seq: entry.seq, hash: entry.hash })
    .where(eq(auditHeads.organisationId, record.organisationId));
  return entry;
}

function entryFromRow(row: typeof auditLog.$inferSelect): AuditEntry {
  return {
    seq: row.seq,
    at: row.at.toISOString(),
    actor: row.actor,
    action: row.action,
    reason: row.reason,
    payload: row.payload as JsonValue,
    prevHash: row.prevHash,
    hash: row.hash,
  };
}

async function organisationEntries(db: Database, organisationId: string): Promise<AuditEntry[]> {
  const rows = await db
    .select()
    .from(auditLog)
    .where(eq(auditLog.organisationId, organisationId))
    .orderBy(asc(auditLog.seq));
  return rows.map(entryFromRow);
}

/** The organisation's audit log, oldest first (managers and admins). */
export async function listAudit(
  db: Database,
  caller: Actor | undefined,
): Promise<{ entries: AuditEntry[]; head: { seq: number; hash: string } | null }> {
  const actor = requireRole(caller, STAFF_ROLES);
  const entries = await organisationEntries(db, actor.organisationId);
  const [head] = await db
    .select()
    .from(auditHeads)
    .where(eq(auditHeads.organisationId, actor.organisationId));
  return {
    entries,
    head: head === undefined || head.seq === 0 ? null : { seq: head.seq, hash: head.hash },
  };
}

/**
 * Walks the organisation's chain as stored and checks it against the stored head: an edited,
 * removed, reordered or cut-off entry is named (managers and admins).
 */
export async function verifyAudit(
  db: Database,
  caller: Actor | undefined,
): Promise<ChainVerification> {
  const { entries, head } = await listAudit(db, caller);
  return verifyAuditChain(entries, head ?? undefined);
}

/** The log as JSON Lines, one entry a line, for export (managers and admins). */
export async function auditJsonl(db: Database, caller: Actor | undefined): Promise<string> {
  const { entries } = await listAudit(db, caller);
  return entries.map((entry) => `${JSON.stringify(entry)}\n`).join('');
}
