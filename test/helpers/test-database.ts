import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openDatabase } from '../../src/server/db/client.ts';
import type { DatabaseHandle, DatabaseTarget } from '../../src/server/db/client.ts';
import { loadCatalog } from '../../src/server/scenario-catalog.ts';
import type { ScenarioCatalog } from '../../src/server/scenario-catalog.ts';

/**
 * The databases every server test runs on: embedded PGlite always, and the PostgreSQL server in
 * TEST_DATABASE_URL when it is set (CI starts one), each test file in a fresh database of its own.
 */
export type TestDatabaseKind = 'pglite' | 'postgres';

export const TEST_DATABASE_URL = process.env['TEST_DATABASE_URL'] ?? '';

export function testDatabaseKinds(): TestDatabaseKind[] {
  return TEST_DATABASE_URL === '' ? ['pglite'] : ['pglite', 'postgres'];
}

/** A fresh place to keep data: a temporary PGlite folder, or a new database on the server. */
export interface TestDatabasePlace {
  target: DatabaseTarget;
  dispose: () => Promise<void>;
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

export async function freshPlace(kind: TestDatabaseKind): Promise<TestDatabasePlace> {
  if (kind === 'pglite') {
    const dataDir = await mkdtemp(join(tmpdir(), 'frontline-test-'));
    return {
      target: { kind: 'pglite', dataDir },
      dispose: () => rm(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `frontline_t_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    target: { kind: 'postgres', url: url.toString() },
    dispose: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/** A migrated database for one test file: PGlite in memory, or a fresh PostgreSQL database. */
export async function openTestDatabase(
  kind: TestDatabaseKind,
): Promise<DatabaseHandle & { dispose: () => Promise<void> }> {
  if (kind === 'pglite') {
    const handle = await openDatabase({ kind: 'memory' });
    return { ...handle, dispose: handle.close };
  }
  const place = await freshPlace(kind);
  const handle = await openDatabase(place.target);
  return {
    ...handle,
    dispose: async () => {
      await handle.close();
      await place.dispose();
    },
  };
}

const FIXTURES = fileURLToPath(new URL('../simulator/fixtures/', import.meta.url));

/** The engine's fixture scenarios (branching, crisis-queue, troll) as a server catalog. */
export function fixtureCatalog(): Promise<ScenarioCatalog> {
  return loadCatalog(FIXTURES);
}
