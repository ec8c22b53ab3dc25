import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeReview } from '../compliance/make-review.ts';
import { DuplicateFinder } from './duplicate-finder.ts';
import { openSqliteStore } from '../sqlite/open-sqlite-store.ts';
import type { Tables } from './tables.ts';

const dir = mkdtempSync(join(tmpdir(), 'plaudit-duplicates-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const text = (film: string, n: number) =>
  `${film} review ${n}: the acting is superb, the writing sharp and the photography of the coast at dawn unforgettable.`;

describe('DuplicateFinder', () => {
  it('holds a bounded number of fingerprints, evicting the least recently used films, and still finds duplicates', async () => {
    const path = join(dir, 'a.db');
    const store = await openSqliteStore({ path });
    const films = ['Alpha', 'Beta', 'Gamma'];
    const saved = await store.saveReviews(
      films.flatMap((film) => [1, 2].map((n) => makeReview({ sourceKey: `${film}-${n}`, film: { title: film }, text: text(film, n) }))),
    );
    await store.close();
    const filmId = (film: string) => saved[films.indexOf(film) * 2]!.filmId;
    const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: new Database(path) }) });
    try {
      const finder = new DuplicateFinder(4);
      await finder.load(db, [filmId('Alpha')]);
      await finder.load(db, [filmId('Beta')]);
      expect(finder.cachedFingerprints).toBe(4);
      await finder.load(db, [filmId('Gamma')]);
      expect(finder.cachedFingerprints).toBe(4);
      // Alpha was evicted; loading it again reads it back from the store, so its duplicate is still found.
      await finder.load(db, [filmId('Alpha')]);
      const found = await finder.find(db, { reviewId: null, filmId: filmId('Alpha'), text: text('Alpha', 1) });
      expect(found.original).toBe(saved[0]!.reviewId);
      expect(finder.cachedFingerprints).toBe(4);
    } finally {
      await db.destroy();
    }
  });

  it('never evicts a film of the batch in hand, even over the bound', async () => {
    const path = join(dir, 'b.db');
    const store = await openSqliteStore({ path });
    const saved = await store.saveReviews([1, 2, 3].map((n) => makeReview({ sourceKey: `big-${n}`, film: { title: 'Big' }, text: text('Big', n) })));
    await store.close();
    const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: new Database(path) }) });
    try {
      const finder = new DuplicateFinder(1);
      await finder.load(db, [saved[0]!.filmId]);
      expect(finder.cachedFingerprints).toBe(3);
    } finally {
      await db.destroy();
    }
  });
});
