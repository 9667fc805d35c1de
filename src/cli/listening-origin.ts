import type { ChildProcess } from 'node:child_process';

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
