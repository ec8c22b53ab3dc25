/**
 * Works the web queue: feeds that are due become feed jobs; each job is claimed with a lease, run, and marked done
 * with its outcome, retried later after a transient failure (timeouts, 5xx, 429), or dead after a permanent one.
 * A page job fetches the page (conditional GET when it was fetched before), processes it through the pipeline's
 * stages, and files it (a review under its film, or a hold). A feed job fetches and parses the feed and queues a page
 * job for each item not seen before, in the same transaction that marks it seen.
 *
 * Durable: a job's effect is idempotent (a page saved again with the same content is "unchanged"), so a job
 * re-run after a crash between saving and marking it done stores nothing twice; a worker killed mid-job leaves
 * its jobs running under its name, and the next worker on this machine takes them back at once (`recover`).
 */
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { RawDocument } from '../domain/document.ts';
import { PlauditError } from '../domain/errors.ts';
import type { FeedStore, HttpValidatorStore, Job, JobOutcome, JobQueue } from '../jobs/job-queue.ts';
import { fileDocument } from '../use-cases/file-document.ts';
import type { ProcessOutcome } from '../pipeline/process-document.ts';
import type { ReviewStore } from '../store/port.ts';
import { FetchError, type WebFetcher } from './fetch/index.ts';
import { FeedError, parseFeed } from './feeds/index.ts';
import { fetchedPageDocument } from './page-document.ts';

export type WebQueue = JobQueue & FeedStore & HttpValidatorStore;

export interface WebJobDeps {
  store: ReviewStore;
  queue: WebQueue;
  fetcher: WebFetcher;
  /** The pipeline's pure stages, isolated: a web page is untrusted input. */
  process: (document: RawDocument) => Promise<ProcessOutcome>;
  maxDocumentBytes: number;
  /** Minutes between polls of a feed that does not say otherwise. */
  feedIntervalMinutes: number;
  /** This worker's name on the jobs it holds: host and process, so a restart here knows a dead one's jobs. */
  owner?: string;
  now?: () => Date;
}

/** What a finished job did, for progress lines. */
export interface JobReport {
  job: Job;
  outcome: JobOutcome | null;
  /** Set when the attempt failed: the message, and whether it will be tried again. */
  failure?: { message: string; willRetry: boolean; nextTryAt?: string };
}

/** A lease long enough for a slow page through a polite host queue; a dead worker's jobs return at its end. */
export const LEASE_MS = 5 * 60_000;
/**
 * Jobs in hand at once. Different hosts run side by side; jobs for one host wait in line in the fetcher's per-host
 * queue, so this bounds how many hosts are fetched from at once, not how hard one is.
 */
export const CONCURRENT_JOBS = 32;

/** "host:pid:random": a restarted worker on this host recognises the jobs of a process that is gone. */
export function workerName(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
}

