import Database from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PlauditError } from '../../domain/errors.ts';
import { READ_IN_CONTEXT } from '../compliance/context-cases.ts';
import { makeReview } from '../compliance/make-review.ts';
import { runStoreComplianceSuite, runWebStoreComplianceSuite } from '../store-compliance.ts';
import { PLAUDIT_APPLICATION_ID } from './application-id.ts';
import { migrateToLatest } from './migrate.ts';
import { openSqliteStore } from './open-sqlite-store.ts';
import { PlauditSqliteDialect } from './sqlite-dialect.ts';

runStoreComplianceSuite('sqlite', async (options) => {
  const dir = await mkdtemp(join(tmpdir(), 'plaudit-store-'));
  const path = join(dir, 'plaudit.db');
  const store = await openSqliteStore({ path, ...options });
  return {
    store,
    reopen: () => openSqliteStore({ path, ...options }),
    cleanup: async () => {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
});

describe('openSqliteStore', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'plaudit-open-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function expectStoreFailed(opening: Promise<unknown>, message: RegExp): Promise<void> {
    const error = await opening.then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(PlauditError);
    expect(error).toMatchObject({ code: 'store-failed' });
    expect((error as Error).message).toMatch(message);
  }

  it('records its migrations, marks the file as Plaudit, and re-running them is a no-op', async () => {
    const path = join(dir, 'a.db');
    await (await openSqliteStore({ path })).close();
    await (await openSqliteStore({ path })).close();
    const raw = new Database(path);
    const db = new Kysely<any>({ dialect: new PlauditSqliteDialect({ database: raw }) });
    try {
      const applied = await db.selectFrom('kysely_migration').select('name').execute();
      expect(applied.map((row) => row.name)).toEqual([
        '001-initial-schema',
        '002-film-facts',
        '003-search-index',
        '004-api-tokens',
        '005-reading-in-context',
        '006-source-identity',
        '007-catalog-and-held',
        '008-audit-log',
        '009-review-corrections',
        '010-film-edits',
        '011-users-and-sessions',
        '012-web-sources',
        '013-review-language',
        '014-review-headline',
      ]);
      expect(raw.pragma('application_id', { simple: true })).toBe(PLAUDIT_APPLICATION_ID);
      expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(await migrateToLatest(db)).toEqual([]);
    } finally {
      await db.destroy();
    }
  });

  it('folds the write-ahead log back into the file on close', async () => {
    const path = join(dir, 'a.db');
    const store = await openSqliteStore({ path });
    await store.saveReviews([makeReview({ sourceKey: 'a' })]);
    await store.close();
    const wal = `${path}-wal`;
    expect(!existsSync(wal) || statSync(wal).size === 0).toBe(true);
  });

  it('refuses a file that is not an SQLite database', async () => {
    const path = join(dir, 'notes.db');
    await writeFile(path, 'These are my notes, not a database. '.repeat(200));
    await expectStoreFailed(openSqliteStore({ path }), /not a Plaudit database/);
  });

  it("refuses another program's SQLite database and leaves it untouched", async () => {
    const path = join(dir, 'other.db');
    const raw = new Database(path);
    raw.exec('create table bookmarks (id integer primary key, url text)');
    raw.close();
    await expectStoreFailed(openSqliteStore({ path }), /not a Plaudit database/);
    const check = new Database(path);
    const tables = check.prepare("select name from sqlite_master where type = 'table'").pluck().all();
    check.close();
    expect(tables).toEqual(['bookmarks']);
  });

  it('refuses a database written by a newer Plaudit', async () => {
    const path = join(dir, 'a.db');
    await (await openSqliteStore({ path })).close();
    const raw = new Database(path);
    raw.prepare('insert into kysely_migration (name, timestamp) values (?, ?)').run('999-future', '2030-01-01');
    raw.close();
    await expectStoreFailed(openSqliteStore({ path }), /newer Plaudit.*999-future/);
    await expectStoreFailed(openSqliteStore({ path, readonly: true }), /newer Plaudit/);
  });

  it('reports a path it cannot create', async () => {
    await expectStoreFailed(openSqliteStore({ path: join(dir, 'missing', 'dir', 'a.db') }), /cannot open the store/);
  });

  it('opens read-only: reads work, writes fail, a missing file fails', async () => {
    const path = join(dir, 'a.db');
    const writer = await openSqliteStore({ path });
    await writer.saveReviews([makeReview({ sourceKey: 'a' })]);
    await writer.close();
    const reader = await openSqliteStore({ path, readonly: true });
    try {
      expect((await reader.counts()).reviews).toBe(1);
      await expectStoreFailed(reader.saveReviews([makeReview({ sourceKey: 'b' })]), /read-only/);
    } finally {
      await reader.close();
    }
    await expectStoreFailed(openSqliteStore({ path: join(dir, 'none.db'), readonly: true }), /cannot open the store/);
  });

  it('rolls the whole batch back when reading its film in context fails', async () => {
    const path = join(dir, 'a.db');
    const store = await openSqliteStore({
      path,
      onFilmsChanged: () => {
        throw new Error('the reader broke');
      },
    });
    try {
      await expectStoreFailed(store.saveReviews([makeReview({ sourceKey: 'a' }), makeReview({ sourceKey: 'b' })]), /cannot save 2 review\(s\): the reader broke/);
      expect(await store.counts()).toMatchObject({ reviews: 0, documents: 0, films: 0 });
    } finally {
      await store.close();
    }
  });

  it('reads the films of a database from before migration 005 in context once, when it upgrades it', async () => {
    const path = join(dir, 'a.db');
    const film = { title: 'Old Film', year: 1999 };
    const old = await openSqliteStore({ path });
    await old.saveReviews([0.4, 0.9, 0.9, 0.8, 0.85].map((p, i) => makeReview({ sourceKey: `o${i}`, film, probability: p, verdict: p >= 0.5 ? 'positive' : 'negative' })));
    await old.close();
    // Take the file back to schema 004, as an earlier Plaudit left it.
    const raw = new Database(path);
    raw.exec('alter table review_versions drop column headline');
    raw.prepare("delete from kysely_migration where name = '014-review-headline'").run();
    raw.exec('alter table review_versions drop column language');
    raw.prepare("delete from kysely_migration where name = '013-review-language'").run();
    raw.exec('drop table web_jobs; drop table feed_items_seen; drop table feeds; drop table http_validators');
    raw.prepare("delete from kysely_migration where name = '012-web-sources'").run();
    raw.exec('drop table film_redirects');
    raw.exec('alter table critics drop column top_critic');
    for (const column of ['blocked_at', 'blocked_reason']) raw.exec(`alter table outlets drop column ${column}`);
    raw.exec('drop table sessions; drop table users; alter table api_tokens drop column scopes');
    raw.prepare("delete from kysely_migration where name = '011-users-and-sessions'").run();
    raw.prepare("delete from kysely_migration where name = '010-film-edits'").run();
    raw.exec('drop table review_corrections');
    raw.prepare("delete from kysely_migration where name = '009-review-corrections'").run();
    raw.exec('drop table audit_log');
    raw.prepare("delete from kysely_migration where name = '008-audit-log'").run();
    raw.exec('drop table held_documents; drop table film_aliases');
    for (const column of ['imdb_id', 'tmdb_id', 'wikidata_id']) raw.exec(`drop index films_${column}_key`);
    for (const column of ['original_title', 'imdb_id', 'tmdb_id', 'wikidata_id', 'directors', 'runtime_minutes', 'genres', 'mpaa_rating', 'release_date', 'synopsis', 'catalog_updated_at']) {
      raw.exec(`alter table films drop column ${column}`);
    }
    raw.prepare("delete from kysely_migration where name = '007-catalog-and-held'").run();
    raw.exec('drop index reviews_identity_key');
    for (const column of ['identity_key', 'api_token_id']) raw.exec(`alter table reviews drop column ${column}`);
    raw.prepare("delete from kysely_migration where name = '006-source-identity'").run();
    for (const column of ['alone_verdict', 'alone_probability', 'alone_score', 'context_reviews']) raw.exec(`alter table review_versions drop column ${column}`);
    raw.prepare("delete from kysely_migration where name = '005-reading-in-context'").run();
    raw.close();
    const upgraded = await openSqliteStore({ path, onFilmsChanged: READ_IN_CONTEXT });
    try {
      const [stored] = await upgraded.listFilms();
      const reviews = await upgraded.filmReviews(stored!.id);
      expect(reviews.map((r) => r.readInContext?.reviews)).toEqual([5, 5, 5, 5, 5]);
      const ambiguous = reviews.find((r) => r.sourceKey === 'o0')!;
      expect(ambiguous).toMatchObject({ verdict: 'positive', readInContext: { alone: { verdict: 'negative', probability: 0.4 } } });
    } finally {
      await upgraded.close();
    }
  });

  it('reads null for the headline of a version stored before migration 014', async () => {
    const path = join(dir, 'a.db');
    const film = { title: 'Old Film', year: 1999 };
    const old = await openSqliteStore({ path });
    await old.saveReviews([makeReview({ sourceKey: 'o', film, headline: 'Dropped with its column' })]);
    await old.close();
    const raw = new Database(path);
    raw.exec('alter table review_versions drop column headline');
    raw.prepare("delete from kysely_migration where name = '014-review-headline'").run();
    raw.close();
    const upgraded = await openSqliteStore({ path });
    try {
      const [stored] = await upgraded.listFilms();
      expect((await upgraded.filmReviews(stored!.id)).map((r) => r.headline)).toEqual([null]);
    } finally {
      await upgraded.close();
    }
  });

  it('writes created_at from the clock it is given', async () => {
    const path = join(dir, 'a.db');
    const store = await openSqliteStore({ path, now: () => new Date('2024-02-03T04:05:06.000Z') });
    await store.saveReviews([makeReview({ sourceKey: 'a' })]);
    await store.close();
    const raw = new Database(path, { readonly: true });
    const stamps = raw
      .prepare('select ingested_at from documents union select created_at from review_versions')
      .pluck()
      .all();
    raw.close();
    expect(stamps).toEqual(['2024-02-03T04:05:06.000Z']);
  });
});

runWebStoreComplianceSuite('sqlite', async (options) => {
  const dir = await mkdtemp(join(tmpdir(), 'plaudit-web-store-'));
  const path = join(dir, 'plaudit.db');
  const store = await openSqliteStore({ path, ...options });
  return {
    store,
    openAnother: () => openSqliteStore({ path }),
    cleanup: async () => {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
});
