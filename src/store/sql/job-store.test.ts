import Database from 'better-sqlite3';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely, Migrator } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PlauditError } from '../../domain/errors.ts';
import { MAX_ATTEMPTS } from '../../jobs/backoff.ts';
import type { Job, JobInput, JobStore } from '../../jobs/job-queue.ts';
import type { WebStore } from '../web-port.ts';
import { ABANDONED_MESSAGE } from './job-queries.ts';
import { initialSchema } from '../sqlite/migrations/001-initial-schema.ts';
import { filmFacts } from '../sqlite/migrations/002-film-facts.ts';
import { searchIndex } from '../sqlite/migrations/003-search-index.ts';
import { apiTokens } from '../sqlite/migrations/004-api-tokens.ts';
import { readingInContext } from '../sqlite/migrations/005-reading-in-context.ts';
import { sourceIdentity } from '../sqlite/migrations/006-source-identity.ts';
import { catalogAndHeld } from '../sqlite/migrations/007-catalog-and-held.ts';
import { auditLog } from '../sqlite/migrations/008-audit-log.ts';
import { reviewCorrections } from '../sqlite/migrations/009-review-corrections.ts';
import { filmEdits } from '../sqlite/migrations/010-film-edits.ts';
import { usersAndSessions } from '../sqlite/migrations/011-users-and-sessions.ts';
import { openSqliteStore } from '../sqlite/open-sqlite-store.ts';
import { PlauditSqliteDialect } from '../sqlite/sqlite-dialect.ts';

const T0 = new Date('2024-06-01T12:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const page = (url: string, extra: Partial<JobInput> = {}): JobInput => ({ kind: 'page', url, ...extra });

let dir = '';
let path = '';
let store: WebStore;
let jobs: JobStore;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plaudit-jobs-'));
  path = join(dir, 'plaudit.db');
  store = await openSqliteStore({ path });
  jobs = store.jobs;
});

afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

async function claimOne(owner: string, now: Date, leaseMs = 60_000): Promise<Job> {
  const [job] = await jobs.claim({ owner, now, leaseMs, limit: 1 });
  expect(job).toBeDefined();
  return job!;
}

async function expectPlauditError(promise: Promise<unknown>, code: string, message: RegExp): Promise<void> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(PlauditError);
  expect(error).toMatchObject({ code });
  expect((error as Error).message).toMatch(message);
}

