/**
 * The durable work of reading the web: a queue of page and feed jobs that survives a crash, the feeds a poller
 * visits, and the HTTP validators (ETag, Last-Modified) that let it ask "changed since?". Ports only: SQLite
 * implements them in src/store/sqlite/sqlite-job-store.ts, PostgreSQL will later. Times are passed in (`now`) so
 * the rules can be tested without a clock.
 */

export type JobKind = 'page' | 'feed';
export type JobStatus = 'queued' | 'running' | 'done' | 'dead';

export const JOB_STATUSES: readonly JobStatus[] = ['queued', 'running', 'done', 'dead'];

/** What is known of a page before fetching it (from the feed item that named it, or the user). */
export interface PageHints {
  title?: string;
  author?: string;
  publishedAt?: string;
  outlet?: string;
  film?: string;
}

export interface JobInput {
  kind: JobKind;
  url: string;
  /** The feed whose item named this page. */
  feedId?: number;
  hints?: PageHints;
}

export interface Job extends JobInput {
  id: number;
  status: JobStatus;
  /** Attempts started so far, the running one included. */
  attempts: number;
  lastError: string | null;
  /** ISO; when a queued job may next be claimed. */
  nextTryAt: string;
  leaseOwner: string | null;
  /** ISO; a running job whose lease has passed may be claimed by another worker. */
  leaseUntil: string | null;
  createdAt: string;
  updatedAt: string;
  outcome: JobOutcome | null;
}

export type JobOutcome =
  | { kind: 'stored'; reviewId: number; filmId: number }
  | { kind: 'held'; heldId: number }
  | { kind: 'unchanged' }
  | { kind: 'polled'; newItems: number }
  | { kind: 'failed'; message: string };

export interface JobFailure {
  message: string;
  /** A timeout, a 5xx or a 429 may pass; a 404 or a page that is not a review will not. */
  transient: boolean;
  /** The server's Retry-After, in ms: the next try waits at least this long. */
  retryAfterMs?: number;
}

export interface JobQueue {
  /** Adds jobs; a URL already queued/running (same kind) is not added twice: returns the existing job, created false. */
  enqueue(inputs: readonly JobInput[], now: Date): Promise<{ job: Job; created: boolean }[]>;
  /**
   * Takes up to `limit` due jobs (queued with nextTryAt <= now, or running with leaseUntil < now), marks them
   * running with this owner and lease, attempts+1, atomically (one write transaction) so two workers never take
   * the same job. A job whose lease ran out with no attempts left is marked dead instead (a page that kills its
   * worker every time must not loop forever).
   */
  claim(options: { owner: string; now: Date; leaseMs: number; limit: number; kinds?: readonly JobKind[] }): Promise<Job[]>;
  /** Done, with its outcome. Only if the owner still holds it (else false). */
  complete(id: number, owner: string, outcome: JobOutcome, now: Date): Promise<boolean>;
  /**
   * A failed attempt: transient → queued again at now + backoff (exponential with jitter, honouring retryAfterMs
   * as a minimum), or dead after maxAttempts; permanent → dead at once. Null when the owner no longer holds it.
   */
  fail(id: number, owner: string, failure: JobFailure, now: Date): Promise<Job | null>;
  /** A dead job queued again now, attempts reset (`plaudit jobs retry ID`); unknown id → PlauditError not-found; not dead → invalid-argument. */
  retry(id: number, now: Date): Promise<Job>;
  /**
   * Running jobs whose owner is gone (isGone(owner) true, e.g. a dead pid on this host after kill -9) go back to
   * queued at once, without waiting for the lease (or dead, with no attempts left). Returns how many.
   */
  recover(isGone: (owner: string) => boolean, now: Date): Promise<number>;
  /** Newest first. */
  /** One job by id, or null. */
  job(id: number): Promise<Job | null>;
  list(filter?: { status?: JobStatus; limit?: number; offset?: number }): Promise<Job[]>;
  counts(): Promise<Record<JobStatus, number>>;
}

export interface Feed {
  id: number;
  url: string;
  /** A film every item of this feed is about (a film's own review roundup), passed to its page jobs as a hint. */
  film: string | null;
  outlet: string | null;
  intervalSeconds: number;
  etag: string | null;
  lastModified: string | null;
  lastPolledAt: string | null;
  nextPollAt: string;
  lastError: string | null;
  createdAt: string;
}

export interface FeedStore {
  /** A URL already added returns that feed, created false, unchanged. */
  addFeed(input: { url: string; film?: string; outlet?: string; intervalSeconds?: number }, now: Date): Promise<{ feed: Feed; created: boolean }>;
  listFeeds(): Promise<Feed[]>;
  /** By id or exact URL; false when none. Its seen items go with it; its jobs stay, without the feed. */
  removeFeed(idOrUrl: number | string): Promise<boolean>;
  dueFeeds(now: Date): Promise<Feed[]>;
  /** Records a poll: validators (undefined keeps, null clears), next poll time, error or null. */
  markPolled(id: number, result: { etag?: string | null; lastModified?: string | null; error?: string | null; nextPollAt: Date }, now: Date): Promise<void>;
  /**
   * Of these item keys, the ones not seen before for this feed, and marks them seen — in one transaction with
   * enqueueing their page jobs (so a crash never loses or doubles an item). Returns the jobs of the new items.
   */
  takeNewItems(feedId: number, items: readonly { key: string; job: JobInput }[], now: Date): Promise<Job[]>;
}

export interface HttpValidators {
  etag?: string;
  lastModified?: string;
}

export interface HttpValidatorStore {
  validators(url: string): Promise<HttpValidators | null>;
  /** Empty validators forget the URL. */
  saveValidators(url: string, validators: HttpValidators, now: Date): Promise<void>;
}

/** Everything the web sources keep, as one store exposes it (`app.store.jobs`). */
export type JobStore = JobQueue & FeedStore & HttpValidatorStore;

/** Every feed polls hourly unless told otherwise; more often than once a minute is refused as impolite. */
export const DEFAULT_FEED_INTERVAL_SECONDS = 3_600;
export const MIN_FEED_INTERVAL_SECONDS = 60;