/** Whether a worker name belongs to a process on this machine that is no longer running. */
export function workerIsGone(owner: string): boolean {
  const [host, pid] = owner.split(':');
  if (host !== hostname() || pid === undefined || !/^\d+$/.test(pid)) return false;
  if (Number(pid) === process.pid) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Runs until no job is due: recovers a dead worker's jobs, queues the due feeds, then claims and runs jobs in
 * batches. Returns every job it finished or failed, in order. `signal` stops it between batches.
 */
export async function runDueJobs(deps: WebJobDeps, options: { signal?: AbortSignal; onJob?: (report: JobReport) => void } = {}): Promise<JobReport[]> {
  const now = () => deps.now?.() ?? new Date();
  const owner = deps.owner ?? workerName();
  const reports: JobReport[] = [];
  await deps.queue.recover(workerIsGone, now());
  await queueDueFeeds(deps, now());
  // A pool, not batches: a job that finishes frees its place at once, so one slow host never idles the others.
  const inHand = new Set<Promise<void>>();
  let nothingDue = false;
  while (true) {
    const stopping = options.signal?.aborted === true;
    const free = CONCURRENT_JOBS - inHand.size;
    if (!stopping && !nothingDue && free > 0) {
      const jobs = await deps.queue.claim({ owner, now: now(), leaseMs: LEASE_MS, limit: free });
      nothingDue = jobs.length < free;
      for (const job of jobs) {
        // Even the store failing to record the outcome ends the job here; its lease brings it back later.
        const attempt = runJob(deps, owner, job).catch((error: unknown): JobReport => ({
          job, outcome: null, failure: { message: `could not record the result: ${error instanceof Error ? error.message : String(error)}`, willRetry: true },
        }));
        const running: Promise<void> = attempt.then((report) => {
          inHand.delete(running);
          reports.push(report);
          options.onJob?.(report);
          // A feed job queues page jobs, and a retry may have come due: look again.
          nothingDue = false;
        });
        inHand.add(running);
      }
      if (jobs.length > 0) continue;
    }
    if (inHand.size === 0) break;
    await Promise.race(inHand);
  }
  return reports;
}

async function queueDueFeeds(deps: WebJobDeps, now: Date): Promise<void> {
  const due = await deps.queue.dueFeeds(now);
  if (due.length === 0) return;
  await deps.queue.enqueue(due.map((feed) => ({ kind: 'feed' as const, url: feed.url, feedId: feed.id })), now);
}

async function runJob(deps: WebJobDeps, owner: string, job: Job): Promise<JobReport> {
  const now = () => deps.now?.() ?? new Date();
  try {
    const outcome = job.kind === 'feed' ? await runFeedJob(deps, job) : await runPageJob(deps, job);
    await deps.queue.complete(job.id, owner, outcome, now());
    return { job, outcome };
  } catch (error) {
    const failure = failureOf(error);
    const after = await deps.queue.fail(job.id, owner, failure, now());
    if (job.kind === 'feed' && job.feedId !== undefined) {
      await deps.queue.markPolled(job.feedId, { error: failure.message, nextPollAt: feedNextPoll(deps, now()) }, now());
    }
    const willRetry = after?.status === 'queued';
    return { job, outcome: null, failure: { message: failure.message, willRetry, ...(willRetry && after ? { nextTryAt: after.nextTryAt } : {}) } };
  }
}

function failureOf(error: unknown): { message: string; transient: boolean; retryAfterMs?: number } {
  if (error instanceof FetchError) {
    return { message: error.message, transient: error.transient, ...(error.retryAfterMs === undefined ? {} : { retryAfterMs: error.retryAfterMs }) };
  }
  if (error instanceof FeedError) return { message: error.message, transient: false };
  // The isolated processor's 'busy' (shutting down) is worth another try; a document the pipeline refuses is not.
  if (error instanceof PlauditError) return { message: error.message, transient: error.code === 'busy' };
  return { message: error instanceof Error ? error.message : String(error), transient: true };
}

async function runPageJob(deps: WebJobDeps, job: Job): Promise<JobOutcome> {
  const validators = (await deps.queue.validators(job.url)) ?? undefined;
  const fetched = await deps.fetcher.fetch({ url: job.url, purpose: 'page', ...(validators ? { validators } : {}) });
  if (fetched.kind === 'not-modified') return { kind: 'unchanged' };
  const document = fetchedPageDocument(fetched, job.hints, { maxDocumentBytes: deps.maxDocumentBytes });
  const filed = await fileDocument(deps, document);
  // Validators are kept only once the page is filed: a crash before that fetches it whole again, not a 304.
  await deps.queue.saveValidators(job.url, fetched.validators, deps.now?.() ?? new Date());
  if (filed.kind === 'held') return { kind: 'held', heldId: filed.result.heldId };
  if (filed.result.status === 'unchanged') return { kind: 'unchanged' };
  return { kind: 'stored', reviewId: filed.result.reviewId, filmId: filed.result.filmId };
}

async function runFeedJob(deps: WebJobDeps, job: Job): Promise<JobOutcome> {
  const now = deps.now?.() ?? new Date();
  const feed = (await deps.queue.listFeeds()).find((f) => f.id === job.feedId);
  // A feed removed after its job was queued: nothing to poll.
  if (feed === undefined) return { kind: 'polled', newItems: 0 };
  const validators = { ...(feed.etag ? { etag: feed.etag } : {}), ...(feed.lastModified ? { lastModified: feed.lastModified } : {}) };
  const fetched = await deps.fetcher.fetch({ url: feed.url, purpose: 'feed', validators });
  const nextPollAt = feedNextPoll(deps, now, feed.intervalSeconds);
  if (fetched.kind === 'not-modified') {
    await deps.queue.markPolled(feed.id, { error: null, nextPollAt }, now);
    return { kind: 'polled', newItems: 0 };
  }
  const parsed = parseFeed(fetched.body.toString('utf8'), { baseUrl: fetched.url });
  const items = parsed.items.flatMap((item) =>
    item.link === null
      ? []
      : [{
          key: item.key,
          job: {
            kind: 'page' as const,
            url: item.link,
            feedId: feed.id,
            hints: {
              ...(item.title ? { title: item.title } : {}),
              ...(item.author ? { author: item.author } : {}),
              ...(item.publishedAt ? { publishedAt: item.publishedAt } : {}),
              ...(feed.outlet ? { outlet: feed.outlet } : {}),
              ...(feed.film ? { film: feed.film } : {}),
            },
          },
        }],
  );
  const queued = await deps.queue.takeNewItems(feed.id, items, now);
  await deps.queue.markPolled(feed.id, { etag: fetched.validators.etag ?? null, lastModified: fetched.validators.lastModified ?? null, error: null, nextPollAt }, now);
  return { kind: 'polled', newItems: queued.length };
}

function feedNextPoll(deps: WebJobDeps, now: Date, intervalSeconds?: number): Date {
  return new Date(now.getTime() + 1000 * (intervalSeconds ?? deps.feedIntervalMinutes * 60));
}
