// `npm run bench:server`: the built server under concurrent trainees, each starting an attempt and
// sending a reply that the server times, scores and saves, on PGlite and, when DATABASE_URL or
// TEST_DATABASE_URL is set, on PostgreSQL. autocannon drives it over loopback only.
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
import { eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { createAccount, setUpOrganisation } from '../server/accounts.ts';
import { authSecret, createAuth } from '../server/auth.ts';
import { openDatabase } from '../server/db/client.ts';
import { workerCount } from '../server/workers.ts';
import type { DatabaseTarget } from '../server/db/client.ts';
import { attemptTurns } from '../server/db/schema.ts';
import { parseCommandLine, positiveInteger, UsageError } from './command-line.ts';
import { listeningOrigin } from './listening-origin.ts';

const USAGE = `Usage: npm run bench:server -- [--trainees N] [--seconds N] [--workers N] [--only pglite|postgres] [--no-build]

Builds the app (test-results/bench-server), then for each database (PGlite in a temporary data
folder; PostgreSQL in a new database on the server of DATABASE_URL or TEST_DATABASE_URL, when set)
starts it on 127.0.0.1 with src/server/serve.ts, as \`npm start\` does, on --workers processes
(PostgreSQL only; PGlite is one process), signs N trainees in, and has each of them, on its own
connection, start a practice attempt and send a reply, again and again, for the given time. Prints requests per second, scored replies per second (replies the server scored
and answered with 200), latency p50 and p99, errors, and the server's CPU time per scored reply
(user + system of all its processes, from /proc, so the load generator's own CPU is not
counted); then checks every reply answered with 200 was saved (exit status 1 if not, or on
connection errors).

Options:
  --trainees N   concurrent trainees, one connection each (default: 16)
  --seconds N    how long each run lasts (default: 15)
  --workers N    server processes on PostgreSQL (default: FRONTLINE_WORKERS, else 1: here the
                 server shares the cores with PostgreSQL and the load generator, where a second
                 process measured slower, unlike \`npm start\` on a machine of its own)
  --only DB      bench one database only: pglite or postgres
  --no-build     reuse the last build
`;

const OPTIONS = {
  trainees: { type: 'string' },
  seconds: { type: 'string' },
  workers: { type: 'string' },
  only: { type: 'string' },
  'no-build': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUT_DIR = `${ROOT}test-results/bench-server`;
const SERVE = `${ROOT}src/server/serve.ts`;
const SCENARIO = 'double-charge';
const REPLY =
  "Hi Jo, I'm so sorry you were charged twice, and thanks for flagging it. Please send us a DM with the order number and we'll refund the duplicate today.";
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

/** The replies stored in attempt_turns, counted once the server has stopped. */
async function savedReplies(target: DatabaseTarget): Promise<number> {
  const handle = await openDatabase(target);
  try {
    const [row] = await handle.db
      .select({ count: sql<number>`count(*)`.mapWith(Number) })
      .from(attemptTurns)
      .where(eq(attemptTurns.actionType, 'reply'));
    return row?.count ?? 0;
  } finally {
    await handle.close();
  }
}

function startServer(
  env: Record<string, string>,
): Promise<{ origin: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [SERVE, `${OUT_DIR}/server/entry.mjs`], {
    cwd: ROOT,
    env: { ...process.env, ...env, HOST: '127.0.0.1', PORT: '0' },
  });
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
}

/** A process's CPU time so far (user + system) in milliseconds, and its parent's id. */
async function processCpu(pid: number | string): Promise<ProcessCpu> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces): the parent is the 2nd, utime and
  // stime the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Linux reports in clock ticks, 100 per second on every mainstream build.
  return { ms: (Number(fields[11]) + Number(fields[12])) * 10, parent: Number(fields[1]) };
}

/**
 * The server's CPU time so far in milliseconds: its first process and the ones it started (one
 * per worker), or NaN where /proc is missing.
 */
