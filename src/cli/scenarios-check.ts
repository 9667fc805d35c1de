import { checkScenarios } from '../simulator/check.ts';
import { formatProblem } from '../simulator/problem.ts';

export interface CheckIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

const USAGE = `Usage: frontline scenarios check [PATH] [--no-examples] [--no-playthroughs]

Validates every scenario file under PATH (default: scenarios), then proves each scenario:
every turn and outcome reachable, no loop or dead end, example replies scored as they claim,
recorded playthroughs replaying to the same outcome. Exits 1 when anything fails.`;

/**
 * `frontline scenarios check [PATH]`: argv is what follows `scenarios check`. Resolves to the exit
 * code: 0 when every scenario is valid and proven, 1 when anything fails, 2 for a usage error.
 */
export async function runScenariosCheck(
  argv: readonly string[],
  io: CheckIo = {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    cwd: process.cwd(),
  },
): Promise<number> {
  const flags = argv.filter((arg) => arg.startsWith('-'));
  const paths = argv.filter((arg) => !arg.startsWith('-'));
  if (flags.includes('--help') || flags.includes('-h')) {
    io.stdout(USAGE);
    return 0;
  }
  const unknown = flags.filter((flag) => !['--no-examples', '--no-playthroughs'].includes(flag));
  if (unknown.length > 0 || paths.length > 1) {
    io.stderr(
      `${unknown.length > 0 ? `Unknown option ${unknown.join(', ')}.` : 'Give at most one PATH.'}\n\n${USAGE}`,
    );
    return 2;
  }
  const target = paths[0] ?? 'scenarios';
  let report;
  try {
    report = await checkScenarios(target.startsWith('/') ? target : `${io.cwd}/${target}`, {
      cwd: io.cwd,
      examples: !flags.includes('--no-examples'),
      playthroughs: !flags.includes('--no-playthroughs'),
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      io.stderr(`${target} does not exist; give the folder that holds the scenario files.`);
      return 1;
    }
    throw error;
  }
  const files = `${report.scenarios} scenario${report.scenarios === 1 ? '' : 's'} and ${report.playthroughFiles} playthrough file${report.playthroughFiles === 1 ? '' : 's'}`;
  if (report.scenarios === 0) {
    io.stderr(`No scenario files (*.yaml) found in ${target}.`);
    return 1;
  }
  if (report.problems.length === 0) {
    io.stdout(`Checked ${files}: all valid, every example and playthrough holds.`);
    return 0;
  }
  for (const problem of report.problems) io.stderr(formatProblem(problem));
  const count = report.problems.length;
  io.stderr(`\n${count} problem${count === 1 ? '' : 's'} in ${files}.`);
  return 1;
}
