/**
 * The command-line grammar: commands, options and help text. Handlers live in commands/ and are imported only when
 * their command runs: loading every handler (the store, the judge, the server) up front made `plaudit --help` and
 * every other command pay for all of them at start-up.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { addWebCommands } from './commands/web-commands.ts';
import { terminalSafe, type CliIo } from './io.ts';
import type { GlobalOptions } from './open-app.ts';

/** Set by each action so main() can turn it into the process exit code. */
export interface ProgramResult {
  exitCode: number;
}

export function buildProgram(io: CliIo, result: ProgramResult): Command {
  const program = new Command('plaudit')
    .description('Plaudit: critic reviews in, an honest film profile out (embedded SQLite by default).')
    .option('--db <path>', 'SQLite database file (default ./plaudit.db, or $PLAUDIT_DB, or "dbPath" in the config file)')
    .option('--config <file>', 'settings file (default ./plaudit.config.json when it exists; see README "Configuration")')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: (s) => io.stdout.write(terminalSafe(s)), writeErr: (s) => io.stderr.write(terminalSafe(s)) });

  const global = (): GlobalOptions => program.opts<GlobalOptions>();
  const run = (action: () => Promise<number>) => async () => {
    result.exitCode = await action();
  };

  program
    .command('ingest')
    .description('Add reviews from files, folders, JSONL/JSON/CSV exports, or "-" for standard input.')
    .argument('<paths...>', 'files or folders (.txt .md .html .htm; .jsonl .json .csv, optionally .gz), or -')
    .option('--map <spec>', 'column mapping for exports, FIELD=COLUMN,... (fields: text, film, film_key, year, critic, outlet, date, rating, label, top_critic, url)')
    .option('--preset <name>', 'a known export layout: rt (the Rotten Tomatoes critic-review export), plaudit (`plaudit export`, recognised without it)')
    .option('--film <title>', 'the film these reviews are of (overrides what Plaudit reads from them)')
    .option('--max-bytes <n>', 'refuse a document, export row or line larger than this many bytes (default 10 MB)', positiveInt)
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
    .action((paths: string[], options) => run(async () => (await import('./commands/ingest.ts')).ingestCommand(paths, options, io, global()))());

  program
    .command('films')
    .description('List the films in the store.')
    .option('--json', 'print JSON')
    .option('--limit <n>', 'show at most n films (0 for all)', nonNegativeInt)
    .action((options) => run(async () => (await import('./commands/films.ts')).filmsCommand(options, io, global()))());

  program
    .command('film')
    .description("Show a film's profile and every review (outlet, critic, verdict, score, rating as written).")
    .argument('<title>', 'the film title, or the export key of an untitled film')
    .option('--json', 'print JSON, with each review\'s dropped boilerplate')
    .option('--dropped', 'also show the lines dropped from each review, with the reason')
    .option('--credits', 'also show the cast and crew the reviews state, merged, with how many reviews state each')
    .option('--weights <file>', 'outlet and critic weights, JSON {"outlets": {...}, "critics": {...}} (default: "weights" in plaudit.config.json, else equal)')
    .action((title: string, options) => run(async () => (await import('./commands/film.ts')).filmCommand(title, options, io, global()))());

  program
    .command('quotes')
    .description("A film's honest pull quotes, best first, attributed to critic and outlet.")
    .argument('<title>', 'the film title, or the export key of an untitled film')
    .option('--limit <n>', 'show at most n quotes (default 10)', positiveInt)
    .option('--flagged', 'also show the candidates the honesty check refused, and why')
    .option('--json', 'print JSON: quotes with their sentences, per-review quotes, and refused candidates with their flags')
    .action((title: string, options) => run(async () => (await import('./commands/quotes.ts')).quotesCommand(title, options, io, global()))());

  program
    .command('export')
    .description('Export every film and review.')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'csv']).default('json'))
    .option('--out <file>', 'write to a file instead of standard output')
    .action((options) => run(async () => (await import('./commands/export.ts')).exportCommand(options, io, global()))());

  program
    .command('backup')
    .description('Copy the database to FILE, consistently, even while `plaudit serve` is writing to it.')
    .argument('<file>', 'where to write the copy')
    .option('--force', 'overwrite FILE if it exists')
    .action((file: string, options) => run(async () => (await import('./commands/backup.ts')).backupCommand(file, options, io, global()))());

  program
    .command('restore')
    .description('Replace the database with a backup made by `plaudit backup` (stop `plaudit serve` first).')
    .argument('<file>', 'the backup to restore')
    .option('--force', 'replace a database that already holds films or reviews')
    .action((file: string, options) => run(async () => (await import('./commands/restore.ts')).restoreCommand(file, options, io, global()))());

  program
    .command('demo')
    .description('Ingest the bundled example reviews and show a profile: the quickest look at Plaudit.')
    .action(() => run(async () => (await import('./commands/demo.ts')).demoCommand(io, global()))());

  program
    .command('train')
    .description("Train the judge's text model on ../shared/data and write models/judge.model (a few minutes).")
    .option('--data <dir>', 'the data directory (default ../shared/data beside the repository, or $PLAUDIT_DATA)')
    .option('--out <file>', 'where to write the model (default models/judge.model in the package)')
    .option('--seed <n>', 'the seed of the train/dev/test split (default 1)', nonNegativeInt)
    .action((options) => run(async () => (await import('./commands/train.ts')).trainCommand(options, io))());

  program
    .command('eval')
    .description("Measure the judge on a labelled JSONL/CSV file (optionally gzipped): accuracy, calibration, score error, films.")
    .argument('<file>', 'labelled reviews: a text column and a label (fresh/rotten, pos/neg, 1/0); rating, film, critic and outlet optional (critic and outlet place the score on that critic’s scale)')
    .option('--map <spec>', 'column mapping, FIELD=COLUMN,... as for ingest (fields: text, label, rating, film_key, film, critic, outlet)')
    .option('--preset <name>', 'a known export layout: rt')
    .option('--model <file>', 'a model file other than the installed one')
    .option('--where <column=value>', 'only the rows whose column has this value (e.g. split=test)')
    .option('--json', 'print the figures as JSON')
    .action((file: string, options) => run(async () => (await import('./commands/eval.ts')).evalCommand(file, options, io))());

  addWebCommands(program, io, run, global);

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
