/**
 * The command-line grammar: commands, options and help text. Handlers live in commands/ and are imported only when
 * their command runs: loading every handler (the store, the judge, the server) up front made `plaudit --help` and
 * every other command pay for all of them at start-up.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { addEditCommands } from './commands/edit-commands.ts';
import { addReviewCommands } from './commands/review-commands.ts';
import { addWebCommands } from './commands/web-commands.ts';
import { addWebSourceCommands } from './commands/web-source-commands.ts';
import type { FilmOptions } from './commands/film.ts';
import { terminalSafe, type CliIo } from './io.ts';
import type { GlobalOptions } from './open-app.ts';

/** Set by each action so main() can turn it into the process exit code. */
export interface ProgramResult {
  exitCode: number;
}

export function buildProgram(io: CliIo, result: ProgramResult): Command {
  const program = new Command('plaudit')
    .description('Plaudit: critic reviews in, an honest film profile out (embedded SQLite by default).')
    .option(
      '--db <path-or-url>',
      'the database: an SQLite file (default ./plaudit.db), or postgres://USER@HOST/DATABASE[?schema=NAME] ' +
        '(or $PLAUDIT_DB, $PLAUDIT_DATABASE_URL, or "dbPath" in the config file)',
    )
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
    .option('--map <spec>', 'column mapping for exports, FIELD=COLUMN,... (fields: text, film, film_key, imdb_id, year, critic, outlet, date, rating, label, top_critic, url)')
    .option('--preset <name>', 'a known export layout: rt (the Rotten Tomatoes critic-review export), plaudit (`plaudit export`, recognised without it)')
    .option('--film <title>', 'the film these reviews are of (overrides what Plaudit reads from them)')
    .option('--max-bytes <n>', 'refuse a document, export row or line larger than this many bytes (default 10 MB)', positiveInt)
    .option('--batch-size <n>', 'documents per transaction (default 1000)', positiveInt)
    .addOption(new Option('--stdin-format <format>', 'how to read standard input').choices(['text', 'markdown', 'html']))
    .option('--json', 'print the report as JSON')
    .option('--no-progress', 'no progress bar')
    .option('--queue', 'post the documents as batch jobs for `plaudit worker` processes (PostgreSQL only) instead of ingesting here')
    .option('--wait', 'with --queue: wait for the workers to finish the batches, then print the report')
    .option('--job-timeout <seconds>', 'with --queue: after this long a batch is given to another worker (default 300)', positiveInt)
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

  // Right after ingest: the other ways reviews come in.
  addWebSourceCommands(program, io, run, global);

  program
    .command('films')
    .description('List the films with reviews (as the website does); --all adds films without any, such as catalog-only ones.')
    .option('--json', 'print JSON')
    .option('--limit <n>', 'show at most n films (0 for all)', nonNegativeInt)
    .option('--all', 'also list films no counted review is of: imported from a catalog only, or every review removed, blocked or moved away')
    .action((options) => run(async () => (await import('./commands/films.ts')).filmsCommand(options, io, global()))());

  const showFilm = (title: string, options: FilmOptions) => run(async () => (await import('./commands/film.ts')).filmCommand(title, options, io, global()))();
  const film = withFilmOptions(
    program
      .command('film')
      .description("Show a film's profile and every review (outlet, critic, verdict, score, rating as written).")
      .argument('<film>', FILM_ARGUMENT),
  )
    .addHelpText(
      'after',
      `
A film whose title is also a subcommand (show, merge, edit) is shown with \`plaudit film show NAME\`, which always
shows a film, or with \`plaudit film -- NAME\` (options go before the --), or by its id.`,
    )
    .action((title: string, options: FilmOptions) => showFilm(title, options));
  withFilmOptions(
    film
      .command('show')
      .description('Show a film, whatever its title: `plaudit film show Merge` shows the film titled "Merge".')
      .argument('<film>', FILM_ARGUMENT),
  )
    // Options written before the film's name are parsed by `film` itself (they are its options too).
    .action((title: string, options: FilmOptions) => showFilm(title, { ...film.opts<FilmOptions>(), ...options }));

  program
    .command('quotes')
    .description("A film's honest pull quotes, best first, attributed to critic and outlet.")
    .argument('<film>', 'the film: its id (as `plaudit films` and the website show it), IMDb id, key, "Title (Year)", title or slug')
    .option('--limit <n>', 'show at most n quotes (default 10)', positiveInt)
    .option('--flagged', 'also show the candidates the honesty check refused, and why')
    .option('--json', 'print JSON: quotes with their sentences, per-review quotes, and refused candidates with their flags')
    .action((title: string, options) => run(async () => (await import('./commands/quotes.ts')).quotesCommand(title, options, io, global()))());

  const held = program
    .command('held')
    .description('Documents held for a person instead of stored: not film reviews, or reviews whose film is unclear.')
    .option('--all', 'also list those already released or dismissed')
    .option('--limit <n>', 'list at most n (default 50; 0 for all)', nonNegativeInt)
    .option('--json', 'print JSON')
    .action((options) => run(async () => (await import('./commands/held.ts')).heldListCommand(options, io, global()))());
  held
    .command('show')
    .description('One held document: every reason, the candidate films with the evidence for each, and its text.')
    .argument('<id>', 'the held document\'s number (#7 in the list)', heldId)
    .option('--json', 'print JSON')
    // `--json` is also an option of `held` itself, which takes it first: read it from either.
    .action((id: number, _options, command: Command) =>
      run(async () => (await import('./commands/held.ts')).heldShowCommand(id, command.optsWithGlobals(), io, global()))(),
    );
  held
    .command('release')
    .description('Store a held document as a review after all (the gate is not asked again).')
    .argument('<id>', 'the held document\'s number', heldId)
    .option('--film <film>', 'its film: an id, key, IMDb id or name of a stored film, or "Title (Year)" of a film to add')
    .action((id: number, options) => run(async () => (await import('./commands/held.ts')).heldReleaseCommand(id, options, io, global()))());
  held
    .command('dismiss')
    .description('Drop a held document: it stays on record as dismissed and is never counted.')
    .argument('<id>', 'the held document\'s number', heldId)
    .action((id: number) => run(async () => (await import('./commands/held.ts')).heldDismissCommand(id, io, global()))());

  program
    .command('queue')
    .description('The text-judged reviews most worth an editor\'s look: likely wrong, weighted by how much a flip moves the film.')
    .option('--film <film>', 'one film: its id, IMDb id, key, "Title (Year)", title or slug (default every film)')
    .option('--limit <n>', 'show at most n (default 20; 0 for all)', nonNegativeInt)
    .option('--json', 'print JSON')
    .action((options) => run(async () => (await import('./commands/queue.ts')).queueCommand(options, io, global()))());

  program
    .command('export')
    .description('Export every film and review.')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'csv']).default('json'))
    .option('--out <file>', 'write to a file instead of standard output')
    .option('--queue', 'JSON on PostgreSQL: have `plaudit worker` processes build the films\' reports, in parts, and wait for them')
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
    .command('migrate')
    .description('Bring the database schema up to date (every command does on opening; run it before starting workers).')
    .action(() => run(async () => (await import('./commands/migrate.ts')).migrateCommand(io, global()))());

  program
    .command('worker')
    .description('Work the shared job board on a PostgreSQL database: ingest batches, export parts and web fetch jobs (run any number, anywhere).')
    .option('--concurrency <n>', 'batches this process works on at once (default 1; run more processes to use more cores)', positiveInt)
    .option('--until-idle', 'exit once no ingest batch or export part is waiting or running')
    .option('--no-web', 'leave the web\'s fetch jobs (`plaudit add`, `plaudit feeds`) to other workers')
    .option('--allow-host <host...>', 'a host on this machine\'s own network that web jobs may fetch from')
    .addHelpText(
      'after',
      `
Examples:
  plaudit --db postgres://plaudit@db/plaudit ingest export.csv --preset rt --queue
  plaudit --db postgres://plaudit@db/plaudit worker --concurrency 2     on each machine

A worker that is stopped finishes its batches first. One that is killed leaves its batch to the others once the
batch's time runs out (5 minutes); saving twice stores nothing twice, so no review is lost or counted twice.`,
    )
    .action((options) => run(async () => (await import('./commands/worker.ts')).workerCommand(options, io, global()))());

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

  program
    .command('catalog')
    .description('The film catalog: what identifies and describes films beyond their reviews.')
    .command('import')
    .description('Add film facts (directors, runtime, genres, MPAA rating, release date, synopsis) and ids to the stored films.')
    .argument('<file>', 'a catalog file: .jsonl, .json or .csv, optionally .gz')
    .option('--preset <name>', 'titles (the default layout, below) or rt-movies (the RT export\'s movies.jsonl.gz)')
    .option('--map <spec>', 'other column names, FIELD=COLUMN,... (fields: the titles columns below)')
    .option('--json', 'print the report as JSON, every rejected row included')
    .option('--no-progress', 'no progress lines on stderr')
    .addHelpText(
      'after',
      `
The titles layout (default), one film per row, columns by name, all optional but one that names the film:
  key            the film's key in your exports (the same value ingest maps to film_key)
  title, year    the film's title and year (1870 to ten years ahead)
  imdb_id        tt and 7-10 digits     tmdb_id   a positive number     wikidata_id   Q and digits
  original_title, aliases ("A|B"), directors ("A|B"), genres ("A|B"),
  runtime ("104" or "104 minutes"), mpaa_rating, release_date (1978-10-25 or Oct 25, 1978), synopsis

  key,title,year,imdb_id,directors,runtime,genres,release_date
  ,Halloween,1978,tt0077651,John Carpenter,91,Horror,1978-10-25

--preset rt-movies reads ../shared/data/rt-critic-reviews/movies.jsonl.gz: its id is the key the RT reviews
carry (ingest --preset rt), so each row describes the film stored as key:<id>; director, genre, rating,
runtime and theater_date (also the year) become directors, genres, MPAA rating, runtime and release date.

A row's film: its key's film (made when missing); else the film with one of its ids; else the film of its
title and year; else a new film. An id already on another film rejects the row; the others still land.
Re-importing changes nothing; reviews and verdicts are never touched. Exit code 1: some rows were rejected.

Examples:
  plaudit catalog import ../shared/data/rt-critic-reviews/movies.jsonl.gz --preset rt-movies
  plaudit catalog import films.csv --map title=name,year=released`,
    )
    .action((file: string, options) => run(async () => (await import('./commands/catalog.ts')).catalogImportCommand(file, options, io, global()))());

  addWebCommands(program, io, run, global);
  addEditCommands(program, io, run, global);
  addReviewCommands(program, io, run, global);

  return program;
}

const FILM_ARGUMENT = 'the film: its id (as `plaudit films` and the website show it), IMDb id, key, "Title (Year)", title or slug';

/** The options of `plaudit film NAME` and `plaudit film show NAME`, which are the same command. */
function withFilmOptions(command: Command): Command {
  return command
    .option('--json', 'print JSON, with each review\'s dropped boilerplate')
    .option('--dropped', 'also show the lines dropped from each review, with the reason')
    .option('--credits', 'also show the cast and crew the reviews state, merged, with how many reviews state each')
    .option('--weights <file>', 'outlet and critic weights, JSON {"outlets": {...}, "critics": {...}} (default: "weights" in plaudit.config.json, else equal)');
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

/** "7" or "#7", as the held list prints it. */
function heldId(value: string): number {
  const match = /^#?(\d{1,12})$/.exec(value.trim());
  if (!match) throw new InvalidArgumentError('a held document\'s number, as `plaudit held` lists it (e.g. 7 or #7).');
  return Number(match[1]);
}
