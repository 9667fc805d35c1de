import type { IncomingMessage, ServerResponse } from 'node:http';
import { practiceContext } from './app-context.ts';
import type { AttemptView } from './attempt-view.ts';
import { nodeJsonEndpoint } from './json-endpoint.ts';
import type { JsonWork } from './json-endpoint.ts';
import { ActInputSchema } from './practice-input.ts';
import { actOnAttemptAs } from './practice.ts';
import { serverRuntime } from './runtime.ts';
import { sessionClaim } from './session-caller.ts';

// The routes the HTTP server in front of the app (http-server.ts) answers itself, from Node's
// request and response, before Astro sees them: the calls a trainee makes for every turn, where
// Astro's handling of a request (a Web Request and Response around it, route matching, the
// middleware, the page module's import) cost more CPU than the route's own work bar the scorer.
// Each is also an Astro API route under src/pages/api with the same work, which `astro dev` and
// any build without this module serve. The build emits this file as dist/server/direct-routes.mjs
// (astro.config.mjs), in the same module graph as the app, so both share one runtime.

/** POST /api/practice/act: one action on the caller's own practice attempt. */
export const practiceAct: JsonWork<typeof ActInputSchema, { view: AttemptView }> = async (
  input,
  _actor,
  headers,
) => {
  // The caller is not looked up first: actOnAttemptAs checks the session as it saves.
  const [{ db, auth }, context] = await Promise.all([serverRuntime(), practiceContext()]);
  const claim = await sessionClaim(db, auth, headers);
  return actOnAttemptAs(context, claim, input, { mode: 'practice' });
};

/** A route answered before the app, from Node's request and response. */
export type DirectHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

/** The routes by `METHOD /path`. */
export const directRoutes: ReadonlyMap<string, DirectHandler> = new Map([
  ['POST /api/practice/act', nodeJsonEndpoint(ActInputSchema, practiceAct)],
]);
