import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpOrganisation } from '../../src/server/accounts.ts';
import { openDatabase } from '../../src/server/db/client.ts';
import { spawnBuiltApp } from '../../src/cli/listening-origin.ts';
import { buildApp } from '../e2e/web-app.ts';
import { freshPlace, TEST_DATABASE_URL } from '../helpers/test-database.ts';
import type { TestDatabasePlace } from '../helpers/test-database.ts';

// `npm start` runs src/server/serve.ts: on PostgreSQL, several processes share one port.
const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = `${root}test-results/app-serve`;

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function serve(env: Record<string, string>): Started {
  const child = spawnBuiltApp(`${outDir}/server/entry.mjs`, env);
  let output = '';
  const onData = (chunk: Buffer): void => {
    // eslint-disable-next-line no-control-regex -- the adapter's log line is coloured
    output += chunk.toString().replace(/\u001b\[[0-9;]*m/g, '');
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { child, output: () => output, exited };
}

async function listening(started: Started, count: number): Promise<string[]> {
  for (let waited = 0; waited < 60_000; waited += 100) {
    const origins = [...started.output().matchAll(/listening on (http:\/\/[^\s]+)/gi)].map(
      (match) => (match[1] ?? '').replace(/\/$/, ''),
    );
    if (origins.length >= count) return origins;
    if (started.child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the server did not start ${count} processes:\n${started.output()}`);
}

/** The ids of the processes whose parent is `pid`. */
async function children(pid: number): Promise<number[]> {
  const { readdir, readFile } = await import('node:fs/promises');
  const found: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid)
      found.push(Number(entry));
  }
  return found;
}

beforeAll(async () => {
  await buildApp(outDir);
}, 300_000);

describe('serve on PGlite', () => {
  it('refuses several processes on a data folder, naming the setting', async () => {
    const started = serve({ DATABASE_URL: '', FRONTLINE_WORKERS: '2' });
    expect(await started.exited).toBe(2);
    expect(started.output()).toContain(
      'FRONTLINE_WORKERS: the data folder (PGlite) is served by one process; set DATABASE_URL to a PostgreSQL server to run 2.',
    );
  });
});

describe('serve on several processes', () => {
  it('stops them all and fails when they cannot start', async () => {
    const child = spawnBuiltApp(`${outDir}/server/missing.mjs`, {
      DATABASE_URL: 'postgres://frontline@127.0.0.1:1/none',
      FRONTLINE_WORKERS: '2',
    });
    let output = '';
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(output).toContain('a server process stopped (exit code 2)');
    expect(await children(child.pid ?? 0)).toEqual([]);
  }, 60_000);
});

describe.skipIf(TEST_DATABASE_URL === '')('serve on PostgreSQL', () => {
  let place: TestDatabasePlace | undefined;
  let started: Started | undefined;

  beforeAll(async () => {
    place = await freshPlace('postgres');
    if (place.target.kind !== 'postgres') throw new Error('expected a PostgreSQL database');
    const handle = await openDatabase(place.target);
    await setUpOrganisation(handle.db, {
      organisationName: 'Acme',
      name: 'Ada',
      email: 'ada@example.com',
      password: 'correct horse',
    });
    await handle.close();
    started = serve({ DATABASE_URL: place.target.url, FRONTLINE_WORKERS: '2' });
  }, 120_000);

  afterAll(async () => {
    if (started !== undefined && started.child.exitCode === null) {
      started.child.kill('SIGTERM');
      await started.exited;
    }
    await place?.dispose();
  }, 60_000);

  it('answers on one port from two processes, and a session made on one holds on the other', async () => {
    const origins = await listening(started as Started, 2);
    expect(new Set(origins).size).toBe(1);
    const origin = origins[0] ?? '';
    expect(await children(started?.child.pid ?? 0)).toHaveLength(2);
    const signIn = await fetch(`${origin}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { origin, 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'ada@example.com', password: 'correct horse' }),
    });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers
      .getSetCookie()
      .map((line) => line.split(';')[0])
      .join('; ');
    // New connections are handed to the processes in turn: every one sees the same session.
    for (let i = 0; i < 6; i += 1) {
      const response = await fetch(`${origin}/_actions/team.members`, {
        method: 'POST',
        headers: { origin, cookie, 'content-type': 'application/json', connection: 'close' },
        body: '{}',
      });
      expect(response.status, started?.output()).toBe(200);
    }
  });

  it('stops every process on SIGTERM', async () => {
    const pid = started?.child.pid ?? 0;
    const workers = await children(pid);
    started?.child.kill('SIGTERM');
    await started?.exited;
    expect(await children(pid)).toEqual([]);
    for (const worker of workers) {
      expect(() => process.kill(worker, 0)).toThrow();
    }
  });
});
