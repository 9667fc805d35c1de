#!/usr/bin/env node
// The `frontline` command: a small table of subcommands, each loaded only when it runs.
import process from 'node:process';
import type { CommandIo, CommandModule } from './command-line.ts';
import { UsageError } from './command-line.ts';

interface Subcommand {
  usage: string;
  summary: string;
  load: () => Promise<CommandModule>;
}

const SUBCOMMANDS: Readonly<Record<string, Subcommand>> = {
  score: {
    usage: 'score [FILE | -]',
    summary: 'score replies from a JSONL, CSV or text file (or stdin) and explain each grade',
    load: () => import('./score-command.ts'),
  },
  scenarios: {
    usage: 'scenarios check [PATH]',
    summary: 'validate scenario files and prove their branches, examples and playthroughs',
    load: () => import('./scenarios-command.ts'),
  },
  users: {
    usage: 'users <action>',
    summary: "list, create, invite, set-role and remove accounts on the server's database",
    load: () => import('./users-command.ts'),
  },
};

function mainUsage(): string {
  const rows = Object.entries(SUBCOMMANDS).map(
    ([, { usage, summary }]) => `  ${usage.padEnd(22)} ${summary}`,
  );
  return [
    'Usage: frontline <command> [options]',
    '',
    'Frontline trains and scores social-media customer-service replies.',
    '',
    'Commands:',
    ...rows,
    '',
    'Run `frontline <command> --help` for the options of a command.',
    '',
  ].join('\n');
}

async function main(args: readonly string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout).write(mainUsage());
    return name === undefined ? 2 : 0;
  }
  const subcommand = Object.hasOwn(SUBCOMMANDS, name) ? SUBCOMMANDS[name] : undefined;
  if (subcommand === undefined) {
    throw new UsageError(`"${name}" is not a frontline command; run frontline --help for the list`);
  }
  const module = await subcommand.load();
  try {
    return await module.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      throw new UsageError(`${error.message}; see frontline ${name} --help`);
    }
    throw error;
  }
}

const io: CommandIo = {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
};

try {
  process.exitCode = await main(process.argv.slice(2), io);
} catch (error) {
  // A user sees one line, never a stack trace; FRONTLINE_DEBUG=1 shows the trace for a bug report.
  if (error instanceof UsageError) {
    process.stderr.write(`frontline: ${error.message}.\n`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(
      `frontline: ${message} (this is a bug; FRONTLINE_DEBUG=1 shows details).\n`,
    );
    if (process.env['FRONTLINE_DEBUG'] === '1' && error instanceof Error) {
      process.stderr.write(`${error.stack ?? ''}\n`);
    }
  }
  process.exitCode = 2;
}
