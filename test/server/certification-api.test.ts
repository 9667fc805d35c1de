import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readOpenBadgeJwt, verifyAuditChain } from '../../src/certification/index.ts';
import type { AuditEntry, OpenBadgeCredential } from '../../src/certification/index.ts';
import { setRole } from '../../src/server/accounts.ts';
import type { Actor } from '../../src/server/actor.ts';
import { listAudit, verifyAudit } from '../../src/server/certification/audit-log.ts';
import { revokeCertificateService } from '../../src/server/certification/certificates.ts';
import {
  actInExam,
  finishExam,
  flagExam,
  startExam,
} from '../../src/server/certification/exams.ts';
import {
  auditJsonlResponse,
  badgeResponse,
  permissionResponse,
  registryCsvResponse,
} from '../../src/server/certification/http.ts';
import { listReviews } from '../../src/server/certification/review.ts';
import {
  createApiToken,
  listApiTokens,
  revokeApiToken,
} from '../../src/server/certification/tokens.ts';
import { createTrack } from '../../src/server/certification/tracks.ts';
import { apiTokens, auditHeads, auditLog, users } from '../../src/server/db/schema.ts';
import {
  CLEAN_REPLY,
  FIXTURE_TRACK,
  openCertificationWorld,
} from '../helpers/certification-world.ts';
import type { CertificationWorld } from '../helpers/certification-world.ts';
import { testDatabaseKinds } from '../helpers/test-database.ts';

const DAY = 24 * 60 * 60 * 1000;

function permissionRequest(query: string, token?: string): Request {
  return new Request(`http://frontline.test/api/permission?${query}`, {
    headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
  });
}

