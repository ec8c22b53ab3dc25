/** The grammar of the editorial commands (film merge/unmerge/edit, critic top, outlet block), added by buildProgram. */
import { InvalidArgumentError, type Command } from 'commander';
import type { CliIo } from '../io.ts';
import type { GlobalOptions } from '../open-app.ts';

type Run = (action: () => Promise<number>) => () => Promise<void>;

function entryId(value: string): number {
  const match = /^#?(\d{1,12})$/.exec(value.trim());
  if (!match) throw new InvalidArgumentError('an audit entry\'s number (e.g. 12).');
  return Number(match[1]);
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** After a usage error of `film merge|edit`: perhaps the user meant the film of that title. */
function titleHint(name: string): string {
  return `(run with --help for usage; to show a film titled "${name}", run \`plaudit film show ${name}\`)`;
}

const FILM = 'a film: its id, IMDb id, key, "Title (Year)", title or slug';

export function addEditCommands(program: Command, io: CliIo, run: Run, global: () => GlobalOptions): void {
  const handlers = () => import('./edit-handlers.ts');
  // `plaudit film FILM` shows a film; its subcommands change one (a film titled "merge" is shown with `film show`).
  const film = program.commands.find((command) => command.name() === 'film')!;
  film
    .command('merge')
    .showHelpAfterError(titleHint('merge'))
    .description("Merge FROM into INTO: FROM's reviews, title and ids move to INTO, and FROM's id and names lead there.")
    .argument('<from>', FILM)
    .argument('<into>', FILM)
    .option('--note <text>', 'why, for the audit log')
    .action((from: string, into: string, options) => run(async () => (await handlers()).filmMergeCommand(from, into, options, io, global()))());
  film
    .command('edit')
    .showHelpAfterError(titleHint('edit'))
    .description("Edit a film's details; the old title stays as an alias, so later ingests still find the film.")
    .argument('<film>', FILM)
    .option('--title <title>', 'the title')
    .option('--year <year>', 'the year (1870 to ten years ahead)')
    .option('--imdb <id>', 'the IMDb id (tt and 7 to 10 digits); refused when another film has it')
    .option('--tmdb <id>', 'the TMDb id (a positive number)')
    .option('--original-title <title>', 'the title in the original language')
    .option('--add-alias <alias>', 'another title the film is known by (repeatable)', collect)
    .option('--note <text>', 'why, for the audit log')
    .action((name: string, options) => run(async () => (await handlers()).filmEditCommand(name, options, io, global()))());

  const critic = program.command('critic').description('Editorial marks on critics.');
  critic
    .command('top')
    .description("Mark a critic a top critic (--no: unmark): every review by them counts in the films' top-critic figures.")
    .argument('<name>', 'the critic: their name as the critics page lists it, or their id')
    .option('--no', 'remove the mark')
    .option('--note <text>', 'why, for the audit log')
    .action((name: string, options) => run(async () => (await handlers()).criticTopCommand(name, options, io, global()))());

  const outlet = program.command('outlet').description('Editorial marks on outlets.');
  outlet
    .command('block')
    .description("Block an outlet (--no: unblock): its reviews leave every film's counts and lists, and new ones are held.")
    .argument('<name>', 'the outlet: its name as the outlets page lists it, or its id')
    .option('--no', 'unblock')
    .option('--reason <text>', 'why (required to block); the held list shows it')
    .action((name: string, options) => run(async () => (await handlers()).outletBlockCommand(name, options, io, global()))());

  // main() makes the top-level commands throw instead of exiting; their subcommands need the same.
  for (const parent of [film, critic, outlet]) for (const sub of parent.commands) sub.exitOverride();
}
