import { spawn } from 'node:child_process';
import type { ChildProcess, ChildProcessWithoutNullStreams } from 'node:child_process';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Starts a built app (its server entry, `…/server/entry.mjs`) the way `npm start` runs it, through
 * src/server/serve.ts, on 127.0.0.1 and a free port unless `env` says otherwise.
 */
export function spawnBuiltApp(
  entry: string,
  env: Record<string, string>,
  nodeArgs: readonly string[] = [],
): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [...nodeArgs, `${ROOT}src/server/serve.ts`, entry], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', ...env },
  });
}

/**
 * The origin a freshly spawned app server says it listens on (the Node adapter's "listening on"
 * line, on stdout or stderr); rejects with everything it printed if it exits before that.
 */
export function listeningOrigin(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer): void => {
      // eslint-disable-next-line no-control-regex -- the adapter's log line is coloured
      output += chunk.toString().replace(/\u001b\[[0-9;]*m/g, '');
      const match = /listening on (http:\/\/[^\s]+)/i.exec(output);
      if (match?.[1]) resolve(match[1].replace(/\/$/, ''));
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      reject(new Error(`the server exited with code ${String(code)} before listening:\n${output}`));
    });
  });
}
