/**
 * The Rotten Tomatoes critic-review export, imported with the documented mapping (--preset rt): films keyed by
 * movie id with no titles, every row a review, labels as the verdict.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildFilmProfile } from '../../src/aggregate/film-profile.ts';
import { loadJudgeModel, openStore } from '../../src/app.ts';
import type { IngestReport } from '../../src/pipeline/ingest-report.ts';
import { DUPLICATE_JACCARD, MIN_WORDS, shingles, words } from '../../src/store/near-duplicate.ts';
import { runPlaudit, runPlauditJson } from '../run-plaudit.ts';
import { dropTestDatabases, testDatabase } from '../test-database.ts';
import { describeWithShared, sharedPath } from '../shared-data.ts';

const RT = ['data', 'rt-critic-reviews', 'reviews.jsonl.gz'];

/**
 * Distinct rows and per-movie fresh counts, read straight from the file; and per movie the rows whose text nearly
 * repeats an earlier row of the same movie (syndication), found by comparing every pair exactly, which the store
 * must match with its sketches.
 */
async function readTruth() {
  const rows = new Set<string>();
  const fresh = new Map<string, { fresh: number; total: number }>();
  const nearDuplicates = new Map<string, { fresh: number; total: number }>();
  const kept = new Map<string, Set<number>[]>();
  const lines = createInterface({ input: createReadStream(sharedPath(...RT)).pipe(createGunzip()) });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as Record<string, string>;
    // Whitespace-only differences are the same review once trimmed, as Plaudit reads them.
    const canonical = JSON.stringify(Object.entries(row).map(([k, v]) => [k, v.trim()]));
    if (rows.has(canonical)) continue;
    rows.add(canonical);
    const counts = fresh.get(row.id!) ?? { fresh: 0, total: 0 };
    counts.total++;
    if (row.fresh === 'fresh') counts.fresh++;
    fresh.set(row.id!, counts);
    if (words(row.review ?? '').length < MIN_WORDS) continue;
    const own = shingles(row.review ?? '');
    const earlier = kept.get(row.id!) ?? [];
    kept.set(row.id!, earlier);
    if (!earlier.some((other) => jaccard(own, other) >= DUPLICATE_JACCARD)) earlier.push(own);
    else {
      const dups = nearDuplicates.get(row.id!) ?? { fresh: 0, total: 0 };
      dups.total++;
      if (row.fresh === 'fresh') dups.fresh++;
      nearDuplicates.set(row.id!, dups);
    }
  }
  return { distinctRows: rows.size, fresh, nearDuplicates };
}

function jaccard(a: Set<number>, b: Set<number>): number {
  let shared = 0;
  for (const shingle of a) if (b.has(shingle)) shared++;
  return shared / (a.size + b.size - shared);
}

describeWithShared(RT, 'ingest of the RT export with --preset rt', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plaudit-rt-'));
  const db = testDatabase(dir);
  let report: IngestReport;
  let truth: Awaited<ReturnType<typeof readTruth>>;

  beforeAll(async () => {
    truth = await readTruth();
    report = await runPlauditJson<IngestReport>(['--db', db, 'ingest', sharedPath(...RT), '--preset', 'rt', '--json']);
  }, 180_000);
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await dropTestDatabases();
  });

  it('stores every distinct row as a review, with no failures', () => {
    expect(report.totals.failed).toBe(0);
    expect(report.totals.added).toBe(truth.distinctRows);
    expect(report.totals.documents).toBe(46_360);
  });

  it('keys films by movie id, untitled, with the fresh counts of the file, syndicated copies counted once', async () => {
    const films = await runPlauditJson<{ key: string; title: string | null; reviewCount: number; positiveCount: number }[]>([
      '--db', db, 'films', '--json',
    ]);
    expect(films).toHaveLength(truth.fresh.size);
    for (const film of films) {
      expect(film.title).toBeNull();
      const counts = truth.fresh.get(film.key.replace(/^key:/, ''))!;
      const dups = truth.nearDuplicates.get(film.key.replace(/^key:/, '')) ?? { fresh: 0, total: 0 };
      expect([film.reviewCount, film.positiveCount], film.key).toEqual([counts.total - dups.total, counts.fresh - dups.fresh]);
    }
  });

  it('shows an untitled film by its key (a bare number is the film id, as on the website)', async () => {
    const run = await runPlaudit(['--db', db, 'film', 'key:3']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Untitled film \(key 3\)/);
  });

  it('computes every movie’s percent positive from the labels as round(100 × fresh / total)', async () => {
    const store = await openStore({ dbPath: db });
    try {
      let duplicates = 0;
      for (const summary of await store.listFilms()) {
        const film = (await store.getFilm(summary.id))!;
        const reviews = await store.filmReviews(film.id);
        const counts = { ...truth.fresh.get(film.key.replace(/^key:/, ''))! };
        // A review the store marks as a syndicated near-duplicate is shown but not counted: take it out of the truth too.
        for (const dup of reviews.filter((r) => r.duplicateOf !== null && r.duplicateOf !== undefined)) {
          duplicates++;
          counts.total--;
          if (dup.verdict === 'positive') counts.fresh--;
        }
        const expected = Math.round((100 * counts.fresh) / counts.total);
        const shown = buildFilmProfile(film, reviews);
        if (counts.total >= 5) expect(shown.scores?.percentPositive, film.key).toBe(expected);
        else expect(shown.scores, film.key).toBeNull();
        expect(buildFilmProfile(film, reviews, { minReviews: 1 }).scores!.percentPositive, film.key).toBe(expected);
      }
      expect(duplicates).toBeLessThan(100);
    } finally {
      await store.close();
    }
  }, 120_000);

  it('builds the full profile (consensus, quotes, aspects, timeline) of a sample of movies without error', async () => {
    const store = await openStore({ dbPath: db });
    const model = loadJudgeModel();
    try {
      const films = (await store.listFilms()).filter((_, i) => i % 25 === 0);
      for (const summary of films) {
        const film = (await store.getFilm(summary.id))!;
        const profile = buildFilmProfile(film, await store.filmReviews(film.id), { model });
        expect(profile.aspects!.aspects).toHaveLength(8);
        for (const q of profile.pullQuotes!.film) expect(q.words).toBeLessThanOrEqual(25);
        for (const clause of profile.consensus?.sentences.flatMap((s) => s.clauses) ?? []) {
          expect(new Set(clause.evidence.map((e) => e.reviewId)).size).toBeGreaterThanOrEqual(2);
        }
        // With every review dated, the timeline ends at the headline figure.
        const last = profile.timeline?.points.at(-1);
        if (profile.scores && last && profile.timeline!.undated === 0) expect(last.percentPositive).toBe(profile.scores.percentPositive);
      }
    } finally {
      await store.close();
    }
  }, 120_000);

  it('adds nothing on a second run', async () => {
    const again = await runPlauditJson<IngestReport>(['--db', db, 'ingest', sharedPath(...RT), '--preset', 'rt', '--json']);
    expect(again.totals).toMatchObject({ added: 0, newVersions: 0, unchanged: 46_360, failed: 0 });
  });
});
