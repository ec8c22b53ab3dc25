/**
 * The web as a source on the command line: `plaudit add URL…`, `plaudit feeds add|list|remove`, `plaudit watch`,
 * `plaudit jobs [retry ID]`. The work is the use cases' (use-cases/web-sources.ts) and the queue's; this prints it
 * the way an editor reads it, one line per page or job.
 */
import { openWebWorker } from '../../app.ts';
import type { Feed, Job, JobOutcome, JobStatus } from '../../jobs/job-queue.ts';
import { addFeed, addPages, removeFeed, watchWeb } from '../../use-cases/web-sources.ts';
import type { JobReport } from '../../web/run-web-jobs.ts';
import { EXIT } from '../exit-codes.ts';
import { terminalSafe, writeLine, type CliIo } from '../io.ts';
import { withApp, type GlobalOptions } from '../open-app.ts';

export interface WebFetchOptions {
  /** Hosts on the machine's own network the user allows for this run (--allow-host), beside the config's. */
  allowHost?: string[];
}

export async function addCommand(urls: string[], options: WebFetchOptions & { film?: string }, io: CliIo, global: GlobalOptions): Promise<number> {
  return withApp(io, global, async (app) => {
    const worker = openWebWorker(app, { allowHosts: options.allowHost ?? [] });
    try {
      const added = await addPages(worker.deps.queue, urls, { ...(options.film ? { film: options.film } : {}) });
      const mine = new Set(added.map((a) => a.job.id));
      let failed = 0;
      let waiting = 0;
      await watchWeb(worker.deps, {
        once: true,
        onJob: (report) => {
          if (!mine.has(report.job.id)) return;
          if (report.failure && !report.failure.willRetry) failed += 1;
          if (report.failure?.willRetry) waiting += 1;
          writeLine(io.stdout, reportLine(report));
        },
      });
      if (waiting > 0) writeLine(io.stdout, `${waiting} page(s) will be tried again later: \`plaudit watch\` keeps at it, \`plaudit jobs\` shows where each stands.`);
      return failed > 0 ? EXIT.someFailed : EXIT.ok;
    } finally {
      await worker.close();
    }
  });
}

export async function feedsAddCommand(url: string, options: { film?: string; outlet?: string; every?: number }, io: CliIo, global: GlobalOptions): Promise<number> {
  return withApp(io, global, async (app) => {
    const worker = openWebWorker(app, {});
    try {
      const { feed, created } = await addFeed(worker.deps.queue, {
        url, ...(options.film ? { film: options.film } : {}), ...(options.outlet ? { outlet: options.outlet } : {}), ...(options.every ? { everyMinutes: options.every } : {}),
      });
      writeLine(io.stdout, created ? `Following feed #${feed.id}: ${feed.url}, every ${Math.round(feed.intervalSeconds / 60)} minutes. \`plaudit watch\` polls it.` : `Already following feed #${feed.id}: ${feed.url}.`);
      return EXIT.ok;
    } finally {
      await worker.close();
    }
  });
}

export async function feedsListCommand(options: { json?: boolean }, io: CliIo, global: GlobalOptions): Promise<number> {
  return withApp(io, global, async (app) => {
    const worker = openWebWorker(app, {});
    try {
      const feeds = await worker.deps.queue.listFeeds();
      if (options.json) writeLine(io.stdout, JSON.stringify(feeds, null, 2));
      else if (feeds.length === 0) writeLine(io.stdout, 'No feeds followed; `plaudit feeds add URL` follows one.');
      else feeds.forEach((feed) => writeLine(io.stdout, feedLine(feed)));
      return EXIT.ok;
    } finally {
      await worker.close();
    }
  });
}

export async function feedsRemoveCommand(feed: string, io: CliIo, global: GlobalOptions): Promise<number> {
  return withApp(io, global, async (app) => {
    const worker = openWebWorker(app, {});
    try {
      await removeFeed(worker.deps.queue, feed);
      writeLine(io.stdout, `No longer following ${feed}; the reviews it brought in stay.`);
      return EXIT.ok;
    } finally {
      await worker.close();
    }
  });
}

