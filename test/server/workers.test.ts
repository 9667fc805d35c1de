import { describe, expect, it } from 'vitest';
import { workerCount } from '../../src/server/workers.ts';

const POSTGRES = 'postgres://frontline@127.0.0.1:5432/frontline';

describe('workerCount', () => {
  it.each([
    ['one per core on PostgreSQL by default', { DATABASE_URL: POSTGRES }, 4],
    ['one on PGlite by default', {}, 1],
    ['one on PGlite when DATABASE_URL is empty', { DATABASE_URL: '' }, 1],
    ['FRONTLINE_WORKERS on PostgreSQL', { DATABASE_URL: POSTGRES, FRONTLINE_WORKERS: '3' }, 3],
    ['FRONTLINE_WORKERS=1 on PGlite', { FRONTLINE_WORKERS: '1' }, 1],
    ['an empty FRONTLINE_WORKERS as unset', { DATABASE_URL: POSTGRES, FRONTLINE_WORKERS: ' ' }, 4],
  ])('runs %s', (_case, env, expected) => {
    expect(workerCount(env, 4)).toBe(expected);
  });

  it.each([
    [
      { DATABASE_URL: POSTGRES, FRONTLINE_WORKERS: '0' },
      'FRONTLINE_WORKERS: expected a whole number of processes, 1 or more, got `0`.',
    ],
    [
      { DATABASE_URL: POSTGRES, FRONTLINE_WORKERS: 'two' },
      'FRONTLINE_WORKERS: expected a whole number of processes, 1 or more, got `two`.',
    ],
    [
      { DATABASE_URL: POSTGRES, FRONTLINE_WORKERS: '1.5' },
      'FRONTLINE_WORKERS: expected a whole number of processes, 1 or more, got `1.5`.',
    ],
    [
      { FRONTLINE_WORKERS: '2' },
      'FRONTLINE_WORKERS: the data folder (PGlite) is served by one process; set DATABASE_URL to a PostgreSQL server to run 2.',
    ],
  ])('refuses %o naming the setting', (env, message) => {
    expect(() => workerCount(env, 4)).toThrow(message);
  });
});
