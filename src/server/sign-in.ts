import type { Auth } from './auth.ts';

export type SignInResult =
  | { ok: true; setCookies: string[] }
  | { ok: false; status: number; field: 'email' | 'form'; message: string };

/** Who is asking, as the HTTP layer knows it. */
export interface ClientRequest {
  url: URL;
  clientAddress: string;
}

/**
 * Signs in through better-auth's own endpoint rather than its server API, so the sign-in rate
 * limit (kept in the database, per client address) applies to the sign-in form too.
 */
export async function signInWithPassword(
  auth: Auth,
  client: ClientRequest,
  credentials: { email: string; password: string },
): Promise<SignInResult> {
  const url = new URL('/api/auth/sign-in/email', client.url);
  const response = await auth.handler(
    new Request(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: url.origin,
        'x-forwarded-for': client.clientAddress,
      },
      body: JSON.stringify({
        email: credentials.email.trim().toLowerCase(),
        password: credentials.password,
      }),
    }),
  );
  if (response.ok) return { ok: true, setCookies: response.headers.getSetCookie() };
  if (response.status === 429) {
    return {
      ok: false,
      status: 429,
      field: 'form',
      message: 'Too many sign-in attempts from here; wait a minute and try again.',
    };
  }
  return {
    ok: false,
    status: response.status,
    field: 'email',
    message: 'The email or password is wrong; check both and try again.',
  };
}

/** Ends the session in the request's cookie; returns the Set-Cookie headers that clear it. */
export async function signOut(
  auth: Auth,
  client: ClientRequest,
  headers: Headers,
): Promise<string[]> {
  const url = new URL('/api/auth/sign-out', client.url);
  const forwarded = new Headers({ origin: url.origin, 'x-forwarded-for': client.clientAddress });
  const cookie = headers.get('cookie');
  if (cookie !== null) forwarded.set('cookie', cookie);
  const response = await auth.handler(new Request(url, { method: 'POST', headers: forwarded }));
  return response.headers.getSetCookie();
}

/** The header better-auth reads the client address from: always the connecting address. */
export function withClientAddress(request: Request, clientAddress: string): Request {
  if (process.env['FRONTLINE_TRUST_PROXY'] === '1' && request.headers.has('x-forwarded-for')) {
    return request;
  }
  const headers = new Headers(request.headers);
  headers.set('x-forwarded-for', clientAddress);
  return new Request(request, { headers });
}
