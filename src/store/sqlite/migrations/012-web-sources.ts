/**
 * Reading the web: a durable job queue (web_jobs), the feeds a poller visits, the items of each feed already
 * turned into jobs, and the HTTP validators of fetched pages. Times are ISO 8601 text in UTC, which sorts as it
 * compares, so "due" is a plain text comparison the (status, next_try_at) index answers.
 */
import { sql, type Kysely, type Migration } from 'kysely';

export const webSources: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('feeds')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('url', 'text', (c) => c.notNull().unique())
      .addColumn('film', 'text')
      .addColumn('outlet', 'text')
      .addColumn('interval_seconds', 'integer', (c) => c.notNull())
      .addColumn('etag', 'text')
      .addColumn('last_modified', 'text')
      .addColumn('last_polled_at', 'text')
      .addColumn('next_poll_at', 'text', (c) => c.notNull())
      .addColumn('last_error', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .modifyEnd(sql`strict`)
      .execute();
    await db.schema.createIndex('feeds_next_poll_at').on('feeds').column('next_poll_at').execute();

    await db.schema
      .createTable('web_jobs')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('page', 'feed')`))
      .addColumn('url', 'text', (c) => c.notNull())
      // A removed feed leaves its jobs (and their outcomes) behind.
      .addColumn('feed_id', 'integer', (c) => c.references('feeds.id').onDelete('set null'))
      /** JSON of PageHints, or null. */
      .addColumn('hints', 'text')
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('queued', 'running', 'done', 'dead')`))
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('last_error', 'text')
      .addColumn('next_try_at', 'text', (c) => c.notNull())
      .addColumn('lease_owner', 'text')
      .addColumn('lease_until', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      /** JSON of JobOutcome, or null. */
      .addColumn('outcome', 'text')
      .modifyEnd(sql`strict`)
      .execute();
    // claim: queued jobs by due time; expired leases by lease_until.
    await db.schema.createIndex('web_jobs_status_next_try_at').on('web_jobs').columns(['status', 'next_try_at']).execute();
    await db.schema.createIndex('web_jobs_status_lease_until').on('web_jobs').columns(['status', 'lease_until']).execute();
    // One live job per URL and kind: enqueueing it again finds this one. Done and dead jobs may repeat.
    await sql`create unique index web_jobs_live_url on web_jobs (kind, url) where status in ('queued', 'running')`.execute(db);
    await db.schema.createIndex('web_jobs_feed_id').on('web_jobs').column('feed_id').execute();

    await db.schema
      .createTable('feed_items_seen')
      .addColumn('feed_id', 'integer', (c) => c.notNull().references('feeds.id').onDelete('cascade'))
      .addColumn('item_key', 'text', (c) => c.notNull())
      .addColumn('seen_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('feed_items_seen_pk', ['feed_id', 'item_key'])
      .modifyEnd(sql`without rowid, strict`)
      .execute();

    await db.schema
      .createTable('http_validators')
      .addColumn('url', 'text', (c) => c.primaryKey())
      .addColumn('etag', 'text')
      .addColumn('last_modified', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .modifyEnd(sql`without rowid, strict`)
      .execute();
  },
};
