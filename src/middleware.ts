import { defineMiddleware } from 'astro:middleware';
import { hasAnyUser } from './server/accounts.ts';
import { serverRuntime } from './server/runtime.ts';
import { callerFromRequest } from './server/session-caller.ts';

// Paths that never need the caller here: built assets, the auth endpoints (which read the cookie),
// and acting on a practice attempt, which checks the session in the statement that saves the turn
// (actOnAttemptAs) and asks who the caller is only when it has to.
const PASS_THROUGH = /^\/(?:_astro\/|api\/auth\/|api\/practice\/act$|favicon\.svg$)/;

/**
 * Finds the caller from the session cookie (Astro.locals.actor and .user), and sends every page
 * to /setup until the first account exists.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const path = context.url.pathname;
  if (PASS_THROUGH.test(path)) return next();
  const { db, auth } = await serverRuntime();
  const caller = await callerFromRequest(db, auth, context.request.headers);
  if (caller !== undefined) {
    context.locals.user = caller.user;
    context.locals.actor = caller.actor;
  } else if (
    context.request.method === 'GET' &&
    path !== '/setup' &&
    !path.startsWith('/_actions/') &&
    !(await hasAnyUser(db))
  ) {
    return context.redirect('/setup');
  }
  return next();
});
