import { authSecret, createAuth } from './auth.ts';
import type { Auth } from './auth.ts';
import { databaseTargetFromEnv, openDatabase } from './db/client.ts';
import type { Database, DatabaseHandle } from './db/client.ts';

/** The app server's connections: the database and better-auth over it. No other state. */
export interface ServerRuntime {
  handle: DatabaseHandle;
  db: Database;
  auth: Auth;
}

// Kept on globalThis so that `astro dev`, which reloads modules on change, reuses the one
// connection instead of opening the data folder a second time.
const shared = globalThis as typeof globalThis & {
  frontlineRuntime?: Promise<ServerRuntime> | undefined;
};

async function open(): Promise<ServerRuntime> {
  const handle = await openDatabase(databaseTargetFromEnv());
  console.log(`Frontline data: ${handle.kind} at ${handle.location}`);
  const auth = createAuth(handle.db, {
    secret: await authSecret(handle.db),
    baseURL: process.env['BETTER_AUTH_URL'] || undefined,
  });
  // Close the embedded database cleanly on stop, so the data folder is left consistent.
  const stop = (signal: NodeJS.Signals): void => {
    void handle.close().finally(() => process.kill(process.pid, signal));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  return { handle, db: handle.db, auth };
}

/** Opens the database on first use (applying migrations) and shares it for the process's life. */
export function serverRuntime(): Promise<ServerRuntime> {
  shared.frontlineRuntime ??= open().catch((error: unknown) => {
    shared.frontlineRuntime = undefined;
    throw error;
  });
  return shared.frontlineRuntime;
}
