/**
 * The SQLite JobStore (jobs/job-queue.ts): job-queries.ts and feed-queries.ts, each write in its own IMMEDIATE
 * transaction on the store's connection, so a worker, the server and a CLI process can share one file safely.
 * Failures leave as PlauditError: the rules' own (not-found, invalid-argument) as they are, the driver's as
 * 'store-failed'.
 */
import type { Kysely } from 'kysely';
import { DEFAULT_BASE_DELAY_MS, DEFAULT_MAX_DELAY_MS, MAX_ATTEMPTS, type RetryPolicy } from '../../jobs/backoff.ts';
import { PlauditError } from '../../domain/errors.ts';
import type {
  Feed,
  HttpValidators,
  Job,
  JobFailure,
  JobInput,
  JobKind,
  JobOutcome,
  JobStatus,
  JobStore,
} from '../../jobs/job-queue.ts';
import * as feeds from './feed-queries.ts';
import * as jobs from './job-queries.ts';
import type { Tables } from './tables.ts';
import { inWriteTransaction } from './write-transaction.ts';

export interface SqlJobStoreOptions {
  db: Kysely<Tables>;
  readonly: boolean;
  /** Attempts before a job is dead (default MAX_ATTEMPTS). */
  maxAttempts?: number;
  /** Backoff between attempts; tests fix `random`. */
  backoff?: RetryPolicy['backoff'];
}

export class SqlJobStore implements JobStore {
  readonly #db: Kysely<Tables>;
  readonly #readonly: boolean;
  readonly #policy: RetryPolicy;

  constructor(options: SqlJobStoreOptions) {
    this.#db = options.db;
    this.#readonly = options.readonly;
    this.#policy = {
      maxAttempts: Math.max(1, Math.trunc(options.maxAttempts ?? MAX_ATTEMPTS)),
      backoff: { baseMs: DEFAULT_BASE_DELAY_MS, maxMs: DEFAULT_MAX_DELAY_MS, ...options.backoff },
    };
  }

  enqueue(inputs: readonly JobInput[], now: Date): Promise<{ job: Job; created: boolean }[]> {
    if (inputs.length === 0) return Promise.resolve([]);
    return this.#write('enqueue jobs', (db) => jobs.enqueueJobs(db, inputs, now));
  }

  claim(options: { owner: string; now: Date; leaseMs: number; limit: number; kinds?: readonly JobKind[] }): Promise<Job[]> {
    return this.#write('claim jobs', (db) => jobs.claimJobs(db, options, this.#policy.maxAttempts));
  }

  complete(id: number, owner: string, outcome: JobOutcome, now: Date): Promise<boolean> {
    return this.#write('complete a job', (db) => jobs.completeJob(db, id, owner, outcome, now));
  }

  fail(id: number, owner: string, failure: JobFailure, now: Date): Promise<Job | null> {
    return this.#write('record a failed job', (db) => jobs.failJob(db, id, owner, failure, now, this.#policy));
  }

  retry(id: number, now: Date): Promise<Job> {
    return this.#write('retry a job', (db) => jobs.retryJob(db, id, now));
  }

  recover(isGone: (owner: string) => boolean, now: Date): Promise<number> {
    return this.#write('recover jobs', (db) => jobs.recoverJobs(db, isGone, now, this.#policy.maxAttempts));
  }

  job(id: number): Promise<Job | null> {
    return this.#read('read a job', () => jobs.getJob(this.#db, id));
  }

  list(filter?: { status?: JobStatus; limit?: number; offset?: number }): Promise<Job[]> {
    return this.#read('list jobs', () => jobs.listJobs(this.#db, filter));
  }

  counts(): Promise<Record<JobStatus, number>> {
    return this.#read('count jobs', () => jobs.countJobs(this.#db));
  }

  addFeed(input: feeds.FeedInput, now: Date): Promise<{ feed: Feed; created: boolean }> {
    return this.#write('add a feed', (db) => feeds.addFeed(db, input, now));
  }

  listFeeds(): Promise<Feed[]> {
    return this.#read('list feeds', () => feeds.listFeeds(this.#db));
  }

  removeFeed(idOrUrl: number | string): Promise<boolean> {
    return this.#write('remove a feed', (db) => feeds.removeFeed(db, idOrUrl));
  }

  dueFeeds(now: Date): Promise<Feed[]> {
    return this.#read('list due feeds', () => feeds.dueFeeds(this.#db, now));
  }

  markPolled(id: number, result: feeds.PollResult, now: Date): Promise<void> {
    return this.#write('record a feed poll', (db) => feeds.markPolled(db, id, result, now));
  }

  takeNewItems(feedId: number, items: readonly { key: string; job: JobInput }[], now: Date): Promise<Job[]> {
    return this.#write("take a feed's new items", (db) => feeds.takeNewItems(db, feedId, items, now));
  }

  validators(url: string): Promise<HttpValidators | null> {
    return this.#read('read HTTP validators', () => feeds.readValidators(this.#db, url));
  }

  saveValidators(url: string, validators: HttpValidators, now: Date): Promise<void> {
    return this.#write('save HTTP validators', (db) => feeds.saveValidators(db, url, validators, now));
  }

  async #write<T>(what: string, work: (db: Kysely<Tables>) => Promise<T>): Promise<T> {
    if (this.#readonly) throw new PlauditError('store-failed', 'the store was opened read-only');
    return this.#read(what, () => inWriteTransaction(this.#db, work));
  }

  async #read<T>(what: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof PlauditError) throw error;
      const message = error instanceof Error ? error.message : String(error);
      throw new PlauditError('store-failed', `cannot ${what}: ${message}`, { cause: error });
    }
  }
}
