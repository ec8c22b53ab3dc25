/** The grammar of `plaudit serve` and `plaudit token`, added to the program by buildProgram (program.ts). */
import { InvalidArgumentError, type Command } from 'commander';
import type { CliIo } from '../io.ts';
import type { GlobalOptions } from '../open-app.ts';

type Run = (action: () => Promise<number>) => () => Promise<void>;

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a port, 0-65535 (0 picks a free one).');
  return n;
}

function positiveId(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a token id.');
  return n;
}

export function addWebCommands(program: Command, io: CliIo, run: Run, global: () => GlobalOptions): void {
  program
    .command('serve')
    .description('Serve the website and the REST API (pages, /api/v1, /api/openapi.json, /badge/<film>.svg).')
    .option('--port <n>', 'port to listen on (default "port" in plaudit.config.json, else 3000; 0 picks a free one)', port)
    .option('--host <address>', 'address to listen on (default "host" in plaudit.config.json, else 127.0.0.1; 0.0.0.0 for every interface)')
    .option('--examples', 'when the database is empty, first ingest the bundled example reviews')
    .action((options) => run(async () => (await import('./serve.ts')).serveCommand(options, io, global()))());

  const token = program.command('token').description('API tokens for the ingest endpoint (POST /api/v1/reviews).');
  token
    .command('create')
    .description('Create a token and print it (once; only its hash is stored).')
    .option('--name <name>', 'what the token is for (default "api")')
    .option('--json', 'print JSON')
    .action((options) => run(async () => (await import('./token.ts')).tokenCreateCommand(options, io, global()))());
  token
    .command('list')
    .description('List tokens (never the tokens themselves).')
    .action(() => run(async () => (await import('./token.ts')).tokenListCommand(io, global()))());
  token
    .command('revoke')
    .description('Revoke a token by id.')
    .argument('<id>', 'the token id from `plaudit token list`', positiveId)
    .action((id: number) => run(async () => (await import('./token.ts')).tokenRevokeCommand(id, io, global()))());
  // main() makes the top-level commands throw instead of exiting; their subcommands need the same.
  for (const sub of token.commands) sub.exitOverride();
}
