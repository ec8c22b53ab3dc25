/**
 * The CLI entry: parses the command line, runs the command, and turns the outcome into an exit code. Errors are
 * mapped to exit codes here and nowhere else.
 */
import { CommanderError } from 'commander';
import { PlauditError } from '../domain/errors.ts';
import { EXIT, exitCodeFor } from './exit-codes.ts';
import { filmArgv } from './film-argv.ts';
import { writeLine, type CliIo } from './io.ts';
import { buildProgram, type ProgramResult } from './program.ts';

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const result: ProgramResult = { exitCode: EXIT.ok };
  const program = buildProgram(io, result).exitOverride();
  for (const command of program.commands) command.exitOverride();
  try {
    await program.parseAsync(filmArgv(argv), { from: 'user' });
    return result.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version output are successes; anything else is a usage error commander has already printed.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    writeLine(io.stderr, `plaudit: ${error instanceof PlauditError ? error.message : internalErrorMessage(error)}`);
    return exitCodeFor(error);
  }
}

function internalErrorMessage(error: unknown): string {
  return `internal error (a bug in Plaudit; please report it with this message): ${(error as Error)?.stack ?? String(error)}`;
}

/** Runs the CLI on the real process: what bin/plaudit.js calls. */
export async function main(): Promise<void> {
  // An error that escapes every handler (thrown from a stream's event, say) is a bug of ours, not bad input:
  // say so and exit 4, never Node's default 1, which means "some documents failed".
  const crash = (error: unknown) => {
    writeLine(process.stderr, `plaudit: ${internalErrorMessage(error)}`);
    process.exit(EXIT.failure);
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
  // `plaudit film X | head` closes the pipe early; that is the reader's choice, not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const io: CliIo = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
  process.exitCode = await runCli(process.argv.slice(2), io);
}
