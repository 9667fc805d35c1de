import type { APIRoute } from 'astro';
import { serverSigningKey } from '../../server/certification/context.ts';
import { registryCsvResponse } from '../../server/certification/http.ts';
import { contentCatalog } from '../../server/content-catalog.ts';
import { serverRuntime } from '../../server/runtime.ts';

/** The registry of certificates as CSV, for managers and admins. */
export const GET: APIRoute = async ({ locals }) => {
  const [{ db }, catalog, key] = await Promise.all([
    serverRuntime(),
    contentCatalog(),
    serverSigningKey(),
  ]);
  return registryCsvResponse({ db, catalog, key }, locals.actor);
};
