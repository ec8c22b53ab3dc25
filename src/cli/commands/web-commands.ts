/** The grammar of `plaudit serve` and `plaudit token`, added to the program by buildProgram (program.ts). */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { API_TOKEN_SCOPES, type ApiTokenScope } from '../../store/web-port.ts';
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

function scopes(value: string): ApiTokenScope[] {
  const list = value.split(',').map((scope) => scope.trim());
  const unknown = list.filter((scope) => !(API_TOKEN_SCOPES as readonly string[]).includes(scope));
  if (list.length === 0 || unknown.length > 0) throw new InvalidArgumentError(`expected ${API_TOKEN_SCOPES.join(', ')} or both, comma-separated.`);
  return [...new Set(list)] as ApiTokenScope[];
}

export function addWebCommands(program: Command, io: CliIo, run: Run, global: () => GlobalOptions): void {
  program
    .command('serve')
    .description('Serve the website and the REST API (pages, /api/v1, /api/openapi.json, /badge/<film>.svg).')
    .option('--port <n>', 'port to listen on (default "port" in plaudit.config.json, else 3000; 0 picks a free one)', port)
    .option('--host <address>', 'address to listen on (default "host" in plaudit.config.json, else 127.0.0.1; 0.0.0.0 for every interface)')
    .option('--examples', 'when the database is empty, first ingest the bundled example reviews')
    .option('--watch', 'also poll the feeds and fetch the pages queued by URL (what `plaudit watch` does), beside the site')
    .option('--allow-host <host>', 'with --watch: fetch from this host on this machine\'s own network; repeat for more', (value: string, previous: string[] = []) => [...previous, value])
    .action((options) => run(async () => (await import('./serve.ts')).serveCommand(options, io, global()))());

  const token = program.command('token').description('API tokens for the ingest endpoint (POST /api/v1/reviews).');
  token
    .command('create')
    .description('Create a token and print it (once; only its hash is stored).')
    .option('--name <name>', 'what the token is for (default "api")')
    .option('--scope <scopes>', 'what it may do: ingest, edit, or ingest,edit (default ingest)', scopes, ['ingest'])
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

  const user = program.command('user').description('Editors\' accounts for the website (sign in at /sign-in).');
  user
    .command('add')
    .description('Add a user; the password (10 characters or more) is read from standard input.')
    .argument('<name>', 'the sign-in name')
    .addOption(new Option('--role <role>', 'what they may do').choices(['admin', 'editor']).makeOptionMandatory())
    .option('--password-stdin', 'read the password from the first line of standard input')
    .action((name: string, options) => run(async () => (await import('./user.ts')).userAddCommand(name, options, io, global()))());
  user
    .command('list')
    .description('List users.')
    .action(() => run(async () => (await import('./user.ts')).userListCommand(io, global()))());
  user
    .command('remove')
    .description('Disable a user and end their sessions (the account stays, marked, for the record).')
    .argument('<name>', 'the sign-in name')
    .action((name: string) => run(async () => (await import('./user.ts')).userRemoveCommand(name, io, global()))());
  // main() makes the top-level commands throw instead of exiting; their subcommands need the same.
  for (const sub of [...token.commands, ...user.commands]) sub.exitOverride();
}
