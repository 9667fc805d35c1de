import type { APIRoute } from 'astro';
import { serverRuntime } from '../../../server/runtime.ts';
import { withClientAddress } from '../../../server/sign-in.ts';

/** better-auth's endpoints (sign-in, sign-out, session), rate-limited by the client's address. */
export const ALL: APIRoute = async (context) => {
  const { auth } = await serverRuntime();
  return auth.handler(withClientAddress(context.request, context.clientAddress));
};
