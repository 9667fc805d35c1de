import type { APIRoute } from 'astro';
import { practiceContext } from '../../../server/app-context.ts';
import { jsonEndpoint } from '../../../server/json-endpoint.ts';
import { ActInputSchema } from '../../../server/practice-input.ts';
import { actOnAttempt } from '../../../server/practice.ts';

/** Plays one action (a reply, a wait, a moderation) on the caller's own practice attempt. */
export const POST: APIRoute = jsonEndpoint(ActInputSchema, async (input, actor) =>
  actOnAttempt(await practiceContext(), actor, input, { mode: 'practice' }),
);
