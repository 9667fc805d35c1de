import type { APIRoute } from 'astro';
import { serverSigningKey } from '../../server/certification/context.ts';
import { permissionResponse } from '../../server/certification/http.ts';
import { serverRuntime } from '../../server/runtime.ts';

/** May this person post on this channel now? For publishing tools, with a Bearer API token. */
export const GET: APIRoute = async ({ request }) => {
  const [{ db }, key] = await Promise.all([serverRuntime(), serverSigningKey()]);
  return permissionResponse({ db, key }, request);
};
