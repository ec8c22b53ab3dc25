/**
 * Feeds, the items each has already turned into jobs, and HTTP validators, in SQL. Like job-queries.ts, each
 * function runs on a connection the caller has put in a transaction where it writes.
 */
import type { Kysely, Selectable } from 'kysely';
import { PlauditError } from '../../domain/errors.ts';
import {
  DEFAULT_FEED_INTERVAL_SECONDS,
  MIN_FEED_INTERVAL_SECONDS,
  type Feed,
  type HttpValidators,
  type Job,
  type JobInput,
} from '../../jobs/job-queue.ts';
import { chunked, LOOKUP_CHUNK, rowsPerInsert } from './bulk.ts';
import { enqueueJobs } from './job-queries.ts';
import type { FeedsTable, Tables } from './tables.ts';

export interface FeedInput {
  url: string;
  film?: string;
  outlet?: string;
  intervalSeconds?: number;
}

export async function addFeed(db: Kysely<Tables>, input: FeedInput, now: Date): Promise<{ feed: Feed; created: boolean }> {
  const intervalSeconds = input.intervalSeconds ?? DEFAULT_FEED_INTERVAL_SECONDS;
  assertWebUrl(input.url);
  if (!Number.isInteger(intervalSeconds) || intervalSeconds < MIN_FEED_INTERVAL_SECONDS) {
    throw new PlauditError(
      'invalid-argument',
      `A feed's interval must be a whole number of seconds, at least ${MIN_FEED_INTERVAL_SECONDS}; got ${intervalSeconds}.`,
    );
  }
  const existing = await db.selectFrom('feeds').selectAll().where('url', '=', input.url).executeTakeFirst();
  if (existing !== undefined) return { feed: feedFromRow(existing), created: false };
  const at = now.toISOString();
  const row = await db
    .insertInto('feeds')
    .values({
      url: input.url,
      film: input.film ?? null,
      outlet: input.outlet ?? null,
      interval_seconds: intervalSeconds,
      etag: null,
      last_modified: null,
      last_polled_at: null,
      // Due at once: a feed just added is polled on the worker's next round.
      next_poll_at: at,
      last_error: null,
      created_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { feed: feedFromRow(row), created: true };
}

export async function listFeeds(db: Kysely<Tables>): Promise<Feed[]> {
  return (await db.selectFrom('feeds').selectAll().orderBy('id').execute()).map(feedFromRow);
}

export async function removeFeed(db: Kysely<Tables>, idOrUrl: number | string): Promise<boolean> {
  const query = db.deleteFrom('feeds');
  const result = await (typeof idOrUrl === 'number' ? query.where('id', '=', idOrUrl) : query.where('url', '=', idOrUrl)).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export async function dueFeeds(db: Kysely<Tables>, now: Date): Promise<Feed[]> {
  const rows = await db
    .selectFrom('feeds')
    .selectAll()
    .where('next_poll_at', '<=', now.toISOString())
    .orderBy('next_poll_at')
    .orderBy('id')
    .execute();
  return rows.map(feedFromRow);
}

export interface PollResult {
  etag?: string | null;
  lastModified?: string | null;
  error?: string | null;
  nextPollAt: Date;
}

export async function markPolled(db: Kysely<Tables>, id: number, result: PollResult, now: Date): Promise<void> {
  const updated = await db
    .updateTable('feeds')
    .set({
      ...(result.etag === undefined ? {} : { etag: result.etag }),
      ...(result.lastModified === undefined ? {} : { last_modified: result.lastModified }),
      last_polled_at: now.toISOString(),
      next_poll_at: result.nextPollAt.toISOString(),
      last_error: result.error ?? null,
    })
    .where('id', '=', id)
    .executeTakeFirst();
  if (updated.numUpdatedRows === 0n) throw new PlauditError('not-found', `There is no feed ${id}.`);
}

export async function takeNewItems(
  db: Kysely<Tables>,
  feedId: number,
  items: readonly { key: string; job: JobInput }[],
  now: Date,
): Promise<Job[]> {
  const feed = await db.selectFrom('feeds').select('id').where('id', '=', feedId).executeTakeFirst();
  if (feed === undefined) throw new PlauditError('not-found', `There is no feed ${feedId}.`);
  const byKey = new Map<string, JobInput>();
  for (const item of items) if (!byKey.has(item.key)) byKey.set(item.key, item.job);
  const seen = new Set<string>();
  for (const chunk of chunked([...byKey.keys()], LOOKUP_CHUNK)) {
    const rows = await db
      .selectFrom('feed_items_seen')
      .select('item_key')
      .where('feed_id', '=', feedId)
      .where('item_key', 'in', chunk)
      .execute();
    for (const row of rows) seen.add(row.item_key);
  }
  const fresh = [...byKey].filter(([key]) => !seen.has(key));
  if (fresh.length === 0) return [];
  const at = now.toISOString();
  for (const chunk of chunked(fresh, rowsPerInsert(3))) {
    await db
      .insertInto('feed_items_seen')
      .values(chunk.map(([key]) => ({ feed_id: feedId, item_key: key, seen_at: at })))
      .execute();
  }
  const enqueued = await enqueueJobs(
    db,
    fresh.map(([, job]) => ({ ...job, feedId })),
    now,
  );
  return enqueued.map((result) => result.job);
}

export async function readValidators(db: Kysely<Tables>, url: string): Promise<HttpValidators | null> {
  const row = await db.selectFrom('http_validators').select(['etag', 'last_modified']).where('url', '=', url).executeTakeFirst();
  if (row === undefined) return null;
  return {
    ...(row.etag === null ? {} : { etag: row.etag }),
    ...(row.last_modified === null ? {} : { lastModified: row.last_modified }),
  };
}

export async function saveValidators(db: Kysely<Tables>, url: string, validators: HttpValidators, now: Date): Promise<void> {
  const etag = validators.etag || null;
  const lastModified = validators.lastModified || null;
  if (etag === null && lastModified === null) {
    await db.deleteFrom('http_validators').where('url', '=', url).execute();
    return;
  }
  const values = { etag, last_modified: lastModified, updated_at: now.toISOString() };
  await db
    .insertInto('http_validators')
    .values({ url, ...values })
    .onConflict((conflict) => conflict.column('url').doUpdateSet(values))
    .execute();
}

function feedFromRow(row: Selectable<FeedsTable>): Feed {
  return {
    id: row.id,
    url: row.url,
    film: row.film,
    outlet: row.outlet,
    intervalSeconds: row.interval_seconds,
    etag: row.etag,
    lastModified: row.last_modified,
    lastPolledAt: row.last_polled_at,
    nextPollAt: row.next_poll_at,
    lastError: row.last_error,
    createdAt: row.created_at,
  };
}

function assertWebUrl(url: string): void {
  let protocol = '';
  try {
    protocol = new URL(url).protocol;
  } catch {
    // Falls through to the error below.
  }
  if (protocol !== 'http:' && protocol !== 'https:') {
    throw new PlauditError('invalid-argument', `A feed's URL must be an absolute http(s) URL; got "${url}".`);
  }
}
