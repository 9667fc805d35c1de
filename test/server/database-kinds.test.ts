import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  openTestDatabase,
  TEST_DATABASE_URL,
  testDatabaseKinds,
} from '../helpers/test-database.ts';

// CI starts PostgreSQL and sets TEST_DATABASE_URL for the server tests: if that ever stopped
// happening, they would quietly run on PGlite alone, so in CI its absence is a failure.
describe('the databases the server tests run on', () => {
  it('include PostgreSQL in CI', () => {
    if (process.env['CI'] === 'true') {
      expect(TEST_DATABASE_URL, 'TEST_DATABASE_URL is set in CI').not.toBe('');
      expect(testDatabaseKinds()).toEqual(['pglite', 'postgres']);
    } else {
      expect(testDatabaseKinds()).toEqual(
        TEST_DATABASE_URL === '' ? ['pglite'] : ['pglite', 'postgres'],
      );
    }
  });
});

// Migration 0002: the large JSON columns of attempts use lz4 where the server has it (Debian's
// PostgreSQL does), and the migration still applies where it does not (PGlite keeps pglz).
describe.each(testDatabaseKinds())('attempt columns compression on %s', (kind) => {
  it('is lz4 on PostgreSQL and the default on PGlite, with every migration applied', async () => {
    const handle = await openTestDatabase(kind);
    try {
      const { rows } = (await handle.db.execute(sql`
        select attrelid::regclass::text || '.' || attname as name, attcompression as compression
        from pg_attribute
        where attrelid in ('attempts'::regclass, 'attempt_turns'::regclass)
          and attname in ('state', 'report')
        order by 1`)) as { rows: { name: string; compression: string }[] };
      const expected = kind === 'postgres' ? 'l' : '';
      expect(rows).toEqual([
        { name: 'attempt_turns.report', compression: expected },
        { name: 'attempt_turns.state', compression: expected },
        { name: 'attempts.state', compression: expected },
      ]);
    } finally {
      await handle.dispose();
    }
  });
});
