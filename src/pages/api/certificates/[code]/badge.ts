import type { APIRoute } from 'astro';
import { serverSigningKey } from '../../../../server/certification/context.ts';
import { badgeResponse } from '../../../../server/certification/http.ts';
import { serverRuntime } from '../../../../server/runtime.ts';

/** A certificate as an Open Badges 3.0 credential; public, like its verification page. */
export const GET: APIRoute = async ({ request, params, url }) => {
  const [{ db }, key] = await Promise.all([serverRuntime(), serverSigningKey()]);
  return badgeResponse({ db, key }, request, params.code ?? '', publicOrigin(url));
};

function publicOrigin(url: URL): string {
  const configured = process.env['BETTER_AUTH_URL'];
  return configured !== undefined && configured !== '' ? configured : url.origin;
}
