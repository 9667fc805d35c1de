import type { APIRoute } from 'astro';
import { auditJsonlResponse } from '../../server/certification/http.ts';
import { serverRuntime } from '../../server/runtime.ts';

/** The audit log as JSON Lines, for managers and admins. */
export const GET: APIRoute = async ({ locals }) => {
  const { db } = await serverRuntime();
  return auditJsonlResponse(db, locals.actor);
};
