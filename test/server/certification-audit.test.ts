import { and, eq, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/server/actor.ts';
import { appendAudit, listAudit, verifyAudit } from '../../src/server/certification/audit-log.ts';
import type { DatabaseHandle } from '../../src/server/db/client.ts';
import { auditLog, organisations } from '../../src/server/db/schema.ts';
import { newId } from '../../src/server/ids.ts';
import { openTestDatabase, testDatabaseKinds } from '../helpers/test-database.ts';

// The audit log as stored: whatever is appended, in whatever interleaving across organisations,
// each organisation's chain verifies from the rows; any one edited field is caught.
const seed = Number(process.env['FC_SEED'] ?? Date.now() % 2_147_483_647);
console.info(`certification audit properties: fast-check seed ${seed} (set FC_SEED to replay)`);

const Text = fc.string({ unit: 'grapheme', maxLength: 40 }).filter((s) => !s.includes('\u0000'));
const Payload = fc.dictionary(
  Text,
  fc.oneof(
    Text,
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.integer(), { maxLength: 3 }),
  ),
  { maxKeys: 4 },
);
const Event = fc.record({
  organisation: fc.integer({ min: 0, max: 1 }),
  action: fc.constantFrom(
    'exam.graded',
    'exam.override',
    'certificate.revoked',
    'member.role-changed',
  ),
  reason: fc.option(Text, { nil: null }),
  payload: Payload,
  offsetMs: fc.integer({ min: 0, max: 10 * 24 * 60 * 60 * 1000 }),
});

function staffOf(organisationId: string): Actor {
  return { userId: 'auditor', organisationId, role: 'manager' };
}

describe.each(testDatabaseKinds())('the stored audit chain on %s', (kind) => {
  let handle: DatabaseHandle & { dispose: () => Promise<void> };

  beforeAll(async () => {
    handle = await openTestDatabase(kind);
  }, 60_000);

  afterAll(async () => {
    await handle?.dispose();
  }, 60_000);

  async function organisation(): Promise<string> {
    const id = newId();
    await handle.db.insert(organisations).values({ id, name: `Org ${id.slice(0, 4)}` });
    return id;
  }

  it('verifies any interleaving of appends per organisation and catches any one edited field', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(Event, { minLength: 1, maxLength: 8 }),
        fc.nat(),
        fc.constantFrom('reason', 'payload', 'actor', 'at'),
        async (events, pick, field) => {
          const orgs = [await organisation(), await organisation()];
          const base = Date.parse('2026-04-01T00:00:00.000Z');
          for (const event of events) {
            await handle.db.transaction((tx) =>
              appendAudit(tx, {
                organisationId: orgs[event.organisation] ?? '',
                actor: 'someone',
                action: event.action,
                reason: event.reason,
                payload: event.payload,
                at: new Date(base + event.offsetMs),
              }),
            );
          }
          for (const [index, organisationId] of orgs.entries()) {
            const verification = await verifyAudit(handle.db, staffOf(organisationId));
            const count = events.filter((e) => e.organisation === index).length;
            expect(verification).toMatchObject({ ok: true, length: count });
          }
          const target = orgs[events[pick % events.length]?.organisation ?? 0] ?? '';
          const { entries } = await listAudit(handle.db, staffOf(target));
          const seq = entries[pick % entries.length]?.seq ?? 1;
          const where = and(eq(auditLog.organisationId, target), eq(auditLog.seq, seq));
          const changes = {
            reason: { reason: 'rewritten later' },
            payload: { payload: { rewritten: true } },
            actor: { actor: 'someone else' },
            at: { at: new Date(base - 1000) },
          }[field];
          await handle.db.update(auditLog).set(changes).where(where);
          expect(await verifyAudit(handle.db, staffOf(target))).toMatchObject({
            ok: false,
            problem: 'edited',
            seq,
          });
        },
      ),
      { numRuns: 15, seed },
    );
  }, 120_000);

  it('keeps one unbroken chain when many appends race', async () => {
    const organisationId = await organisation();
    await Promise.all(
      Array.from({ length: 24 }, (_, index) =>
        handle.db.transaction((tx) =>
          appendAudit(tx, {
            organisationId,
            actor: `racer-${index}`,
            action: 'exam.graded',
            payload: { index },
            at: new Date(),
          }),
        ),
      ),
    );
    const { entries, head } = await listAudit(handle.db, staffOf(organisationId));
    expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(head?.seq).toBe(24);
    expect((await verifyAudit(handle.db, staffOf(organisationId))).ok).toBe(true);
  });

  it('refuses an append whose head was deleted, rather than fork the chain', async () => {
    const organisationId = await organisation();
    const append = () =>
      handle.db.transaction((tx) =>
        appendAudit(tx, {
          organisationId,
          actor: 'someone',
          action: 'exam.graded',
          payload: {},
          at: new Date(),
        }),
      );
    await append();
    await handle.db.execute(sql`delete from audit_heads where organisation_id = ${organisationId}`);
    await expect(append()).rejects.toThrow();
    expect((await listAudit(handle.db, staffOf(organisationId))).entries).toHaveLength(1);
  });
});
