import { describe, expect, it } from 'vitest';
import { TEST_DATABASE_URL, testDatabaseKinds } from '../helpers/test-database.ts';

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