async function cpuMs(pid: number | undefined): Promise<number> {
  if (pid === undefined) return Number.NaN;
  try {
    let total = (await processCpu(pid)).ms;
    for (const entry of await readdir('/proc')) {
      if (!/^\d+$/.test(entry) || entry === String(pid)) continue;
      // A process may end between listing and reading: it is not the server's.
      const other: ProcessCpu | undefined = await processCpu(entry).catch(() => undefined);
      if (other?.parent === pid) total += other.ms;
    }
    return total;
  } catch {
    return Number.NaN;
  }
}

interface RunFigures {
  database: string;
  workers: number;
  cpuPerReply: number;
  requestsPerSecond: number;
  repliesPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  replies: number;
  saved: number;
}

async function benchOne(place: Place, trainees: number, seconds: number): Promise<RunFigures> {
  const cookies = await provision(place.target, trainees);
  const { origin, child } = await startServer(place.env);
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
    const cpuBefore = await cpuMs(child.pid);
    const result = await autocannon({
      url: origin,
      connections: trainees,
      duration: seconds,
      requests: [
        {
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
        },
        {
          method: 'POST',
          path: '/_actions/practice.act',
          setupRequest: (request, raw) => {
            const context = raw as TraineeContext;
            return {
              ...request,
              headers: { ...headers, cookie: context.cookie ?? '' },
              body: JSON.stringify({
                attemptId: context.attemptId ?? '',
                action: { type: 'reply', text: REPLY },
              }),
            };
          },
          onResponse: (status) => {
            if (status === 200) replies += 1;
          },
        },
      ],
    });
    const cpuUsed = (await cpuMs(child.pid)) - cpuBefore;
    await stopServer(child);
    return {
      database: place.name,
      workers: place.workers,
      // Each scored reply comes with one start: the CPU of both, per reply.
      cpuPerReply: cpuUsed / Math.max(replies, 1),
      requestsPerSecond: result.requests.average,
      repliesPerSecond: replies / seconds,
      p50: result.latency.p50,
      p99: result.latency.p99,
      non2xx: result.non2xx,
      errors: result.errors + result.timeouts,
      replies,
      saved: await savedReplies(place.target),
    };
  } finally {
    await stopServer(child);
  }
}

function table(runs: readonly RunFigures[]): string {
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
    'server CPU ms/reply',
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
    run.cpuPerReply.toFixed(2),
  ]);
  const widths = header.map((title, i) =>
    Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  return [header, ...rows]
    .map((cells) => cells.map((cell, i) => cell.padStart(widths[i] ?? 0)).join('  '))
    .join('\n');
}

async function main(args: readonly string[]): Promise<number> {
  const { values } = parseCommandLine(args, OPTIONS);
  if (values.help === true) {
    process.stdout.write(USAGE);
    return 0;
  }
  const trainees = positiveInteger(values.trainees, 'trainees', 16);
  const seconds = positiveInteger(values.seconds, 'seconds', 15);
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
  const runs: RunFigures[] = [];
  for (const makePlace of places) {
    const place = await makePlace();
    try {
      process.stdout.write(
        `${place.name}: ${trainees} trainees for ${seconds}s, ${place.workers} server process${place.workers === 1 ? '' : 'es'}…\n`,
      );
      runs.push(await benchOne(place, trainees, seconds));
    } finally {
      await place.dispose();
    }
  }
  process.stdout.write(`\n${table(runs)}\n`);
  process.stdout.write(
    `\nEach trainee starts an attempt of ${SCENARIO} and sends one scored reply, over and over; ` +
      "server CPU ms/reply = the CPU time of all the server's processes during the run / replies scored and answered 200 (each with its start); " +
      'saved = replies stored in attempt_turns / replies answered 200 (more can be stored than answered: requests still in flight when the run stops).\n',
  );
  if (url === '')
    process.stdout.write('Set DATABASE_URL or TEST_DATABASE_URL to bench PostgreSQL too.\n');
  return runs.every((run) => run.saved >= run.replies && run.errors === 0) ? 0 : 1;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`bench:server: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
