import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { lockDataFolder } from './data-folder-lock.ts';
import { schema } from './schema.ts';

/** The Drizzle database, whichever driver is behind it: services take this. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DatabaseHandle {
  db: Database;
  /** `pglite` for the embedded database in a data folder (or memory), `postgres` for DATABASE_URL. */
  kind: 'pglite' | 'postgres';
  /** Where the data lives, for log lines: the PGlite folder or the server's host and database. */
  location: string;
  close: () => Promise<void>;
}

export type DatabaseTarget =
  { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string } | { kind: 'memory' };

/** Where the app's data lives, from the environment: DATABASE_URL, else FRONTLINE_DATA_DIR or ./data. */
export function databaseTargetFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  const url = env['DATABASE_URL'];
  if (url !== undefined && url !== '') return { kind: 'postgres', url };
  const dataDir = env['FRONTLINE_DATA_DIR'];
  return {
    kind: 'pglite',
    dataDir: resolve(dataDir === undefined || dataDir === '' ? 'data' : dataDir),
  };
}

/**
 * The committed migrations. Running from source (CLI, tests) they sit beside this file; the built
 * server is bundled elsewhere, so it looks in the working folder too, or FRONTLINE_MIGRATIONS_DIR.
 */
export function migrationsFolder(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = [
    env['FRONTLINE_MIGRATIONS_DIR'],
    fileURLToPath(new URL('./migrations', import.meta.url)),
    resolve('src/server/db/migrations'),
  ].filter((folder): folder is string => folder !== undefined && folder !== '');
  const found = candidates.find((folder) => existsSync(`${folder}/meta/_journal.json`));
  if (found === undefined) {
    throw new Error(
      `the database migrations were not found (looked in ${candidates.join(', ')}); run Frontline from its folder or set FRONTLINE_MIGRATIONS_DIR`,
    );
  }
  return found;
}

function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `postgres://${parsed.host}${parsed.pathname}`;
  } catch {
    return 'the PostgreSQL server in DATABASE_URL';
  }
}

// Any number that fits in a bigint: every app server takes the same lock while migrating.
const MIGRATION_LOCK = 4_321_004;

async function openPostgres(url: string): Promise<DatabaseHandle> {
  // Migrate on one connection holding an advisory lock, so two servers starting together take turns.
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migrateNodePg(drizzleNodePg({ client, schema }), {
      migrationsFolder: migrationsFolder(),
    });
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await client.end();
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: Number(process.env['FRONTLINE_DB_POOL'] ?? 10),
  });
  return {
    db: drizzleNodePg({ client: pool, schema }),
    kind: 'postgres',
    location: describeUrl(url),
    close: () => pool.end(),
  };
}

async function openPglite(dataDir: string | undefined): Promise<DatabaseHandle> {
  let release = async (): Promise<void> => {};
  let client: PGlite;
  if (dataDir === undefined) {
    client = new PGlite();
  } else {
    await mkdir(dataDir, { recursive: true });
    release = await lockDataFolder(dataDir);
    try {
      client = new PGlite(`${dataDir}/pglite`);
      await client.waitReady;
    } catch (error) {
      await release();
      throw error;
    }
  }
  const db = drizzlePglite({ client, schema });
  try {
    await migratePglite(db, { migrationsFolder: migrationsFolder() });
  } catch (error) {
    await client.close();
    await release();
    throw error;
  }
  return {
    db,
    kind: 'pglite',
    location: dataDir ?? 'memory',
    close: async () => {
      if (!client.closed) await client.close();
      await release();
    },
  };
}

/** Opens the database and applies any migrations not applied yet. */
export function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  switch (target.kind) {
    case 'postgres':
      return openPostgres(target.url);
    case 'pglite':
      return openPglite(target.dataDir);
    case 'memory':
      return openPglite(undefined);
  }
}
