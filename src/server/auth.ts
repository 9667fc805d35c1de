import { randomBytes } from 'node:crypto';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { eq } from 'drizzle-orm';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './accounts.ts';
import type { Database } from './db/client.ts';
import { accounts, rateLimits, sessions, settings, users, verifications } from './db/schema.ts';

/** Sign-in attempts allowed per client address in a window of this many seconds. */
export const SIGN_IN_LIMIT = { window: 60, max: 10 };

/**
 * The secret that signs session cookies: BETTER_AUTH_SECRET when set, otherwise one generated on
 * the first start and kept in the database, so every app server signs with the same one.
 */
export async function authSecret(
  db: Database,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  const fromEnv = env['BETTER_AUTH_SECRET'];
  if (fromEnv !== undefined && fromEnv.length >= 32) return fromEnv;
  await db
    .insert(settings)
    .values({ key: 'auth-secret', value: randomBytes(32).toString('base64url') })
    .onConflictDoNothing();
  const [row] = await db.select().from(settings).where(eq(settings.key, 'auth-secret'));
  if (row === undefined) throw new Error('the auth secret could not be stored in the database');
  return row.value;
}

export interface AuthOptions {
  secret: string;
  /** The public address, when known (BETTER_AUTH_URL); otherwise taken from each request. */
  baseURL?: string | undefined;
  /** Log only errors (tests); by default better-auth also warns of failed sign-ins. */
  quiet?: boolean;
}

/**
 * better-auth over the app's database: email and password, sessions and rate-limit counters in
 * the database (so they hold across app servers). Nobody signs up through it directly: accounts
 * are made by /setup, invitation links and the `frontline users` command.
 */
export function createAuth(db: Database, options: AuthOptions) {
  return betterAuth({
    secret: options.secret,
    ...(options.baseURL === undefined ? {} : { baseURL: options.baseURL }),
    database: drizzleAdapter(db, {
      provider: 'pg',
      schema: {
        user: users,
        session: sessions,
        account: accounts,
        verification: verifications,
        rateLimit: rateLimits,
      },
    }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
    },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: true,
      storage: 'database',
      window: 60,
      max: 100,
      customRules: { '/sign-in/email': SIGN_IN_LIMIT },
    },
    advanced: { ipAddress: { ipAddressHeaders: ['x-forwarded-for'] } },
    telemetry: { enabled: false },
    ...(options.quiet === true ? { logger: { level: 'error' as const } } : {}),
  });
}

export type Auth = ReturnType<typeof createAuth>;
