// `npm start`: serves the built app (dist/server/entry.mjs, or the entry given as the first
// argument) on workerCount() processes sharing one port through node:cluster, each with the HTTP
// server of http-server.ts in front of the app.
import cluster from 'node:cluster';
import type { Worker } from 'node:cluster';
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import { serveBuiltApp } from './http-server.ts';
import { workerCount } from './workers.ts';

/** A process that dies sooner than this after starting is not started again: it would only die again. */
const STEADY_AFTER_MS = 10_000;

function serveInWorkers(count: number): void {
  let stopping: NodeJS.Signals | 'failed' | undefined;
  const started = new Map<Worker, number>();
  const fork = (): void => {
    started.set(cluster.fork(), Date.now());
  };
  cluster.on('exit', (worker, code, signal) => {
    const since = Date.now() - (started.get(worker) ?? 0);
    started.delete(worker);
    if (stopping === undefined) {
      console.error(`Frontline: a server process stopped (${signal ?? `exit code ${code}`}).`);
      if (since >= STEADY_AFTER_MS) {
        fork();
        return;
      }
      // It died while starting, so the others would too: stop them and fail the same way.
      stopping = 'failed';
      process.exitCode = code === 0 ? 1 : code;
      for (const other of started.keys()) other.process.kill('SIGTERM');
    }
    if (started.size > 0) return;
    if (stopping === 'failed') {
      process.exit();
    } else {
      process.removeAllListeners(stopping);
      process.kill(process.pid, stopping);
    }
  });
  const stop = (signal: NodeJS.Signals): void => {
    stopping = signal;
    for (const worker of started.keys()) worker.process.kill(signal);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  for (let i = 0; i < count; i += 1) fork();
}

try {
  const count = cluster.isPrimary ? workerCount(process.env) : 1;
  if (count > 1) {
    console.log(`Frontline: serving on ${count} processes (FRONTLINE_WORKERS).`);
    serveInWorkers(count);
  } else {
    await serveBuiltApp(pathToFileURL(process.argv[2] ?? 'dist/server/entry.mjs'), process.env);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  // Exit at once: a worker's channel to the first process would otherwise keep it alive.
  process.exit(2);
}