describe('job queue (SQLite)', () => {
  it('adds a live URL once per kind, within a batch and across calls, and keeps hints', async () => {
    const [first, again, asFeed] = await jobs.enqueue(
      [
        page('https://critic.example/r/1', { hints: { title: 'Salt Roads', film: 'Salt Roads' } }),
        page('https://critic.example/r/1'),
        { kind: 'feed', url: 'https://critic.example/r/1' },
      ],
      T0,
    );
    expect(first).toMatchObject({ created: true, job: { status: 'queued', attempts: 0, nextTryAt: T0.toISOString(), outcome: null } });
    expect(first!.job.hints).toEqual({ title: 'Salt Roads', film: 'Salt Roads' });
    expect(again).toEqual({ created: false, job: first!.job });
    expect(asFeed!.created).toBe(true);
    const [later] = await jobs.enqueue([page('https://critic.example/r/1')], at(1_000));
    expect(later).toEqual({ created: false, job: first!.job });

    // Running is still live; once done, the URL may be queued again.
    const claimed = await claimOne('w1', at(2_000));
    expect((await jobs.enqueue([page(claimed.url)], at(2_000)))[0]!.created).toBe(false);
    expect(await jobs.complete(claimed.id, 'w1', { kind: 'unchanged' }, at(3_000))).toBe(true);
    const [fresh] = await jobs.enqueue([page(claimed.url)], at(4_000));
    expect(fresh!.created).toBe(true);
    expect(fresh!.job.id).not.toBe(claimed.id);
    await expectPlauditError(jobs.enqueue([page(' ')], T0), 'invalid-argument', /needs a URL/);
  });

  it('never hands one job to two claims', async () => {
    await jobs.enqueue(
      Array.from({ length: 10 }, (_, index) => page(`https://critic.example/r/${index}`)),
      T0,
    );
    const [a, b] = await Promise.all([
      jobs.claim({ owner: 'a', now: T0, leaseMs: 60_000, limit: 6 }),
      jobs.claim({ owner: 'b', now: T0, leaseMs: 60_000, limit: 6 }),
    ]);
    const ids = [...a!, ...b!].map((job) => job.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(10);
    expect(a!.every((job) => job.leaseOwner === 'a' && job.attempts === 1 && job.status === 'running')).toBe(true);
    expect(await jobs.claim({ owner: 'c', now: T0, leaseMs: 60_000, limit: 6 })).toEqual([]);

    // A second connection to the same file (another process) sees the claims.
    await jobs.enqueue([page('https://critic.example/r/late')], T0);
    const other = await openSqliteStore({ path });
    try {
      const [late] = await other.jobs.claim({ owner: 'd', now: T0, leaseMs: 60_000, limit: 5 });
      expect(late!.url).toBe('https://critic.example/r/late');
      expect(await jobs.claim({ owner: 'a', now: T0, leaseMs: 60_000, limit: 5 })).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('claims only due jobs of the asked kinds, oldest first', async () => {
    await jobs.enqueue([{ kind: 'feed', url: 'https://critic.example/feed.xml' }, page('https://critic.example/a')], T0);
    await jobs.enqueue([page('https://critic.example/b')], at(5_000));
    expect(await jobs.claim({ owner: 'w', now: T0, leaseMs: 1_000, limit: 5, kinds: ['page'] })).toMatchObject([
      { url: 'https://critic.example/a' },
    ]);
    expect(await jobs.claim({ owner: 'w', now: at(5_000), leaseMs: 1_000, limit: 5, kinds: [] })).toEqual([]);
    expect((await jobs.claim({ owner: 'w', now: at(100), leaseMs: 1_000, limit: 5 })).map((job) => job.kind)).toEqual(['feed']);
  });

  it('lets another worker take a job whose lease ran out, and then only the new owner may finish it', async () => {
    await jobs.enqueue([page('https://critic.example/r/slow')], T0);
    const first = await claimOne('w1', T0, 1_000);
    expect(first.leaseUntil).toBe(at(1_000).toISOString());
    expect(await jobs.claim({ owner: 'w2', now: at(500), leaseMs: 1_000, limit: 1 })).toEqual([]);
    const second = await claimOne('w2', at(2_000), 1_000);
    expect(second).toMatchObject({ id: first.id, leaseOwner: 'w2', attempts: 2 });
    expect(await jobs.complete(first.id, 'w1', { kind: 'unchanged' }, at(2_100))).toBe(false);
    expect(await jobs.fail(first.id, 'w1', { message: 'late', transient: true }, at(2_100))).toBeNull();
    expect(await jobs.complete(first.id, 'w2', { kind: 'stored', reviewId: 7, filmId: 3 }, at(2_200))).toBe(true);
    const [done] = await jobs.list({ status: 'done' });
    expect(done).toMatchObject({ id: first.id, status: 'done', leaseOwner: null, outcome: { kind: 'stored', reviewId: 7, filmId: 3 } });
  });

  it("gives a gone worker's jobs back at once, leaving live workers' alone", async () => {
    await jobs.enqueue([page('https://critic.example/1'), page('https://critic.example/2')], T0);
    const dead = await claimOne('host:111:a', T0, 3_600_000);
    const alive = await claimOne('host:222:b', T0, 3_600_000);
    const isGone = (owner: string) => owner.startsWith('host:111:');
    expect(await jobs.recover(isGone, at(1_000))).toBe(1);
    expect(await jobs.recover(isGone, at(1_000))).toBe(0);
    const [back] = await jobs.claim({ owner: 'host:333:c', now: at(1_000), leaseMs: 1_000, limit: 5 });
    expect(back).toMatchObject({ id: dead.id, attempts: 2 });
    expect((await jobs.list({ status: 'running' })).map((job) => [job.id, job.leaseOwner])).toEqual([
      [alive.id, 'host:222:b'],
      [dead.id, 'host:333:c'],
    ].sort((x, y) => Number(y[0]) - Number(x[0])));
  });

  it('backs a transient failure off, and marks the job dead after MAX_ATTEMPTS', async () => {
    await jobs.enqueue([page('https://flaky.example/r')], T0);
    let now = T0;
    const delays: number[] = [];
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
      const job = await claimOne('w', now);
      expect(job.attempts).toBe(attempt);
      const failed = await jobs.fail(job.id, 'w', { message: `timeout ${attempt}`, transient: true }, now);
      expect(failed).toMatchObject({ status: 'queued', lastError: `timeout ${attempt}`, leaseOwner: null });
      const next = new Date(failed!.nextTryAt);
      delays.push(next.getTime() - now.getTime());
      // Not due before its time.
      expect(await jobs.claim({ owner: 'w', now: new Date(next.getTime() - 1), leaseMs: 1, limit: 1 })).toEqual([]);
      now = next;
    }
    delays.forEach((delay, index) => {
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThan(30_000 * 2 ** index);
    });
    const last = await claimOne('w', now);
    const dead = await jobs.fail(last.id, 'w', { message: 'timeout again', transient: true }, now);
    expect(dead).toMatchObject({ status: 'dead', attempts: MAX_ATTEMPTS, outcome: { kind: 'failed', message: 'timeout again' } });
    expect(await jobs.counts()).toEqual({ queued: 0, running: 0, done: 0, dead: 1 });
  });

  it('honours Retry-After, and kills a permanent failure at once', async () => {
    await jobs.enqueue([page('https://busy.example/r'), page('https://gone.example/r')], T0);
    const busy = await claimOne('w', T0);
    const waited = await jobs.fail(busy.id, 'w', { message: 'HTTP 429', transient: true, retryAfterMs: 3_600_000 }, T0);
    expect(new Date(waited!.nextTryAt).getTime()).toBeGreaterThanOrEqual(at(3_600_000).getTime());
    const gone = await claimOne('w', T0);
    expect(await jobs.fail(gone.id, 'w', { message: 'HTTP 404', transient: false }, T0)).toMatchObject({
      status: 'dead',
      attempts: 1,
      lastError: 'HTTP 404',
    });
  });

  it('marks dead a job whose worker died on every attempt, instead of claiming it forever', async () => {
    await jobs.enqueue([page('https://poison.example/r')], T0);
    let now = T0;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      await claimOne(`w${attempt}`, now, 1_000);
      now = new Date(now.getTime() + 2_000);
    }
    expect(await jobs.claim({ owner: 'w', now, leaseMs: 1_000, limit: 1 })).toEqual([]);
    expect((await jobs.list())[0]).toMatchObject({ status: 'dead', lastError: ABANDONED_MESSAGE, leaseOwner: null });
  });

  it('retries a dead job from scratch, and refuses an unknown or live one', async () => {
    const [{ job }] = (await jobs.enqueue([page('https://gone.example/r')], T0)) as unknown as [{ job: Job }];
    await expectPlauditError(jobs.retry(job.id, T0), 'invalid-argument', /is queued, not dead/);
    await expectPlauditError(jobs.retry(9_999, T0), 'not-found', /no job 9999/);
    await claimOne('w', T0);
    await jobs.fail(job.id, 'w', { message: 'HTTP 404', transient: false }, T0);
    const again = await jobs.retry(job.id, at(1_000));
    expect(again).toMatchObject({ status: 'queued', attempts: 0, outcome: null, nextTryAt: at(1_000).toISOString() });
    expect((await claimOne('w', at(1_000))).attempts).toBe(1);
  });

  it('lists newest first, by status and page, and counts every status', async () => {
    await jobs.enqueue([page('https://c.example/1'), page('https://c.example/2'), page('https://c.example/3')], T0);
    const claimed = await claimOne('w', T0);
    expect((await jobs.list()).map((job) => job.url)).toEqual(['https://c.example/3', 'https://c.example/2', 'https://c.example/1']);
    expect((await jobs.list({ status: 'queued', limit: 1, offset: 1 })).map((job) => job.url)).toEqual(['https://c.example/2']);
    expect((await jobs.list({ status: 'running' })).map((job) => job.id)).toEqual([claimed.id]);
    expect(await jobs.counts()).toEqual({ queued: 2, running: 1, done: 0, dead: 0 });
  });

  it('keeps the queue across a reopen, and refuses writes on a read-only store', async () => {
    await jobs.enqueue([page('https://c.example/kept')], T0);
    await store.close();
    const reader = await openSqliteStore({ path, readonly: true });
    try {
      expect((await reader.jobs.list()).map((job) => job.url)).toEqual(['https://c.example/kept']);
      await expectPlauditError(reader.jobs.enqueue([page('https://c.example/no')], T0), 'store-failed', /read-only/);
    } finally {
      await reader.close();
    }
    store = await openSqliteStore({ path });
    jobs = store.jobs;
    expect(await jobs.counts()).toMatchObject({ queued: 1 });
  });
});

describe('feeds (SQLite)', () => {
  const FEED = 'https://critic.example/feed.xml';

  it('adds a feed once, lists, finds the due ones and records polls', async () => {
    const { feed, created } = await jobs.addFeed({ url: FEED, outlet: 'Reel Thoughts', intervalSeconds: 900 }, T0);
    expect(created).toBe(true);
    expect(feed).toEqual({
      id: feed.id,
      url: FEED,
      film: null,
      outlet: 'Reel Thoughts',
      intervalSeconds: 900,
      etag: null,
      lastModified: null,
      lastPolledAt: null,
      nextPollAt: T0.toISOString(),
      lastError: null,
      createdAt: T0.toISOString(),
    });
    expect(await jobs.addFeed({ url: FEED, intervalSeconds: 60 }, at(1))).toEqual({ feed, created: false });
    const other = (await jobs.addFeed({ url: 'https://other.example/atom', film: 'Salt Roads' }, at(10))).feed;
    expect(other.intervalSeconds).toBe(3_600);
    expect((await jobs.listFeeds()).map((f) => f.id)).toEqual([feed.id, other.id]);
    expect((await jobs.dueFeeds(at(5))).map((f) => f.id)).toEqual([feed.id]);

    await jobs.markPolled(feed.id, { etag: '"v1"', lastModified: 'Sat, 01 Jun 2024 11:00:00 GMT', error: null, nextPollAt: at(900_000) }, at(20));
    expect((await jobs.dueFeeds(at(20))).map((f) => f.id)).toEqual([other.id]);
    await jobs.markPolled(feed.id, { error: 'HTTP 503', nextPollAt: at(1_800_000) }, at(900_000));
    const [polled] = await jobs.listFeeds();
    expect(polled).toMatchObject({
      etag: '"v1"',
      lastModified: 'Sat, 01 Jun 2024 11:00:00 GMT',
      lastPolledAt: at(900_000).toISOString(),
      nextPollAt: at(1_800_000).toISOString(),
      lastError: 'HTTP 503',
    });
    await jobs.markPolled(feed.id, { etag: null, nextPollAt: at(1_800_000) }, at(900_001));
    expect((await jobs.listFeeds())[0]).toMatchObject({ etag: null, lastError: null });
    await expectPlauditError(jobs.markPolled(999, { nextPollAt: T0 }, T0), 'not-found', /no feed 999/);
  });

  it('refuses a URL that is not http(s) and an interval under a minute', async () => {
    await expectPlauditError(jobs.addFeed({ url: 'file:///etc/passwd' }, T0), 'invalid-argument', /http\(s\)/);
    await expectPlauditError(jobs.addFeed({ url: 'not a url' }, T0), 'invalid-argument', /http\(s\)/);
    await expectPlauditError(jobs.addFeed({ url: FEED, intervalSeconds: 5 }, T0), 'invalid-argument', /at least 60/);
  });

  it('removes a feed by id or URL, with its seen items; its jobs stay', async () => {
    const a = (await jobs.addFeed({ url: FEED }, T0)).feed;
    const b = (await jobs.addFeed({ url: 'https://other.example/rss' }, T0)).feed;
    await jobs.takeNewItems(a.id, [{ key: 'k1', job: page('https://critic.example/r/1') }], T0);
    expect(await jobs.removeFeed(a.id)).toBe(true);
    expect(await jobs.removeFeed(a.id)).toBe(false);
    expect(await jobs.removeFeed('https://other.example/rss')).toBe(true);
    expect(await jobs.removeFeed('https://nowhere.example/')).toBe(false);
    expect(await jobs.listFeeds()).toEqual([]);
    const [job] = await jobs.list();
    expect(job!.url).toBe('https://critic.example/r/1');
    expect(job!.feedId).toBeUndefined();
    // Added again, the feed starts with nothing seen.
    const again = (await jobs.addFeed({ url: FEED }, at(1))).feed;
    expect(again.id).not.toBe(b.id);
    expect(await jobs.takeNewItems(again.id, [{ key: 'k1', job: page('https://critic.example/r/1') }], at(1))).toHaveLength(1);
  });

  it('turns only unseen item keys into page jobs, once, however often it is asked', async () => {
    const feed = (await jobs.addFeed({ url: FEED }, T0)).feed;
    const item = (n: number) => ({ key: `guid-${n}`, job: page(`https://critic.example/r/${n}`, { hints: { title: `Review ${n}` } }) });
    const first = await jobs.takeNewItems(feed.id, [item(1), item(2), item(2)], T0);
    expect(first.map((job) => [job.url, job.feedId, job.hints?.title])).toEqual([
      ['https://critic.example/r/1', feed.id, 'Review 1'],
      ['https://critic.example/r/2', feed.id, 'Review 2'],
    ]);
    expect((await jobs.takeNewItems(feed.id, [item(1), item(2), item(3)], at(1))).map((job) => job.url)).toEqual([
      'https://critic.example/r/3',
    ]);
    expect(await jobs.takeNewItems(feed.id, [item(1), item(2), item(3)], at(2))).toEqual([]);
    // A done item whose key comes back is not fetched again.
    const claimed = await claimOne('w', at(3));
    await jobs.complete(claimed.id, 'w', { kind: 'unchanged' }, at(3));
    expect(await jobs.takeNewItems(feed.id, [item(1)], at(4))).toEqual([]);
    expect(await jobs.counts()).toEqual({ queued: 2, running: 0, done: 1, dead: 0 });
    await expectPlauditError(jobs.takeNewItems(999, [item(9)], T0), 'not-found', /no feed 999/);
  });

  it('takes a large feed in one go', async () => {
    const feed = (await jobs.addFeed({ url: FEED }, T0)).feed;
    const items = Array.from({ length: 10_000 }, (_, n) => ({ key: `k${n}`, job: page(`https://big.example/r/${n}`) }));
    expect(await jobs.takeNewItems(feed.id, items, T0)).toHaveLength(10_000);
    expect(await jobs.takeNewItems(feed.id, items, at(1))).toEqual([]);
  });
});

describe('HTTP validators (SQLite)', () => {
  it('round-trip, replace, and are forgotten when empty', async () => {
    const url = 'https://critic.example/r/1';
    expect(await jobs.validators(url)).toBeNull();
    await jobs.saveValidators(url, { etag: 'W/"abc"', lastModified: 'Sat, 01 Jun 2024 11:00:00 GMT' }, T0);
    expect(await jobs.validators(url)).toEqual({ etag: 'W/"abc"', lastModified: 'Sat, 01 Jun 2024 11:00:00 GMT' });
    await jobs.saveValidators(url, { etag: 'W/"def"' }, at(1));
    expect(await jobs.validators(url)).toEqual({ etag: 'W/"def"' });
    await jobs.saveValidators(url, {}, at(2));
    expect(await jobs.validators(url)).toBeNull();
  });
});

describe('migration 012', () => {
  it('brings an 011 database up with its data, and the queue works on it', async () => {
    const oldPath = join(dir, 'old.db');
    const raw = new Database(oldPath);
    const db = new Kysely<any>({ dialect: new PlauditSqliteDialect({ database: raw }) });
    const upTo011 = {
      '001-initial-schema': initialSchema,
      '002-film-facts': filmFacts,
      '003-search-index': searchIndex,
      '004-api-tokens': apiTokens,
      '005-reading-in-context': readingInContext,
      '006-source-identity': sourceIdentity,
      '007-catalog-and-held': catalogAndHeld,
      '008-audit-log': auditLog,
      '009-review-corrections': reviewCorrections,
      '010-film-edits': filmEdits,
      '011-users-and-sessions': usersAndSessions,
    };
    try {
      const { error } = await new Migrator({ db, provider: { getMigrations: async () => upTo011 } }).migrateToLatest();
      expect(error).toBeUndefined();
      await db
        .insertInto('films')
        .values({ key: 'title:salt roads:2024', title: 'Salt Roads', title_key: 'salt roads', year: 2024, created_at: T0.toISOString() })
        .execute();
    } finally {
      await db.destroy();
    }

    const upgraded = await openSqliteStore({ path: oldPath });
    try {
      expect((await upgraded.listFilms()).map((film) => film.title)).toEqual(['Salt Roads']);
      const [{ job }] = (await upgraded.jobs.enqueue([page('https://critic.example/r/1')], T0)) as unknown as [{ job: Job }];
      expect(await upgraded.jobs.claim({ owner: 'w', now: T0, leaseMs: 1_000, limit: 1 })).toMatchObject([{ id: job.id }]);
      expect((await upgraded.jobs.addFeed({ url: FEED_URL }, T0)).created).toBe(true);
    } finally {
      await upgraded.close();
    }
    const check = new Database(oldPath, { readonly: true });
    try {
      const names = check.prepare('select name from kysely_migration order by name').pluck().all();
      expect(names.at(-1)).toBe('014-review-headline');
      const indexes = check.prepare("select name from sqlite_master where type = 'index' and tbl_name = 'web_jobs'").pluck().all();
      expect(indexes).toEqual(expect.arrayContaining(['web_jobs_status_next_try_at', 'web_jobs_live_url']));
    } finally {
      check.close();
    }
  });
});

const FEED_URL = 'https://critic.example/feed.xml';
