import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';

/** A mistake in how the command was called; the message is one user-facing sentence. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** What every subcommand module exports: run with its own arguments, resolve to an exit code. */
export interface CommandModule {
  run(args: readonly string[], io: CommandIo): Promise<number>;
}

/** The process streams a command talks to, injectable for tests. */
export interface CommandIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

/** `util.parseArgs`, with its errors turned into a `UsageError` a person can act on. */
export function parseCommandLine<T extends NonNullable<ParseArgsConfig['options']>>(
  args: readonly string[],
  options: T,
) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    throw new UsageError(
      message.replace(/\. To specify a positional argument.*$/, '').replace(/\.$/, ''),
    );
  }
}

/** Reads a positive integer option such as `--jobs 4`. */
export function positiveInteger(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) {
    throw new UsageError(`--${name} takes a whole number of at least 1, not "${value}"`);
  }
  return number;
}
