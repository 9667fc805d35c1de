import { and, desc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { ChannelSchema } from '../../../scoring/index.ts';
import { certificateState, mayPost, verifyCertificate } from '../../certification/index.ts';
import type { PostingPermission } from '../../certification/index.ts';
import { parseOrRefuse } from '../accounts.ts';
import type { Actor } from '../actor.ts';
import { requireRole, STAFF_ROLES } from '../authorisation.ts';
import type { Database } from '../db/client.ts';
import { apiTokens, certificates, memberships, users } from '../db/schema.ts';
import { hashToken, newId, newToken } from '../ids.ts';
import { ServiceError } from '../service-error.ts';
import { TokenCreateInputSchema, TokenIdInputSchema } from './inputs.ts';
import { appendAudit } from './audit-log.ts';
import { clock } from './context.ts';
import type { CertificationContext } from './context.ts';
import { certificateOf } from './standing.ts';

/** The prefix every API token starts with, so a leaked one is easy to recognise. */
export const TOKEN_PREFIX = 'flt_';

export interface TokenView {
  tokenId: string;
  name: string;
  createdBy: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

function tokenView(row: typeof apiTokens.$inferSelect): TokenView {
  return {
    tokenId: row.id,
    name: row.name,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

/**
 * Creates a token for a publishing tool to ask the posting-permission API (managers and admins).
 * The token is shown once, here; only its hash is kept.
 */
export async function createApiToken(
  context: CertificationContext,
  caller: Actor | undefined,
  raw: { name: string },
): Promise<{ token: string; tokenView: TokenView }> {
  const actor = requireRole(caller, STAFF_ROLES);
  const input = parseOrRefuse(TokenCreateInputSchema, raw);
  const name = input.name.trim();
  if (name === '' || name.length > 100) {
    throw new ServiceError(
      'BAD_REQUEST',
      'name: name the tool that will use the token, in 100 characters or fewer, such as “Publisher”.',
      'name',
    );
  }
  const token = `${TOKEN_PREFIX}${newToken()}`;
  const now = clock(context);
  return context.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({
        id: newId(),
        organisationId: actor.organisationId,
        name,
        tokenHash: hashToken(token),
        createdBy: actor.userId,
        createdAt: now,
      })
      .returning();
    if (row === undefined) throw new Error('the token was not saved');
    await appendAudit(tx, {
      organisationId: actor.organisationId,
      actor: actor.userId,
      action: 'token.created',
      payload: { tokenId: row.id, name },
      at: now,
    });
    return { token, tokenView: tokenView(row) };
  });
}

/** Revokes a token at once (managers and admins). */
export async function revokeApiToken(
  context: CertificationContext,
  caller: Actor | undefined,
  raw: { tokenId: string },
): Promise<{ tokenView: TokenView }> {
  const actor = requireRole(caller, STAFF_ROLES);
  const input = parseOrRefuse(TokenIdInputSchema, raw);
  const now = clock(context);
  return context.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(apiTokens)
      .where(eq(apiTokens.id, input.tokenId))
      .for('update');
    if (row === undefined || row.organisationId !== actor.organisationId) {
      throw new ServiceError(
        'NOT_FOUND',
        `tokenId: there is no token \`${input.tokenId}\`.`,
        'tokenId',
      );
    }
    if (row.revokedAt !== null) {
      throw new ServiceError('CONFLICT', 'tokenId: this token is already revoked.', 'tokenId');
    }
    const [updated] = await tx
      .update(apiTokens)
      .set({ revokedAt: now })
      .where(eq(apiTokens.id, row.id))
      .returning();
    await appendAudit(tx, {
      organisationId: actor.organisationId,
      actor: actor.userId,
      action: 'token.revoked',
      payload: { tokenId: row.id, name: row.name },
      at: now,
    });
    return { tokenView: tokenView(updated ?? row) };
  });
}

/** The organisation's tokens, newest first, without the tokens themselves (managers and admins). */
export async function listApiTokens(
  context: CertificationContext,
  caller: Actor | undefined,
): Promise<{ tokens: TokenView[] }> {
  const actor = requireRole(caller, STAFF_ROLES);
  const rows = await context.db
    .select()
    .from(apiTokens)
    .where(eq(apiTokens.organisationId, actor.organisationId))
    .orderBy(desc(apiTokens.createdAt));
  return { tokens: rows.map(tokenView) };
}

/** The organisation a bearer token speaks for, or null when it is missing, unknown or revoked. */
export async function organisationOfToken(
  db: Database,
  authorization: string | null,
  now: Date,
): Promise<string | null> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  const token = match?.[1];
  if (token === undefined || !token.startsWith(TOKEN_PREFIX)) return null;
  const [row] = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, hashToken(token)), isNull(apiTokens.revokedAt)));
  if (row === undefined) return null;
  await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.id));
  return row.organisationId;
}

export const PermissionQuerySchema = z.strictObject({
  user: z
    .string({ error: 'user: name the person by user id or email, as ?user=…' })
    .trim()
    .min(1, 'user: name the person by user id or email, as ?user=…')
    .max(320, 'user: a user id or email is at most 320 characters'),
  channel: ChannelSchema,
});

export interface PermissionAnswer {
  user: string;
  channel: string;
  allowed: boolean;
  reason: PostingPermission['reason'];
  message: string;
  /** Until when the certificate that allows it is valid. */
  until: string | null;
  certificate: { code: string; trackId: string; state: string } | null;
  checkedAt: string;
}

/**
 * May this person (user id or email, in the token's organisation) post on this channel now?
 * Answered from the registry with the core's `mayPost`, counting only genuine certificates.
 */
export async function postingPermission(
  context: Pick<CertificationContext, 'db' | 'now' | 'key'>,
  organisationId: string,
  query: z.output<typeof PermissionQuerySchema>,
): Promise<PermissionAnswer> {
  const now = clock(context);
  const [member] = await context.db
    .select({ userId: users.id })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(
      and(
        eq(memberships.organisationId, organisationId),
        query.user.includes('@')
          ? eq(users.email, query.user.toLowerCase())
          : eq(users.id, query.user),
      ),
    );
  const holderId = member?.userId ?? query.user;
  const rows = await context.db
    .select()
    .from(certificates)
    .where(
      and(eq(certificates.organisationId, organisationId), eq(certificates.holderId, holderId)),
    );
  // Only certificates that still match their signature count: an edited row grants nothing.
  const genuine = rows.map(certificateOf).filter((certificate) => {
    const outcome = verifyCertificate(certificate.code, certificate, [context.key], now).outcome;
    return !['tampered', 'unknown-key', 'malformed', 'mistyped', 'unknown'].includes(outcome);
  });
  const permission = mayPost(genuine, { holderId, organisationId, channel: query.channel }, now);
  const certificate = permission.certificate;
  return {
    user: query.user,
    channel: query.channel,
    allowed: permission.allowed,
    reason: permission.reason,
    message: permission.message,
    until: permission.allowed ? (certificate?.record.validUntil ?? null) : null,
    certificate:
      certificate === undefined
        ? null
        : {
            code: certificate.code,
            trackId: certificate.record.track.id,
            state: certificateState(certificate, now),
          },
    checkedAt: now.toISOString(),
  };
}
