import { createHash } from 'node:crypto';
import { z } from 'zod';
import { canonicalJson } from './canonical.ts';
import type { JsonValue } from './canonical.ts';

/** The `prevHash` of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** What the server records: who did what, when, why, and the data it concerned. */
export const AuditEventSchema = z.strictObject({
  at: z.iso.datetime({ error: 'must be a date and time such as 2026-05-01T09:30:00.000Z' }),
  /** The user id of whoever acted, or `system`. */
  actor: z.string().min(1, 'must name who acted'),
  /** What happened, as a dotted id: `certificate.issued`, `exam.override`, `track.updated`. */
  action: z
    .string()
    .regex(
      /^[a-z][a-z0-9-]*(?:\.[a-z][a-z0-9-]*)*$/,
      'must be a dotted id such as `certificate.revoked`',
    ),
  /** Why, in the actor's words; null when the action needs no reason. */
  reason: z.string().nullable(),
  payload: z.json(),
});
export type AuditEvent = z.output<typeof AuditEventSchema>;

/** One link of the chain: the event, its place, the hash of the entry before it and its own. */
export interface AuditEntry extends AuditEvent {
  seq: number;
  prevHash: string;
  hash: string;
}

/** SHA-256 (hex) of the entry's canonical JSON (RFC 8785), `hash` itself left out. */
export function hashAuditEntry(entry: Omit<AuditEntry, 'hash'>): string {
  const { seq, at, actor, action, reason, payload, prevHash } = entry;
  const content: { [key: string]: JsonValue } = {
    seq,
    at,
    actor,
    action,
    reason,
    payload: payload,
    prevHash,
  };
  return createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex');
}

/**
 * The entry that follows `head` (null for the first): the server stores it in the same
 * transaction that makes the change, with `seq` unique so two appends cannot share a place.
 * Throws when the event is malformed.
 */
export function appendAuditEntry(head: AuditEntry | null, event: AuditEvent): AuditEntry {
  const parsed = AuditEventSchema.parse(event);
  const entry = {
    seq: head === null ? 1 : head.seq + 1,
    prevHash: head === null ? GENESIS_HASH : head.hash,
    // Normalised to the form Date#toISOString gives, so a timestamp column reads back the same text.
    at: new Date(parsed.at).toISOString(),
    actor: parsed.actor,
    action: parsed.action,
    reason: parsed.reason,
    payload: parsed.payload,
  };
  return { ...entry, hash: hashAuditEntry(entry) };
}

export type ChainProblem = 'edited' | 'removed' | 'reordered' | 'truncated';

export type ChainVerification =
  | { ok: true; length: number; head: { seq: number; hash: string } | null }
  | {
      ok: false;
      problem: ChainProblem;
      /** The sequence number of the entry that was tampered with (or that is missing). */
      seq: number;
      /** Its position in the list given. */
      index: number;
      message: string;
    };

function fail(
  problem: ChainProblem,
  seq: number,
  index: number,
  message: string,
): ChainVerification {
  return { ok: false, problem, seq, index, message };
}

/**
 * Walks the chain from the first entry and names the first entry that was edited, removed or
 * moved. Removing entries from the end leaves a valid shorter chain, so pass the head recorded
 * elsewhere (a second store, an export, a signed checkpoint) to catch that too.
 */
export function verifyAuditChain(
  entries: readonly AuditEntry[],
  expectedHead?: { seq: number; hash: string },
): ChainVerification {
  let previous: AuditEntry | null = null;
  for (const [index, entry] of entries.entries()) {
    const expectedSeq = previous === null ? 1 : previous.seq + 1;
    if (entry.seq !== expectedSeq) {
      const later = entries.findIndex((e, i) => i > index && e.seq === expectedSeq);
      if (later !== -1 || entry.seq < expectedSeq) {
        return fail(
          'reordered',
          entry.seq,
          index,
          `Entry ${entry.seq} stands where entry ${expectedSeq} should; the log was reordered.`,
        );
      }
      const missing =
        entry.seq - expectedSeq === 1
          ? `Entry ${expectedSeq} is`
          : `Entries ${expectedSeq}–${entry.seq - 1} are`;
      return fail(
        'removed',
        expectedSeq,
        index,
        `${missing} missing before entry ${entry.seq}; the log was cut.`,
      );
    }
    const { hash: _hash, ...content } = entry;
    let hash: string;
    try {
      hash = hashAuditEntry(content);
    } catch {
      return fail(
        'edited',
        entry.seq,
        index,
        `Entry ${entry.seq} holds a value JSON cannot carry; it was altered.`,
      );
    }
    if (hash !== entry.hash) {
      return fail(
        'edited',
        entry.seq,
        index,
        `Entry ${entry.seq} (${entry.action}) does not match its hash; it was edited.`,
      );
    }
    const link = previous === null ? GENESIS_HASH : previous.hash;
    if (entry.prevHash !== link) {
      // The entry itself is intact, so the one before was rewritten and re-hashed.
      const seq = previous?.seq ?? entry.seq;
      return fail(
        'edited',
        seq,
        previous === null ? index : index - 1,
        `Entry ${seq} was rewritten: entry ${entry.seq} no longer links to it.`,
      );
    }
    previous = entry;
  }
  if (expectedHead !== undefined) {
    const last = previous;
    if (last === null || last.seq < expectedHead.seq) {
      const from = (last?.seq ?? 0) + 1;
      return fail(
        'truncated',
        from,
        entries.length,
        `The log ends before entry ${from}; entries up to ${expectedHead.seq} were removed.`,
      );
    }
    const recorded = entries.find((e) => e.seq === expectedHead.seq);
    if (recorded?.hash !== expectedHead.hash) {
      return fail(
        'edited',
        expectedHead.seq,
        entries.findIndex((e) => e.seq === expectedHead.seq),
        `Entry ${expectedHead.seq} differs from the head recorded elsewhere; the log was rewritten.`,
      );
    }
  }
  return {
    ok: true,
    length: entries.length,
    head: previous === null ? null : { seq: previous.seq, hash: previous.hash },
  };
}
