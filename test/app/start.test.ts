import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../e2e/web-app.ts';
import { freshPlace, TEST_DATABASE_URL } from '../helpers/test-database.ts';
import type { TestDatabasePlace } from '../helpers/test-database.ts';
import { listeningOrigin, spawnBuiltApp } from '../../src/cli/listening-origin.ts';

// What `npm start` does (src/server/serve.ts on the built entry), in a build folder of its own so that a running `npm start` is left alone,
// on an empty data folder of its own. The build folder sits inside the repository because the
// server bundle resolves packages from node_modules.
const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = `${root}test-results/app-start`;

let server: ChildProcess | undefined;
let origin = '';
let dataDir = '';
let cookie = '';

async function startServer(): Promise<void> {
  server = spawnBuiltApp(`${outDir}/server/entry.mjs`, {
    FRONTLINE_DATA_DIR: dataDir,
    DATABASE_URL: '',
  });
  origin = await listeningOrigin(server);
}

async function stopServer(): Promise<void> {
  const running = server;
  if (running === undefined || running.exitCode !== null || running.signalCode !== null) return;
  const exited = new Promise((resolve) => running.once('exit', resolve));
  running.kill('SIGTERM');
  await exited;
}

function post(path: string, body: Record<string, string>): Promise<Response> {
  return fetch(`${origin}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { origin, cookie },
    body: new URLSearchParams(body),
  });
}

function callAction(name: string, input: unknown): Promise<Response> {
  return postJson(`/_actions/${name}`, input);
}

/** A POST of `input` as JSON, as the player sends its actions and the app's JSON routes read them. */
function postJson(path: string, input: unknown): Promise<Response> {
  return fetch(`${origin}${path}`, {
    method: 'POST',
    headers: { origin, cookie, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'frontline-start-'));
  await buildApp(outDir);
  await startServer();
}, 180_000);

afterAll(async () => {
  await stopServer();
  await rm(outDir, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
});

describe('the built app', () => {
  it('sends the first visit of a fresh install to /setup', async () => {
    const response = await fetch(`${origin}/`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toMatch(/\/setup$/);
    const setup = await (await fetch(`${origin}/setup`)).text();
    expect(setup).toContain('<label for="organisationName"');
    expect(setup).toContain('<label for="password"');
  }, 90_000);

  it('shows a refused setup field next to the field, then creates the organisation and signs in', async () => {
    const form = { organisationName: 'Acme', name: 'Ada', email: 'ada@example.com' };
    const refused = await post('/setup', { ...form, password: 'short' });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toMatch(/id="password-error"[^>]*>Use at least 8 characters\./);

    const created = await post('/setup', { ...form, password: 'long enough' });
    expect(created.status).toBe(303);
    cookie = created.headers
      .getSetCookie()
      .map((line) => line.split(';')[0])
      .join('; ');
    expect(cookie).toContain('session_token=');
    expect((await fetch(`${origin}/setup`, { redirect: 'manual' })).status).toBe(302);
  });

  it('serves the home page saying what Frontline is', async () => {
    const response = await fetch(`${origin}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const html = await response.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<title>Frontline</title>');
    expect(html).toMatch(/<h1[^>]*>[^<]+<\/h1>/);
    expect(html).toContain('training simulator and reply-quality scorer');
  });

  it('serves files from public/', async () => {
    const response = await fetch(`${origin}/favicon.svg`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/image\/svg\+xml/);
  });

  it('emits the direct routes next to the entry, which the server answers before the app', async () => {
    const built = (await import(`${outDir}/server/direct-routes.mjs`)) as {
      directRoutes: ReadonlyMap<string, unknown>;
    };
    expect([...built.directRoutes.keys()]).toEqual(['POST /api/practice/act']);
  });

  it('answers an unknown page with 404', async () => {
    const response = await fetch(`${origin}/no-such-page`);
    expect(response.status).toBe(404);
  });

  it('refuses practice actions without a session and a reply over 5,000 characters', async () => {
    const signedOut = await fetch(`${origin}/_actions/practice.history`, {
      method: 'POST',
      headers: { origin, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(signedOut.status).toBe(401);
    const signedOutAct = await fetch(`${origin}/api/practice/act`, {
      method: 'POST',
      headers: { origin, 'content-type': 'application/json' },
      body: JSON.stringify({ attemptId: 'a', action: { type: 'wait' } }),
    });
    expect(signedOutAct.status).toBe(401);
    expect(await signedOutAct.json()).toMatchObject({ code: 'UNAUTHORIZED' });
    const started = await callAction('practice.start', { scenarioId: 'double-charge' });
    expect(started.status).toBe(200);
    const attemptId = /"([0-9a-f-]{36})"/.exec(await started.text())?.[1] ?? '';
    const long = await postJson('/api/practice/act', {
      attemptId,
      action: { type: 'reply', text: 'a'.repeat(5001) },
    });
    expect(long.status).toBe(400);
    expect(((await long.json()) as { message: string }).message).toBe(
      'action.text: the reply is 5,001 characters long; shorten it to 5,000 or fewer.',
    );
  }, 90_000);

  it('keeps accounts and attempts across a restart on the same data folder', async () => {
    const started = await callAction('practice.start', { scenarioId: 'double-charge' });
    const attemptId = /"([0-9a-f-]{36})"/.exec(await started.text())?.[1] ?? '';
    const replied = await postJson('/api/practice/act', {
      attemptId,
      action: { type: 'reply', text: 'So sorry about the double charge, please DM us.' },
    });
    expect(replied.status).toBe(200);
    await stopServer();
    await startServer();
    cookie = '';
    const signedIn = await post('/sign-in', { email: 'ada@example.com', password: 'long enough' });
    expect(signedIn.status).toBe(303);
    cookie = signedIn.headers
      .getSetCookie()
      .map((line) => line.split(';')[0])
      .join('; ');
    const history = await callAction('practice.history', {});
    expect(history.status).toBe(200);
    expect(await history.text()).toContain(attemptId);
  }, 60_000);
});

// Several app servers in front of one PostgreSQL: nothing lives in a server's memory, so a session
// made on one works on the other, and sign-in attempts count across both.
describe.skipIf(TEST_DATABASE_URL === '')('two app servers on one PostgreSQL', () => {
  let place: TestDatabasePlace | undefined;
  const servers: { child: ChildProcess; origin: string }[] = [];
  let session = '';

  async function startOnPostgres(url: string): Promise<{ child: ChildProcess; origin: string }> {
    const child = spawnBuiltApp(`${outDir}/server/entry.mjs`, {
      DATABASE_URL: url,
      FRONTLINE_WORKERS: '1',
    });
    return { child, origin: await listeningOrigin(child) };
  }

  function at(index: number): string {
    return servers[index]?.origin ?? '';
  }

  function send(index: number, path: string, body: URLSearchParams | { json: unknown }) {
    const headers: Record<string, string> = { origin: at(index), cookie: session };
    if (!(body instanceof URLSearchParams)) headers['content-type'] = 'application/json';
    return fetch(`${at(index)}${path}`, {
      method: 'POST',
      redirect: 'manual',
      headers,
      body: body instanceof URLSearchParams ? body : JSON.stringify(body.json),
    });
  }

  beforeAll(async () => {
    place = await freshPlace('postgres');
    if (place.target.kind !== 'postgres') throw new Error('expected a PostgreSQL database');
    const url = place.target.url;
    // Both start at once: the migrations are applied by one while the other waits for its lock.
    servers.push(...(await Promise.all([startOnPostgres(url), startOnPostgres(url)])));
  }, 120_000);

  afterAll(async () => {
    await Promise.all(
      servers.map(async ({ child }) => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }),
    );
    await place?.dispose();
  }, 60_000);

  it('sets up on one server and plays on the other with the same session', async () => {
    const setup = await send(
      0,
      '/setup',
      new URLSearchParams({
        organisationName: 'Acme',
        name: 'Ada',
        email: 'ada@example.com',
        password: 'long enough',
      }),
    );
    expect(setup.status).toBe(303);
    session = setup.headers
      .getSetCookie()
      .map((line) => line.split(';')[0])
      .join('; ');
    const started = await send(1, '/_actions/practice.start', {
      json: { scenarioId: 'double-charge' },
    });
    expect(started.status).toBe(200);
    const attemptId = /"([0-9a-f-]{36})"/.exec(await started.text())?.[1] ?? '';
    const replied = await send(0, '/api/practice/act', {
      json: { attemptId, action: { type: 'reply', text: 'So sorry, please DM us.' } },
    });
    expect(replied.status).toBe(200);
    const history = await send(1, '/_actions/practice.history', { json: {} });
    expect(await history.text()).toContain(attemptId);
  }, 90_000);

  it('counts sign-in attempts across both servers', async () => {
    session = '';
    const statuses: number[] = [];
    for (let i = 0; i < 12 && !statuses.includes(429); i += 1) {
      const response = await send(
        i % 2,
        '/sign-in',
        new URLSearchParams({ email: 'ada@example.com', password: 'wrong password' }),
      );
      statuses.push(response.status);
    }
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.length).toBeLessThanOrEqual(11);
    for (const index of [0, 1]) {
      const right = await send(
        index,
        '/sign-in',
        new URLSearchParams({ email: 'ada@example.com', password: 'long enough' }),
      );
      expect(right.status).toBe(429);
    }
  }, 90_000);
});
