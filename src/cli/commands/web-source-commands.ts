/** The grammar of `plaudit add`, `feeds`, `watch` and `jobs`, added to the program by buildProgram (program.ts). */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { JOB_STATUSES } from '../../jobs/job-queue.ts';
import type { CliIo } from '../io.ts';
import type { GlobalOptions } from '../open-app.ts';

type Run = (action: () => Promise<number>) => () => Promise<void>;

const handlers = () => import('./web-source-handlers.ts');

function wholeNumber(what: string, min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`expected ${what}, a whole number from ${min}.`);
    return n;
  };
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

const ALLOW_HOST = [
  '--allow-host <host>',
  'fetch from this host even though it is on this machine\'s own network (an intranet, a test server); repeat for more (config: web.allowHosts)',
  collect,
] as const;

export function addWebSourceCommands(program: Command, io: CliIo, run: Run, global: () => GlobalOptions): void {
  program
    .command('add')
    .description('Fetch review pages by URL and ingest them, politely (robots.txt, one request at a time per site).')
    .argument('<url...>', 'http(s) addresses of review pages')
    .option('--film <film>', 'the film these pages review, when the pages do not say clearly (a title, "Title (Year)" or IMDb id)')
    .option(...ALLOW_HOST)
    .addHelpText(
      'after',
      `
Each page is queued as a job, fetched (never from this machine's own network unless --allow-host names it), and then
stored as a review, held for an editor (not a film review, or which film is unclear), or reported with its reason.
A page that fails for a passing reason (a timeout, 5xx, 429) is tried again later by \`plaudit watch\`; \`plaudit jobs\`
shows where each stands. Adding a page again fetches it again: a changed page is a new version of the same review.
Exit code 1: some pages failed for good.

Example:
  plaudit add https://www.rogerebert.com/reviews/her-smell-movie-review-2019 --film "Her Smell (2018)"`,
    )
    .action((urls: string[], options) => run(async () => (await handlers()).addCommand(urls, options, io, global()))());

  const feeds = program.command('feeds').description('Follow critics\' and outlets\' feeds (RSS, Atom, RDF, JSON Feed); `plaudit watch` polls them.');
  feeds
    .command('add')
    .description('Follow a feed: each new item\'s page is fetched and ingested by `plaudit watch`.')
    .argument('<url>', 'the feed\'s http(s) address')
    .option('--film <film>', 'the film every item reviews (a festival\'s feed for one film)')
    .option('--outlet <name>', 'the outlet the items are from, when their pages do not say')
    .option('--every <minutes>', 'minutes between polls (default web.feedIntervalMinutes in plaudit.config.json, else 60)', wholeNumber('minutes', 1))
    .action((url: string, options) => run(async () => (await handlers()).feedsAddCommand(url, options, io, global()))());
  feeds
    .command('list', { isDefault: true })
    .description('List the feeds followed, with when each was last polled and its last error.')
    .option('--json', 'print JSON')
    .action((options) => run(async () => (await handlers()).feedsListCommand(options, io, global()))());
  feeds
    .command('remove')
    .description('Stop following a feed (by its number or URL); the reviews it brought in stay.')
    .argument('<feed>', 'the feed\'s number, as `plaudit feeds list` shows it, or its URL')
    .action((feed: string) => run(async () => (await handlers()).feedsRemoveCommand(feed, io, global()))());

  program
    .command('watch')
    .description('Poll the feeds on their schedule and work the queue of pages until stopped (Ctrl+C), or once with --once.')
    .option('--once', 'one pass over what is due now, then exit (for cron and scripts)')
    .option('--idle <seconds>', 'seconds to wait between passes when nothing is due (default 30)', wholeNumber('seconds', 1))
    .option(...ALLOW_HOST)
    .addHelpText(
      'after',
      `
Stopping lets the pages in hand finish first. A watch that was killed leaves nothing half-done: its jobs are taken
up again by the next \`plaudit watch\` (on this machine at once, elsewhere when their lease runs out), and a page
stored twice is stored once.`,
    )
    .action((options) => run(async () => (await handlers()).watchCommand({ ...options, ...(options.idle ? { idleSeconds: options.idle } : {}) }, io, global()))());

  const jobs = program.command('jobs').description('The web queue: pages and feeds waiting, running, done or dead (failed for good).');
  jobs
    .command('list', { isDefault: true })
    .description('List jobs, newest first, with their attempts and last error.')
    .addOption(new Option('--status <status>', 'only jobs in this state').choices([...JOB_STATUSES]))
    .option('--limit <n>', 'at most this many (default 50)', wholeNumber('a count', 1))
    .option('--json', 'print JSON')
    .action((options) => run(async () => (await handlers()).jobsCommand(options, io, global()))());
  jobs
    .command('retry')
    .description('Queue a dead job again, its attempts reset.')
    .argument('<id>', 'the job\'s number, as `plaudit jobs` shows it', wholeNumber('a job number', 1))
    .action((id: number) => run(async () => (await handlers()).jobsRetryCommand(id, io, global()))());
}
