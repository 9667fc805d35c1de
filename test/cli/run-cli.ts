import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('../fixtures/cli/', import.meta.url));
const NODE = fileURLToPath(new URL('../../node_modules/.bin/node', import.meta.url));

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a script of the repository with the project's Node, as a user would, from the repository root. */
export function runScript(
  script: string,
  args: readonly string[],
  options: { input?: string; env?: Record<string, string | undefined> } = {},
): CliRun {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...options.env };
  const result = spawnSync(NODE, [script, ...args], {
    cwd: REPO_ROOT,
    env,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs `frontline ARGS` through `src/cli/bin.ts`. */
export function runFrontline(
  args: readonly string[],
  options: { input?: string; env?: Record<string, string | undefined> } = {},
): CliRun {
  return runScript('src/cli/bin.ts', args, options);
}

/** The JSON objects of a JSON Lines output. */
export function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
