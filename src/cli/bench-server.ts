// `npm run bench:server`: the built server under concurrent trainees, each playing attempts through
// (a start, then replies that the server times, scores and saves), on PGlite and, when
// DATABASE_URL or TEST_DATABASE_URL is set, on PostgreSQL, beside a bare node:http baseline
// measured in the same run. autocannon drives it over loopback only.
import { execFile, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import autocannon from 'autocannon';
import { and, eq, gte, isNull, sql } from 'drizzle-orm';
import pg from 'pg';
import { createAccount, setUpOrganisation } from '../server/accounts.ts';
import { authSecret, createAuth } from '../server/auth.ts';
import { openDatabase } from '../server/db/client.ts';
import { workerCount } from '../server/workers.ts';
import type { DatabaseTarget } from '../server/db/client.ts';
import { attempts, attemptTurns } from '../server/db/schema.ts';
import { parseCommandLine, positiveInteger, UsageError } from './command-line.ts';
import { listeningOrigin, spawnBuiltApp } from './listening-origin.ts';

const SCENARIO = 'double-charge';
/**
 * A playthrough of the scenario: the opening reply (an apology and a DM: the thread moves to the
 * DM follow-up) and the public close of the loop, which ends the attempt.
 */
const REPLIES = [
  "Hi Kwame, I'm so sorry you were charged twice, and thanks for flagging it. Please send us a DM with the order number and we'll look into the duplicate right away.",
  'Thanks for your patience, Kwame. The duplicate £23.40 was refunded today; your bank can take up to 5 working days to show it. Sorry again for the worry, and give us a shout if anything looks off.',
] as const;

const USAGE = `Usage: npm run bench:server -- [--trainees N] [--seconds N] [--replies N] [--workers N] [--only pglite|postgres] [--no-build] [--cpu-prof DIR]

Builds the app (test-results/bench-server) and measures a baseline: a bare node:http server
under the same connections, whose requests per second the app's figures are divided by (this
machine is shared and noisy; the ratio is steadier than either figure). Then for each database
(PGlite in a temporary data folder; PostgreSQL in a new database on the server of DATABASE_URL
or TEST_DATABASE_URL, when set) starts the app on 127.0.0.1 with src/server/serve.ts, as
\`npm start\` does, on --workers processes (PostgreSQL only; PGlite is one process), signs N
trainees in, and has each of them, on its own connection, play ${SCENARIO} through again and
again for the given time: start an attempt, send the opening reply, then the public close of the
loop, which ends the attempt. Prints requests per second, scored replies per second (replies the
server scored and answered with 200), latency p50 and p99 over every request, errors, and the CPU
time per scored reply of the server (user + system of all its processes, from /proc, so the load
generator's own CPU is not counted) and of PostgreSQL's processes when they run on this machine;
then checks every reply answered with 200 was saved and every attempt played through ended
(exit status 1 if not, or on connection errors).

Options:
  --trainees N   concurrent trainees, one connection each (default: 16)
  --seconds N    how long each run lasts (default: 15)
  --replies N    replies per attempt before starting the next (default: all ${REPLIES.length}, the
                 whole playthrough; 1 starts an attempt for every reply)
  --workers N    server processes on PostgreSQL (default: FRONTLINE_WORKERS, else 1: here the
                 server shares the cores with PostgreSQL and the load generator, where a second
                 process measured no steadier: faster while the machine ran slow, not while it
                 ran fast, and with a longer p99; \`npm start\` on a machine of its own uses all)
  --only DB      bench one database only: pglite or postgres
  --no-build     reuse the last build
  --cpu-prof DIR write the server's V8 CPU profiles (one per process) to DIR
`;

const OPTIONS = {
  trainees: { type: 'string' },
  seconds: { type: 'string' },
  workers: { type: 'string' },
  replies: { type: 'string' },
  only: { type: 'string' },
  'no-build': { type: 'boolean' },
  'cpu-prof': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUT_DIR = `${ROOT}test-results/bench-server`;
const PASSWORD = 'bench password';

interface Place {
  name: string;
  /** Server processes (FRONTLINE_WORKERS). */
  workers: number;
  target: DatabaseTarget;
  env: Record<string, string>;
  dispose: () => Promise<void>;
}

async function pgliteInTemp(): Promise<Place> {
  const dataDir = await mkdtemp(join(tmpdir(), 'frontline-bench-'));
  return {
    name: 'PGlite',
    workers: 1,
    target: { kind: 'pglite', dataDir },
    env: { FRONTLINE_DATA_DIR: dataDir, DATABASE_URL: '', FRONTLINE_WORKERS: '1' },
    dispose: () => rm(dataDir, { recursive: true, force: true }),
  };
}

async function postgresDatabase(url: string, workers: number): Promise<Place> {
  const name = `frontline_bench_${randomBytes(4).toString('hex')}`;
  const admin = async (text: string): Promise<void> => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(text);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const databaseUrl = new URL(url);
  databaseUrl.pathname = `/${name}`;
  return {
    name: 'PostgreSQL',
    workers,
    target: { kind: 'postgres', url: databaseUrl.toString() },
    env: { DATABASE_URL: databaseUrl.toString(), FRONTLINE_WORKERS: String(workers) },
    dispose: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/** Makes the organisation and trainees, and signs each in: their session cookies. */
async function provision(target: DatabaseTarget, trainees: number): Promise<string[]> {
  const handle = await openDatabase(target);
  try {
    const org = await setUpOrganisation(handle.db, {
      organisationName: 'Bench',
      name: 'Admin',
      email: 'admin@bench.test',
      password: PASSWORD,
    });
    const auth = createAuth(handle.db, { secret: await authSecret(handle.db), quiet: true });
    const cookies: string[] = [];
    for (let i = 0; i < trainees; i += 1) {
      const email = `trainee${i}@bench.test`;
      await createAccount(
        handle.db,
        { name: `Trainee ${i}`, email, password: PASSWORD },
        { organisationId: org.organisationId, role: 'trainee' },
      );
      // The server API is not rate-limited: fine for provisioning, where the form is not involved.
      const response = await auth.api.signInEmail({
        body: { email, password: PASSWORD },
        asResponse: true,
      });
      cookies.push(
        response.headers
          .getSetCookie()
          .map((line) => line.split(';')[0])
          .join('; '),
      );
    }
    return cookies;
  } finally {
    await handle.close();
  }
}

/**
 * What was stored, counted once the server has stopped: the replies in attempt_turns, and the
 * attempts that got every reply of the playthrough yet have no outcome (the scenario should end).
 */
async function stored(
  target: DatabaseTarget,
  repliesPerAttempt: number,
): Promise<{ saved: number; unfinished: number }> {
  const handle = await openDatabase(target);
  try {
    const [replies] = await handle.db
      .select({ count: sql<number>`count(*)`.mapWith(Number) })
      .from(attemptTurns)
      .where(eq(attemptTurns.actionType, 'reply'));
    // Only a whole playthrough is bound to end the attempt.
    if (repliesPerAttempt < REPLIES.length) return { saved: replies?.count ?? 0, unfinished: 0 };
    const [unfinished] = await handle.db
      .select({ count: sql<number>`count(*)`.mapWith(Number) })
      .from(attempts)
      .where(and(gte(attempts.turnCount, repliesPerAttempt), isNull(attempts.outcomeId)));
    return { saved: replies?.count ?? 0, unfinished: unfinished?.count ?? 0 };
  } finally {
    await handle.close();
  }
}

function startServer(
  env: Record<string, string>,
  profileDir: string | undefined,
): Promise<{ origin: string; child: ChildProcess }> {
  const profile = profileDir === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${profileDir}`];
  const child = spawnBuiltApp(`${OUT_DIR}/server/entry.mjs`, env, profile);
  return listeningOrigin(child).then((origin) => ({ origin, child }));
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

interface TraineeContext {
  cookie?: string;
  attemptId?: string;
}

interface ProcessCpu {
  ms: number;
  parent: number;
  command: string;
}

/** A process's CPU time so far (user + system) in milliseconds, and its parent's id. */
async function processCpu(pid: number | string): Promise<ProcessCpu> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces): the parent is the 2nd, utime and
  // stime the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const command = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
  // Linux reports in clock ticks, 100 per second on every mainstream build.
  return {
    ms: (Number(fields[11]) + Number(fields[12])) * 10,
    parent: Number(fields[1]),
    command,
  };
}

/** Every process's CPU time so far, or undefined where /proc is missing. */
async function allProcesses(): Promise<Map<string, ProcessCpu> | undefined> {
  try {
    const all = new Map<string, ProcessCpu>();
    for (const entry of await readdir('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      // A process may end between listing and reading.
      const found = await processCpu(entry).catch(() => undefined);
      if (found !== undefined) all.set(entry, found);
    }
    return all;
  } catch {
    return undefined;
  }
}

interface CpuSplit {
  /** The server: its first process and the ones it started (one per worker). */
  server: number;
  /** PostgreSQL's processes on this machine (0 when it runs elsewhere; PGlite is the server's). */
  database: number;
}

/** CPU time so far in milliseconds, split by whose it is; NaN where /proc is missing. */
async function cpuSplit(serverPid: number | undefined): Promise<CpuSplit> {
  const all = await allProcesses();
  if (all === undefined || serverPid === undefined) {
    return { server: Number.NaN, database: Number.NaN };
  }
  let server = 0;
  let database = 0;
  for (const [pid, found] of all) {
    if (pid === String(serverPid) || found.parent === serverPid) server += found.ms;
    else if (found.command === 'postgres') database += found.ms;
  }
  return { server, database };
}

interface RunFigures {
  database: string;
  workers: number;
  cpuPerReply: number;
  databaseCpuPerReply: number;
  requestsPerSecond: number;
  repliesPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  replies: number;
  saved: number;
  /** Attempts that were sent every reply of the playthrough but did not end. */
  unfinished: number;
}

interface Load {
  trainees: number;
  seconds: number;
  /** Replies sent on each attempt before starting the next: the whole playthrough, or fewer. */
  repliesPerAttempt: number;
  profileDir?: string | undefined;
}

async function benchOne(place: Place, load: Load): Promise<RunFigures> {
  const { trainees, seconds, repliesPerAttempt } = load;
  const cookies = await provision(place.target, trainees);
  const { origin, child } = await startServer(place.env, load.profileDir);
  let replies = 0;
  let next = 0;
  try {
    // One warm-up request per trainee so the first compile and connection do not count.
    for (const cookie of cookies) {
      await fetch(`${origin}/_actions/practice.library`, {
        method: 'POST',
        headers: { origin, cookie, 'content-type': 'application/json' },
        body: '{}',
      });
    }
    const headers = { origin, 'content-type': 'application/json' };
    const start: autocannon.Request = {
      method: 'POST',
      path: '/_actions/practice.start',
      setupRequest: (request, raw) => {
        const context = raw as TraineeContext;
        context.cookie ??= cookies[next++ % cookies.length] ?? '';
        return {
          ...request,
          headers: { ...headers, cookie: context.cookie },
          body: JSON.stringify({ scenarioId: SCENARIO }),
        };
      },
      onResponse: (_status, body, raw) => {
        const id = /"([0-9a-f-]{36})"/.exec(body)?.[1];
        if (id !== undefined) (raw as TraineeContext).attemptId = id;
      },
    };
    const reply = (text: string): autocannon.Request => ({
      method: 'POST',
      path: '/api/practice/act',
      setupRequest: (request, raw) => {
        const context = raw as TraineeContext;
        return {
          ...request,
          headers: { ...headers, cookie: context.cookie ?? '' },
          body: JSON.stringify({
            attemptId: context.attemptId ?? '',
            action: { type: 'reply', text },
          }),
        };
      },
      onResponse: (status) => {
        if (status === 200) replies += 1;
      },
    });
    const cpuBefore = await cpuSplit(child.pid);
    const result = await autocannon({
      url: origin,
      connections: trainees,
      duration: seconds,
      requests: [start, ...REPLIES.slice(0, repliesPerAttempt).map(reply)],
    });
    const cpuAfter = await cpuSplit(child.pid);
    await stopServer(child);
    const perReply = (ms: number): number => ms / Math.max(replies, 1);
    return {
      database: place.name,
      workers: place.workers,
      // Each attempt's start counts with its replies: the CPU of all of it, per reply.
      cpuPerReply: perReply(cpuAfter.server - cpuBefore.server),
      databaseCpuPerReply: perReply(cpuAfter.database - cpuBefore.database),
      requestsPerSecond: result.requests.average,
      repliesPerSecond: replies / seconds,
      p50: result.latency.p50,
      p99: result.latency.p99,
      non2xx: result.non2xx,
      errors: result.errors + result.timeouts,
      replies,
      ...(await stored(place.target, repliesPerAttempt)),
    };
  } finally {
    await stopServer(child);
  }
}

function table(runs: readonly RunFigures[], baseline: number): string {
  const header = [
    'database',
    'processes',
    'req/s',
    'replies/s',
    'p50 ms',
    'p99 ms',
    'non-2xx',
    'errors',
    'saved',
    'unfinished',
    'server CPU ms/reply',
    'database CPU ms/reply',
    'replies/s ÷ baseline req/s',
  ];
  const rows = runs.map((run) => [
    run.database,
    String(run.workers),
    run.requestsPerSecond.toFixed(1),
    run.repliesPerSecond.toFixed(1),
    String(run.p50),
    String(run.p99),
    String(run.non2xx),
    String(run.errors),
    `${run.saved}/${run.replies}`,
    String(run.unfinished),
    run.cpuPerReply.toFixed(2),
    run.databaseCpuPerReply.toFixed(2),
    (run.repliesPerSecond / baseline).toFixed(3),
  ]);
  const widths = header.map((title, i) =>
    Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  return [header, ...rows]
    .map((cells) => cells.map((cell, i) => cell.padStart(widths[i] ?? 0)).join('  '))
    .join('\n');
}

const BASELINE_SECONDS = 5;
const BASELINE_BODY = JSON.stringify({ data: 'x'.repeat(2000) });

/**
 * Requests per second that a bare node:http server (its own process, no database, no app)
 * answers on this machine now, under the same connections: the baseline the app's figures are
 * divided by.
 */
async function bareHttpBaseline(connections: number): Promise<number> {
  const code = `
    const body = ${JSON.stringify(BASELINE_BODY)};
    const server = require('node:http').createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(body);
      });
    });
    server.listen(0, '127.0.0.1', () => console.log('listening on http://127.0.0.1:' + server.address().port));
  `;
  const child = spawn(process.execPath, ['-e', code]);
  try {
    const origin = await listeningOrigin(child);
    const result = await autocannon({
      url: origin,
      connections,
      duration: BASELINE_SECONDS,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ attemptId: '00000000-0000-0000-0000-000000000000', text: REPLIES[0] }),
    });
    return result.requests.average;
  } finally {
    await stopServer(child);
  }
}

async function main(args: readonly string[]): Promise<number> {
  const { values } = parseCommandLine(args, OPTIONS);
  if (values.help === true) {
    process.stdout.write(USAGE);
    return 0;
  }
  const trainees = positiveInteger(values.trainees, 'trainees', 16);
  const seconds = positiveInteger(values.seconds, 'seconds', 15);
  const repliesPerAttempt = positiveInteger(values.replies, 'replies', REPLIES.length);
  if (repliesPerAttempt > REPLIES.length) {
    throw new UsageError(
      `--replies: the playthrough has ${REPLIES.length} replies; got ${repliesPerAttempt}.`,
    );
  }
  if (values['no-build'] !== true) {
    process.stdout.write('Building the app…\n');
    await promisify(execFile)(
      process.execPath,
      [`${ROOT}node_modules/astro/bin/astro.mjs`, 'build', '--outDir', OUT_DIR],
      { cwd: ROOT, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, maxBuffer: 16 << 20 },
    );
  }
  const url = process.env['DATABASE_URL'] || process.env['TEST_DATABASE_URL'] || '';
  const workers = positiveInteger(
    values.workers,
    'workers',
    process.env['FRONTLINE_WORKERS']
      ? workerCount({ DATABASE_URL: url, FRONTLINE_WORKERS: process.env['FRONTLINE_WORKERS'] })
      : 1,
  );
  const only = values.only;
  if (only !== undefined && only !== 'pglite' && only !== 'postgres') {
    throw new UsageError(`--only: expected pglite or postgres, got \`${only}\`.`);
  }
  if (only === 'postgres' && url === '') {
    throw new UsageError('--only postgres: set DATABASE_URL or TEST_DATABASE_URL first.');
  }
  const places = [
    ...(only === 'postgres' ? [] : [pgliteInTemp]),
    ...(url === '' || only === 'pglite' ? [] : [() => postgresDatabase(url, workers)]),
  ];
  process.stdout.write(
    `Baseline: a bare node:http server, ${trainees} connections for ${BASELINE_SECONDS}s…\n`,
  );
  const baseline = await bareHttpBaseline(trainees);
  const runs: RunFigures[] = [];
  for (const makePlace of places) {
    const place = await makePlace();
    try {
      process.stdout.write(
        `${place.name}: ${trainees} trainees for ${seconds}s, ${place.workers} server process${place.workers === 1 ? '' : 'es'}…\n`,
      );
      runs.push(
        await benchOne(place, {
          trainees,
          seconds,
          repliesPerAttempt,
          profileDir: values['cpu-prof'],
        }),
      );
    } finally {
      await place.dispose();
    }
  }
  process.stdout.write(`\n${table(runs, baseline)}\n`);
  process.stdout.write(
    `\nBaseline: ${baseline.toFixed(0)} req/s from a bare node:http server answering every request with ${BASELINE_BODY.length} bytes of JSON, measured in this run (the machine's loopback HTTP ceiling now; its noise moves both figures).\n` +
      `Each trainee starts an attempt of ${SCENARIO} and sends ${repliesPerAttempt === REPLIES.length ? `its ${REPLIES.length} replies (the opening reply, then the public close of the loop, which ends it)` : `${repliesPerAttempt} of its ${REPLIES.length} replies`}, then starts the next, for the whole run; ` +
      "replies/s = replies scored and answered 200 per second; p50/p99 over every request; server CPU ms/reply = the CPU time of all the server's processes during the run / replies (starts included); " +
      'database CPU ms/reply = the same for PostgreSQL processes on this machine; ' +
      'saved = replies stored in attempt_turns / replies answered 200 (more can be stored than answered: requests still in flight when the run stops); ' +
      'unfinished = attempts sent every reply that did not end (must be 0).\n',
  );
  if (url === '')
    process.stdout.write('Set DATABASE_URL or TEST_DATABASE_URL to bench PostgreSQL too.\n');
  return runs.every((run) => run.saved >= run.replies && run.errors === 0 && run.unfinished === 0)
    ? 0
    : 1;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`bench:server: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
