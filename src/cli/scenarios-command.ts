import type { CommandIo } from './command-line.ts';
import { UsageError } from './command-line.ts';
import { runScenariosCheck } from './scenarios-check.ts';

const USAGE = `Usage: frontline scenarios check [PATH] [--no-examples] [--no-playthroughs]

Run \`frontline scenarios check --help\` for what the check proves.`;

/** `frontline scenarios <action>`: only `check` so far. */
export async function run(args: readonly string[], io: CommandIo): Promise<number> {
  const [action, ...rest] = args;
  if (action === '--help' || action === '-h') {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (action !== 'check') {
    throw new UsageError(
      action === undefined
        ? 'say what to do with the scenarios: frontline scenarios check [PATH]'
        : `"${action}" is not a scenarios action; the one there is: check`,
    );
  }
  return runScenariosCheck(rest, {
    stdout: (text) => void io.stdout.write(`${text}\n`),
    stderr: (text) => void io.stderr.write(`${text}\n`),
    cwd: process.cwd(),
  });
}