describe.each(testDatabaseKinds())('certification API on %s', (kind) => {
  let world: CertificationWorld;
  let holder: Actor;
  let holderEmail = '';
  let code = '';
  let certificateId = '';
  let token = '';

  async function ask(query: string, bearer: string | undefined = token) {
    const response = await permissionResponse(world.context, permissionRequest(query, bearer));
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  beforeAll(async () => {
    world = await openCertificationWorld(kind);
    await createTrack(world.context, world.manager, { definition: FIXTURE_TRACK });
    holder = await world.person('trainee');
    const [row] = await world.handle.db
      .select({ email: users.email })
      .from(users)
      .where(eq(users.id, holder.userId));
    holderEmail = row?.email ?? '';
    token = (await createApiToken(world.context, world.manager, { name: 'Publisher' })).token;
  }, 120_000);

  afterAll(async () => {
    await world?.handle.dispose();
  }, 60_000);

  describe('the posting-permission API', () => {
    it.each([
      ['no token', undefined],
      ['a made-up token', 'flt_madeup'],
      ['a token without the prefix', 'abc'],
    ])('answers 401 with %s', async (_name, bearer) => {
      const response = await permissionResponse(
        world.context,
        permissionRequest(`user=${holder.userId}&channel=x`, bearer),
      );
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toContain('Bearer');
      const body = (await response.json()) as { error: string };
      expect(body.error).toContain('API token');
    });

    it('keeps only the token’s hash', async () => {
      const rows = await world.handle.db.select().from(apiTokens);
      expect(rows.some((row) => row.tokenHash === token)).toBe(false);
      expect(JSON.stringify(await listApiTokens(world.context, world.manager))).not.toContain(
        token,
      );
    });

    it('names the field for a bad query', async () => {
      const channel = await ask(`user=${holder.userId}&channel=tiktok`);
      expect(channel.status).toBe(400);
      expect(channel.body).toMatchObject({ field: 'channel' });
      const user = await ask('channel=x');
      expect(user.status).toBe(400);
      expect(user.body).toMatchObject({ field: 'user' });
    });

    it('says no before any certificate', async () => {
      const { status, body } = await ask(`user=${holder.userId}&channel=x`);
      expect(status).toBe(200);
      expect(body).toMatchObject({ allowed: false, reason: 'no-certificate', until: null });
    });

    it('says yes on the track’s channel once certified, by user id or email', async () => {
      const { examId } = await startExam(world.context, holder, { trackId: 'x-basics' });
      world.clock.advance(10_000);
      await actInExam(world.context, holder, {
        examId,
        position: 0,
        action: { type: 'reply', text: CLEAN_REPLY },
      });
      const { exam } = await finishExam(world.context, holder, { examId });
      code = exam.certificate?.code ?? '';
      certificateId = exam.certificate?.certificateId ?? '';
      const byId = await ask(`user=${holder.userId}&channel=x`);
      expect(byId.body).toMatchObject({
        allowed: true,
        reason: 'certified',
        until: exam.certificate?.validUntil,
        certificate: { code, trackId: 'x-basics', state: 'valid' },
      });
      const byEmail = await ask(`user=${encodeURIComponent(holderEmail.toUpperCase())}&channel=x`);
      expect(byEmail.body).toMatchObject({ allowed: true });
    });

    it('says no on a channel outside the track', async () => {
      expect((await ask(`user=${holder.userId}&channel=facebook`)).body).toMatchObject({
        allowed: false,
        reason: 'out-of-scope',
      });
    });

    it('answers for its own organisation only', async () => {
      const away = await world.person('admin', world.otherOrganisationId);
      const awayToken = (await createApiToken(world.context, away, { name: 'Theirs' })).token;
      expect((await ask(`user=${holder.userId}&channel=x`, awayToken)).body).toMatchObject({
        allowed: false,
        reason: 'no-certificate',
      });
    });

    it('says renewal is due in the window, and no once expired', async () => {
      const start = world.clock.now;
      world.clock.advance(25 * DAY);
      expect((await ask(`user=${holder.userId}&channel=x`)).body).toMatchObject({
        allowed: true,
        reason: 'renewal-due',
      });
      world.clock.advance(6 * DAY);
      expect((await ask(`user=${holder.userId}&channel=x`)).body).toMatchObject({
        allowed: false,
        reason: 'expired',
      });
      world.clock.now = start;
    });

    it('serves the certificate as an Open Badges 3.0 credential and a signed JWT', async () => {
      const request = new Request(`http://frontline.test/api/certificates/${code}/badge`);
      const response = await badgeResponse(world.context, request, code, 'https://frontline.test');
      expect(response.status).toBe(200);
      const credential = (await response.json()) as OpenBadgeCredential;
      expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
      expect(credential.id).toBe(`https://frontline.test/verify/${code}`);
      expect(credential.credentialSubject.achievement.criteria.narrative).toContain('at least 80');
      const jwt = await badgeResponse(
        world.context,
        new Request(`http://frontline.test/api/certificates/${code}/badge?format=jwt`),
        code,
        'https://frontline.test',
      );
      expect(jwt.headers.get('content-type')).toBe('application/vc+jwt');
      expect(readOpenBadgeJwt(await jwt.text(), [world.key])?.id).toBe(credential.id);
      const unknown = await badgeResponse(world.context, request, 'hello', 'https://x.test');
      expect(unknown.status).toBe(404);
    });

    it('says no once revoked, and the badge is gone', async () => {
      await revokeCertificateService(world.context, world.manager, {
        certificateId,
        reason: 'Shared a customer’s order number publicly.',
      });
      const { body } = await ask(`user=${holder.userId}&channel=x`);
      expect(body).toMatchObject({ allowed: false, reason: 'revoked' });
      expect(String(body['message'])).toContain('Shared a customer’s order number publicly.');
      const badge = await badgeResponse(
        world.context,
        new Request(`http://frontline.test/api/certificates/${code}/badge`),
        code,
        'https://frontline.test',
      );
      expect(badge.status).toBe(410);
    });

    it('refuses a revoked token', async () => {
      const { tokens } = await listApiTokens(world.context, world.manager);
      const tokenId = tokens.find((t) => t.name === 'Publisher')?.tokenId ?? '';
      expect(tokens.find((t) => t.tokenId === tokenId)?.lastUsedAt).not.toBeNull();
      await revokeApiToken(world.context, world.manager, { tokenId });
      expect((await ask(`user=${holder.userId}&channel=x`)).status).toBe(401);
    });

    it('lets only managers and admins make tokens', async () => {
      await expect(createApiToken(world.context, holder, { name: 'Mine' })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    });
  });

  describe('exports', () => {
    it('serves the registry as CSV to managers only', async () => {
      const response = await registryCsvResponse(world.context, world.manager);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const text = await response.text();
      expect(text.split('\n')[0]).toBe(
        'code,holder,holder_id,track,track_id,channels,status,score,issued_at,valid_until,recertifies,revoked_at,revoked_by,revocation_reason',
      );
      expect(text).toContain(`${code},`);
      expect((await registryCsvResponse(world.context, holder)).status).toBe(403);
      expect((await registryCsvResponse(world.context, undefined)).status).toBe(401);
    });

    it('serves the audit log as JSON Lines that verify on their own', async () => {
      const response = await auditJsonlResponse(world.handle.db, world.manager);
      const entries = (await response.text())
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as AuditEntry);
      expect(entries.map((e) => e.action)).toEqual(
        expect.arrayContaining(['track.created', 'exam.graded', 'certificate.revoked']),
      );
      expect(verifyAuditChain(entries).ok).toBe(true);
      expect((await auditJsonlResponse(world.handle.db, holder)).status).toBe(403);
    });
  });

  describe('the audit log', () => {
    it('records role changes with who, from and to', async () => {
      const promoted = await world.person('trainee');
      await setRole(world.handle.db, world.admin, { userId: promoted.userId, role: 'manager' });
      const { entries } = await listAudit(world.handle.db, world.manager);
      expect(entries.at(-1)).toMatchObject({
        actor: world.admin.userId,
        action: 'member.role-changed',
        payload: { userId: promoted.userId, from: 'trainee', to: 'manager' },
      });
    });

    it('records a trainee’s flag with their comment', async () => {
      const trainee = await world.person('trainee');
      const { examId } = await startExam(world.context, trainee, { trackId: 'x-basics' });
      await flagExam(world.context, trainee, {
        examId,
        comment: 'The thread did not load for a minute.',
      });
      const { exam } = await finishExam(world.context, trainee, { examId });
      expect(exam.status).toBe('review');
      expect((await listReviews(world.context, world.manager)).queue[0]?.reasons[0]).toMatchObject({
        reason: 'flagged',
        detail: 'The thread did not load for a minute.',
      });
      const { entries } = await listAudit(world.handle.db, world.manager);
      expect(entries.find((e) => e.action === 'exam.flagged')?.reason).toBe(
        'The thread did not load for a minute.',
      );
    });

    it('keeps chains apart per organisation, each verifying', async () => {
      const away = await world.person('admin', world.otherOrganisationId);
      const mine = await verifyAudit(world.handle.db, world.manager);
      const theirs = await verifyAudit(world.handle.db, away);
      expect(mine.ok && theirs.ok).toBe(true);
      const { entries } = await listAudit(world.handle.db, away);
      expect(entries.map((e) => e.action)).toEqual(['token.created']);
    });

    it('detects an entry edited in the database', async () => {
      const db = world.handle.db;
      const where = and(eq(auditLog.organisationId, world.organisationId), eq(auditLog.seq, 2));
      const [before] = await db.select().from(auditLog).where(where);
      await db.update(auditLog).set({ reason: 'edited later' }).where(where);
      const verification = await verifyAudit(db, world.manager);
      expect(verification).toMatchObject({ ok: false, problem: 'edited', seq: 2 });
      await db
        .update(auditLog)
        .set({ reason: before?.reason ?? null })
        .where(where);
      expect((await verifyAudit(db, world.manager)).ok).toBe(true);
    });

    it('detects an entry rewritten and re-hashed', async () => {
      const db = world.handle.db;
      const where = and(eq(auditLog.organisationId, world.organisationId), eq(auditLog.seq, 3));
      const [before] = await db.select().from(auditLog).where(where);
      await db
        .update(auditLog)
        .set({ hash: 'f'.repeat(64) })
        .where(where);
      const verification = await verifyAudit(db, world.manager);
      expect(verification.ok).toBe(false);
      await db
        .update(auditLog)
        .set({ hash: before?.hash ?? '' })
        .where(where);
    });

    it('detects an entry removed from the middle', async () => {
      const db = world.handle.db;
      const where = and(eq(auditLog.organisationId, world.organisationId), eq(auditLog.seq, 4));
      const [row] = await db.select().from(auditLog).where(where);
      await db.delete(auditLog).where(where);
      expect(await verifyAudit(db, world.manager)).toMatchObject({
        ok: false,
        problem: 'removed',
        seq: 4,
      });
      if (row !== undefined) await db.insert(auditLog).values(row);
      expect((await verifyAudit(db, world.manager)).ok).toBe(true);
    });

    it('detects the last entries cut off, from the head stored apart', async () => {
      const db = world.handle.db;
      const [head] = await db
        .select()
        .from(auditHeads)
        .where(eq(auditHeads.organisationId, world.organisationId));
      await db.execute(
        sql`delete from audit_log where organisation_id = ${world.organisationId} and seq = ${head?.seq ?? 0}`,
      );
      expect(await verifyAudit(db, world.manager)).toMatchObject({
        ok: false,
        problem: 'truncated',
      });
    });
  });
});
