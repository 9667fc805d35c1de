import type { Actor } from '../actor.ts';
import type { Database } from '../db/client.ts';
import { SERVICE_ERROR_STATUS, ServiceError } from '../service-error.ts';
import { auditJsonl } from './audit-log.ts';
import { badgeFor, registryCsvFor } from './certificates.ts';
import { clock } from './context.ts';
import type { CertificationContext } from './context.ts';
import { organisationOfToken, PermissionQuerySchema, postingPermission } from './tokens.ts';

// The certification API's answers as plain Responses, so the routes under src/pages/api stay one
// line each and the tests can call them without a server.

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      ...headers,
    },
  });
}

/** A refusal as JSON `{ error, field? }` with the matching status. */
function refusal(error: ServiceError): Response {
  return json(
    { error: error.message, ...(error.field === undefined ? {} : { field: error.field }) },
    SERVICE_ERROR_STATUS[error.code],
    error.code === 'UNAUTHORIZED' ? { 'www-authenticate': 'Bearer realm="frontline"' } : {},
  );
}

async function answer(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ServiceError) return refusal(error);
    throw error;
  }
}

/**
 * GET /api/permission?user=…&channel=…: may this person post on this channel now? Needs an API
 * token of the organisation as `Authorization: Bearer …`; answers from the registry.
 */
export function permissionResponse(
  context: Pick<CertificationContext, 'db' | 'key' | 'now'>,
  request: Request,
): Promise<Response> {
  return answer(async () => {
    const organisationId = await organisationOfToken(
      context.db,
      request.headers.get('authorization'),
      clock(context),
    );
    if (organisationId === null) {
      throw new ServiceError(
        'UNAUTHORIZED',
        'Send a valid API token as `Authorization: Bearer flt_…`; a manager creates one on the registry page.',
      );
    }
    const url = new URL(request.url);
    const parsed = PermissionQuerySchema.safeParse({
      user: url.searchParams.get('user') ?? undefined,
      channel: url.searchParams.get('channel') ?? undefined,
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = String(issue?.path[0] ?? 'user');
      const message =
        field === 'channel'
          ? 'channel: name one channel: x, facebook, instagram, review-site or forum.'
          : (issue?.message ?? 'user: name the person by user id or email.');
      throw new ServiceError('BAD_REQUEST', message, field);
    }
    return json(await postingPermission(context, organisationId, parsed.data));
  });
}

/**
 * GET /api/certificates/<code>/badge: the certificate as an Open Badges 3.0 credential (JSON-LD),
 * or, with `?format=jwt` or `Accept: application/vc+jwt`, as the server-signed compact JWS.
 */
export function badgeResponse(
  context: Pick<CertificationContext, 'db' | 'key' | 'now'>,
  request: Request,
  code: string,
  baseUrl: string,
): Promise<Response> {
  return answer(async () => {
    const badge = await badgeFor(context, code, baseUrl);
    if (!badge.ok) return json({ error: badge.message }, badge.status);
    const url = new URL(request.url);
    const wantsJwt =
      url.searchParams.get('format') === 'jwt' ||
      (request.headers.get('accept') ?? '').includes('application/vc+jwt');
    if (wantsJwt) {
      return new Response(badge.jwt, {
        headers: { 'content-type': 'application/vc+jwt', 'cache-control': 'no-store' },
      });
    }
    return json(badge.credential, 200, { 'content-type': 'application/ld+json; charset=utf-8' });
  });
}

function download(body: string, type: string, name: string): Response {
  return new Response(body, {
    headers: {
      'content-type': `${type}; charset=utf-8`,
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': 'no-store',
    },
  });
}

/** GET /api/registry.csv: the registry for managers and admins of the caller's organisation. */
export function registryCsvResponse(
  context: CertificationContext,
  caller: Actor | undefined,
): Promise<Response> {
  return answer(async () =>
    download(await registryCsvFor(context, caller), 'text/csv', 'registry.csv'),
  );
}

/** GET /api/audit.jsonl: the audit log, one entry a line, for managers and admins. */
export function auditJsonlResponse(db: Database, caller: Actor | undefined): Promise<Response> {
  return answer(async () =>
    download(await auditJsonl(db, caller), 'application/jsonl', 'audit.jsonl'),
  );
}
