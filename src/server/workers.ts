import { availableParallelism } from 'node:os';

/**
 * How many processes serve the app: FRONTLINE_WORKERS, else one per core on PostgreSQL (every
 * process keeps its state in the database, so any may answer any request) and one on PGlite,
 * whose data folder one process holds by design.
 */
export function workerCount(env: NodeJS.ProcessEnv, cores = availableParallelism()): number {
  const postgres = (env['DATABASE_URL'] ?? '') !== '';
  const set = (env['FRONTLINE_WORKERS'] ?? '').trim();
  if (set === '') return postgres ? cores : 1;
  const count = Number(set);
  if (!Number.isInteger(count) || count < 1) {
    throw new Error(
      `FRONTLINE_WORKERS: expected a whole number of processes, 1 or more, got \`${set}\`.`,
    );
  }
  if (count > 1 && !postgres) {
    throw new Error(
      `FRONTLINE_WORKERS: the data folder (PGlite) is served by one process; set DATABASE_URL to a PostgreSQL server to run ${count}.`,
    );
  }
  return count;
}
