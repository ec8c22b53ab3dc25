/** The grammar of review corrections (`plaudit review set|move|remove|restore|show`), `plaudit log` and `plaudit undo`. */
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { CliIo } from '../io.ts';
import type { GlobalOptions } from '../open-app.ts';

type Run = (action: () => Promise<number>) => () => Promise<void>;

function wholeNumber(what: string) {
  return (value: string): number => {
    const match = /^#?(\d{1,12})$/.exec(value.trim());
    if (!match) throw new InvalidArgumentError(`${what} (a whole number, e.g. 12).`);
    return Number(match[1]);
  };
}

/** Any number: the use case says why one outside 0-100 is refused, the same words the API gives. */
function score(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw new InvalidArgumentError('a score from 0 to 100.');
  return n;
}

const REVIEW_ID = 'the review\'s id (as `plaudit film FILM --json` or the API gives it)';
const FILM = 'a film: its id, IMDb id, key, "Title (Year)", title or slug';

export function addReviewCommands(program: Command, io: CliIo, run: Run, global: () => GlobalOptions): void {
  const handlers = () => import('./review-handlers.ts');
  const reviewId = wholeNumber('a review id');
  const review = program
    .command('review')
    .description('Correct a review: set its verdict or score, move it to another film, remove or restore it. Every change is in `plaudit log` and can be undone.');
  review
    .command('show')
    .description('One review by id, with its correction; a removed review too.')
    .argument('<id>', REVIEW_ID, reviewId)
    .option('--json', 'print JSON')
    .action((id: number, options) => run(async () => (await handlers()).reviewShowCommand(id, options, io, global()))());
  review
    .command('set')
    .description("Set a review's verdict and/or score; it outlasts re-ingesting and new versions of the text, and is never read again.")
    .argument('<id>', REVIEW_ID, reviewId)
    .addOption(new Option('--verdict <verdict>', 'the verdict').choices(['positive', 'negative']))
    .option('--score <n>', 'the score, 0 to 100', score)
    .option('--note <text>', 'why, kept with the correction and in the audit log')
    .addHelpText('after', '\nExample:\n  plaudit review set 12 --verdict negative --score 20 --note "sarcastic; the model read it as praise"')
    .action((id: number, options) => run(async () => (await handlers()).reviewSetCommand(id, options, io, global()))());
  review
    .command('move')
    .description('Move a review to the film it is really about; its correction, if any, moves with it.')
    .argument('<id>', REVIEW_ID, reviewId)
    .requiredOption('--film <film>', FILM)
    .option('--note <text>', 'why, for the audit log')
    .action((id: number, options) => run(async () => (await handlers()).reviewMoveCommand(id, options, io, global()))());
  review
    .command('remove')
    .description("Leave a review out of its film's counts and lists (it stays stored, and readable by id).")
    .argument('<id>', REVIEW_ID, reviewId)
    .requiredOption('--reason <text>', 'why it is removed')
    .action((id: number, options) => run(async () => (await handlers()).reviewRemoveCommand(id, options, io, global()))());
  review
    .command('restore')
    .description('Count a removed review again.')
    .argument('<id>', REVIEW_ID, reviewId)
    .option('--note <text>', 'why, for the audit log')
    .action((id: number, options) => run(async () => (await handlers()).reviewRestoreCommand(id, options, io, global()))());

  program
    .command('log')
    .description('The audit log of editorial changes, newest first: who, when, what, why, and before → after.')
    .option('--film <film>', `only the changes to one film: ${FILM}`)
    .option('--limit <n>', 'at most n entries (default 50; 0 for all)', wholeNumber('a number of entries'))
    .option('--json', 'print JSON')
    .action((options) => run(async () => (await handlers()).logCommand(options, io, global()))());
  program
    .command('undo')
    .description('Reverse an audit entry by writing its before state back (recorded as an undo entry). Undoing an undo does the change again.')
    .argument('<entry>', 'the entry\'s number, as `plaudit log` lists it (#12 or 12)', wholeNumber('an audit entry number'))
    .option('--note <text>', 'why, for the audit log')
    .action((entry: number, options) => run(async () => (await handlers()).undoCommand(entry, options, io, global()))());
}
