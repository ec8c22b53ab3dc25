/** The command-line grammar: commands, options and help text. Handlers live in commands/. */
import { Command, InvalidArgumentError, Option } from 'commander';
import { demoCommand } from './commands/demo.ts';
import { exportCommand } from './commands/export.ts';
import { filmCommand } from './commands/film.ts';
import { filmsCommand } from './commands/films.ts';
import { ingestCommand } from './commands/ingest.ts';
import type { CliIo } from './io.ts';
import type { GlobalOptions } from './open-app.ts';

/** Set by each action so main() can turn it into the process exit code. */
export interface ProgramResult {
  exitCode: number;
}

export function buildProgram(io: CliIo, result: ProgramResult): Command {
  const program = new Command('plaudit')
    .description('Plaudit: critic reviews in, an honest film profile out (embedded SQLite by default).')
    .option('--db <path>', 'SQLite database file (default ./plaudit.db, or $PLAUDIT_DB)')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });

  const global = (): GlobalOptions => program.opts<GlobalOptions>();
  const run = (action: () => Promise<number>) => async () => {
    result.exitCode = await action();
  };

  program
    .command('ingest')
    .description('Add reviews from files, folders, JSONL/JSON/CSV exports, or "-" for standard input.')
    .argument('<paths...>', 'files or folders (.txt .md .html .htm; .jsonl .json .csv, optionally .gz), or -')
    .option('--map <spec>', 'column mapping for exports, FIELD=COLUMN,... (fields: text, film, film_key, year, critic, outlet, date, rating, label, top_critic, url)')
    .option('--preset <name>', 'a known export layout: rt (the Rotten Tomatoes critic-review export)')
    .option('--film <title>', 'the film these reviews are of (overrides what Plaudit reads from them)')
    .option('--max-bytes <n>', 'refuse single documents larger than this (default 10 MB)', positiveInt)
    .option('--batch-size <n>', 'documents per transaction (default 1000)', positiveInt)
    .addOption(new Option('--stdin-format <format>', 'how to read standard input').choices(['text', 'markdown', 'html']))
    .option('--json', 'print the report as JSON')
    .option('--no-progress', 'no progress bar')
    .addHelpText(
      'after',
      `
Examples:
  plaudit ingest reviews/                      a folder, recursively
  plaudit ingest page.html --film "Her Smell"  one page, naming the film
  plaudit ingest reviews.jsonl.gz --preset rt  the RT export (film key = movie id, no titles)
  plaudit ingest export.csv --map text=body,film=movie,critic=writer
  curl -s URL | plaudit ingest - --stdin-format html --film "Her Smell"

Re-running is safe: content already stored is skipped; a changed file at the same path becomes a new
version of its review. Exit code 1 means some documents failed; each is listed with its reason.`,
    )
    .action((paths: string[], options) => run(() => ingestCommand(paths, options, io, global()))());

  program
    .command('films')
    .description('List the films in the store.')
    .option('--json', 'print JSON')
    .option('--limit <n>', 'show at most n films (0 for all)', nonNegativeInt)
    .action((options) => run(() => filmsCommand(options, io, global()))());

  program
    .command('film')
    .description("Show a film's profile and every review (outlet, critic, verdict, score, rating as written).")
    .argument('<title>', 'the film title, or the export key of an untitled film')
    .option('--json', 'print JSON, with each review\'s dropped boilerplate')
    .option('--dropped', 'also show the lines dropped from each review, with the reason')
    .action((title: string, options) => run(() => filmCommand(title, options, io, global()))());

  program
    .command('export')
    .description('Export every film and review.')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'csv']).default('json'))
    .option('--out <file>', 'write to a file instead of standard output')
    .action((options) => run(() => exportCommand(options, io, global()))());

  program
    .command('demo')
    .description('Ingest the bundled example reviews and show a profile: the quickest look at Plaudit.')
    .action(() => run(() => demoCommand(io, global()))());

  return program;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number.');
  return n;
}

function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number, 0 or more.');
  return n;
}
