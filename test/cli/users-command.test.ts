import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPlace, testDatabaseKinds } from '../helpers/test-database.ts';
import type { TestDatabasePlace } from '../helpers/test-database.ts';
import { runFrontline } from './run-cli.ts';

// Each call is a new process opening the database (a few seconds on PGlite), hence the timeouts.
// `frontline users` against a fresh data folder, and a fresh PostgreSQL database too when
// TEST_DATABASE_URL is set: the same database the server would use.
describe.each(testDatabaseKinds())('frontline users on %s', (kind) => {
  let place: TestDatabasePlace;
  let env: Record<string, string | undefined>;

  beforeAll(async () => {
    place = await freshPlace(kind);
    env =
      place.target.kind === 'postgres'
        ? { DATABASE_URL: place.target.url, FRONTLINE_DATA_DIR: undefined }
        : {
            DATABASE_URL: undefined,
            FRONTLINE_DATA_DIR: place.target.kind === 'pglite' ? place.target.dataDir : '',
          };
  }, 60_000);

  afterAll(async () => {
    await place?.dispose();
  }, 60_000);

  it('asks for the organisation on an empty database, then makes it with the first admin', () => {
    const refused = runFrontline(
      ['users', 'create', '--email', 'boss@acme.test', '--name', 'Boss'],
      { env },
    );
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(
      'the database is empty: name the new organisation with --organisation NAME',
    );
    const created = runFrontline(
      [
        'users',
        'create',
        '--organisation',
        'Acme',
        '--email',
        'Boss@Acme.test',
        '--name',
        'Boss',
        '--role',
        'trainee',
      ],
      { env },
    );
    expect(created.stderr).toBe('');
    expect(created.stdout).toMatch(
      /^Created boss@acme\.test as admin\.\nPassword \(shown once\): \S{16}\n$/,
    );
  }, 120_000);

  it('creates, lists, promotes and removes, keeping the last admin', () => {
    const created = runFrontline(
      ['users', 'create', '--email', 'tee@acme.test', '--name', 'Tee', '--password-stdin'],
      { env, input: 'a long password\n' },
    );
    expect(created.stdout).toBe('Created tee@acme.test as trainee.\n');
    expect(runFrontline(['users', 'set-role', 'tee@acme.test', 'manager'], { env }).stdout).toBe(
      'tee@acme.test is now manager.\n',
    );
    const lastAdmin = runFrontline(['users', 'set-role', 'boss@acme.test', 'trainee'], { env });
    expect(lastAdmin.status).toBe(1);
    expect(lastAdmin.stderr).toBe(
      'frontline users: role: this is the organisation’s only admin; make someone else an admin first.\n',
    );
    const listed = runFrontline(['users', 'list', '--json'], { env });
    expect(
      listed.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { email: string; role: string }),
    ).toMatchObject([
      { email: 'boss@acme.test', role: 'admin' },
      { email: 'tee@acme.test', role: 'manager' },
    ]);
    expect(runFrontline(['users', 'remove', 'tee@acme.test'], { env }).stdout).toBe(
      'Removed tee@acme.test from Acme.\n',
    );
    expect(runFrontline(['users', 'list'], { env }).stdout).toMatch(/^Acme: 1 person\n/);
  }, 120_000);

  it('prints an invitation link and refuses a made-up role', () => {
    const invited = runFrontline(
      ['users', 'invite', '--role', 'manager', '--base-url', 'https://train.acme.test'],
      { env },
    );
    expect(invited.stdout).toMatch(/^https:\/\/train\.acme\.test\/invite\/[\w-]{43}\n$/);
    const bad = runFrontline(['users', 'invite', '--role', 'boss'], { env });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('"boss" is not a role; use admin, manager or trainee');
  }, 120_000);
});
