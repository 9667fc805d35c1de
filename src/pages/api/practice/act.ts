import type { APIRoute } from 'astro';
import { practiceAct } from '../../../server/direct-routes.ts';
import { jsonEndpoint } from '../../../server/json-endpoint.ts';
import { ActInputSchema } from '../../../server/practice-input.ts';

/**
 * Plays one action (a reply, a wait, a moderation) on the caller's own practice attempt. The
 * middleware leaves the caller to this route, which checks the session as it saves; `npm start`
 * answers it before the app (src/server/direct-routes.ts), with the same work.
 */
export const POST: APIRoute = jsonEndpoint(ActInputSchema, practiceAct);