export async function watchCommand(options: WebFetchOptions & { once?: boolean; idleSeconds?: number }, io: CliIo, global: GlobalOptions): Promise<number> {
  return withApp(io, global, async (app) => {
    const worker = openWebWorker(app, { allowHosts: options.allowHost ?? [] });
    const stop = new AbortController();
    const onSignal = () => {
      if (!stop.signal.aborted) writeLine(io.stderr, 'Stopping: finishing the pages in hand (Ctrl+C again to quit at once; unfinished jobs resume next time).');
      else process.exit(130);
      stop.abort();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    try {
      if (!options.once) writeLine(io.stderr, 'Watching feeds and the queue; Ctrl+C stops.');
      const reports = await watchWeb(worker.deps, {
        signal: stop.signal,
        ...(options.once ? { once: true } : {}),
        ...(options.idleSeconds !== undefined ? { idleMs: options.idleSeconds * 1000 } : {}),
        onJob: (report) => writeLine(io.stdout, reportLine(report)),
      });
      const counts = await worker.deps.queue.counts();
      writeLine(io.stderr, `${reports.length} job(s) run; queue: ${counts.queued} waiting, ${counts.running} running, ${counts.dead} dead${counts.dead > 0 ? ' (`plaudit jobs --status dead`)' : ''}.`);
      return EXIT.ok;
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await worker.close();
    }
  });
}

export async function jobsCommand(options: { status?: JobStatus; limit?: number; json?: boolean }, io: CliIo, global: GlobalOptions): Promise<number> {
  return withApp(io, global, async (app) => {
    const worker = openWebWorker(app, {});
    try {
      const jobs = await worker.deps.queue.list({ ...(options.status ? { status: options.status } : {}), limit: options.limit ?? 50 });
      if (options.json) {
        writeLine(io.stdout, JSON.stringify(jobs, null, 2));
        return EXIT.ok;
      }
      const counts = await worker.deps.queue.counts();
      writeLine(io.stdout, `${counts.queued} waiting, ${counts.running} running, ${counts.done} done, ${counts.dead} dead`);
      jobs.forEach((job) => writeLine(io.stdout, jobLine(job)));
      return EXIT.ok;
    } finally {
      await worker.close();
    }
  });
}

export async function jobsRetryCommand(id: number, io: CliIo, global: GlobalOptions): Promise<number> {
  return withApp(io, global, async (app) => {
    const worker = openWebWorker(app, {});
    try {
      const job = await worker.deps.queue.retry(id, new Date());
      writeLine(io.stdout, `Job #${job.id} (${job.url}) is queued again; \`plaudit watch --once\` runs it now.`);
      return EXIT.ok;
    } finally {
      await worker.close();
    }
  });
}

function outcomeWords(outcome: JobOutcome): string {
  switch (outcome.kind) {
    case 'stored':
      return `stored as review ${outcome.reviewId} of film ${outcome.filmId}`;
    case 'held':
      return `held for an editor (#${outcome.heldId}; \`plaudit held show ${outcome.heldId}\`)`;
    case 'unchanged':
      return 'unchanged since it was last read';
    case 'polled':
      return `polled: ${outcome.newItems} new item(s) queued`;
    case 'failed':
      return `failed: ${outcome.message}`;
  }
}

export function reportLine(report: JobReport): string {
  const { job } = report;
  const what = report.outcome
    ? outcomeWords(report.outcome)
    : report.failure?.willRetry
      ? `not yet: ${report.failure.message}; trying again after ${report.failure.nextTryAt ?? 'a pause'}`
      : `failed for good: ${report.failure?.message ?? 'unknown error'} (job #${job.id}, now dead; \`plaudit jobs retry ${job.id}\` queues it again)`;
  return terminalSafe(`${job.kind === 'feed' ? 'feed ' : ''}${job.url}: ${what}`);
}

function jobLine(job: Job): string {
  const state = job.status === 'queued' ? `waiting until ${job.nextTryAt}` : job.status;
  const last = job.lastError && job.status !== 'done' ? `; last error: ${job.lastError}` : '';
  const outcome = job.outcome && job.status === 'done' ? `; ${outcomeWords(job.outcome)}` : '';
  return terminalSafe(`#${job.id} ${job.kind} ${job.url} — ${state}, ${job.attempts} attempt(s)${outcome}${last}`);
}

function feedLine(feed: Feed): string {
  const hints = [feed.film ? `film ${feed.film}` : '', feed.outlet ? `outlet ${feed.outlet}` : ''].filter(Boolean).join(', ');
  const polled = feed.lastPolledAt ? `last polled ${feed.lastPolledAt}` : 'not polled yet';
  return terminalSafe(`#${feed.id} ${feed.url}${hints ? ` (${hints})` : ''} — every ${Math.round(feed.intervalSeconds / 60)} min, ${polled}${feed.lastError ? `; last error: ${feed.lastError}` : ''}`);
}

