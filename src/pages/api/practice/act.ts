import type { APIRoute } from 'astro';
import { practiceContext } from '../../../server/app-context.ts';
import { jsonEndpoint } from '../../../server/json-endpoint.ts';
import { ActInputSchema } from '../../../server/practice-input.ts';
import { actOnAttemptAs } from '../../../server/practice.ts';
import { serverRuntime } from '../../../server/runtime.ts';
import { sessionClaim } from '../../../server/session-caller.ts';

/**
 * Plays one action (a reply, a wait, a moderation) on the caller's own practice attempt. The
 * middleware leaves the caller to this route: actOnAttemptAs checks the session as it saves.
 */
export const POST: APIRoute = jsonEndpoint(ActInputSchema, async (input, _actor, request) => {
  const [{ db, auth }, context] = await Promise.all([serverRuntime(), practiceContext()]);
  const claim = await sessionClaim(db, auth, request.headers);
  return actOnAttemptAs(context, claim, input, { mode: 'practice' });
});
