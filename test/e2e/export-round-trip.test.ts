/**
 * `plaudit export` read back by `plaudit ingest`: the five Her Smell seeds, the bundled examples and a few records
 * with explicit ratings and labels go into database A through the real CLI; A is exported as JSON and as CSV, and
 * each export is ingested into an empty database. Every film and review of A must come back field by field, each
 * with the judgement it had (a text-judged review stays text-judged, with its score and probability), and the test
 * lists every field that differs.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildFilmProfile } from '../../src/aggregate/film-profile.ts';
import { openStore } from '../../src/app.ts';
import type { IngestReport } from '../../src/pipeline/ingest-report.ts';
import { repoRoot, runPlaudit, runPlauditJson } from '../run-plaudit.ts';
import { dropTestDatabases, testDatabase } from '../test-database.ts';
import { describeWithShared, sharedPath } from '../shared-data.ts';

/** Explicit ratings of several scales, labels, a keyed film without a title, and cells a spreadsheet would run. */
const RECORDS = [
  { film: 'Signal Fires', year: 2023, critic: 'Dana Whitcombe', outlet: 'The Ledger', date: '2023-09-01', rating: '3.5/4', label: '', url: '', review: 'A patient, gripping thriller that earns its ending.' },
  { film: 'Signal Fires', year: 2023, critic: 'Ivo Marsh', outlet: 'Screen Notes', date: '2023-09-02', rating: 'B+', review: 'Smart and tense, if a little long.' },
  { film: 'Signal Fires', year: 2023, critic: 'Lena "LJ" Park, Jr.', outlet: 'Cinema, Etc.', date: '2023-09-03', rating: '2.5/4', review: '- Too long\n- Too loud\nStill, the last reel works.' },
  { film: 'Signal Fires', year: 2023, critic: 'Tom Reyes', outlet: 'Reel Talk', rating: '★½', review: '=A mess from start to finish.', url: 'https://example.com/signal-fires' },
  { film: 'Signal Fires', year: 2023, critic: 'Ana Lima', outlet: 'Film Daily', label: 'rotten', review: 'Handsome but hollow.' },
];
/** A file's columns are read from its first row, so the keyed film has a file of its own. */
const KEYED = { film_key: 'm/0814255', critic: 'Sam Okafor', outlet: 'The Stack', label: 'fresh', rating: '7/10', review: 'Warm and funny.' };

/** What must survive the round trip: films by key, reviews by identity, a duplicate by its original's identity. */
async function snapshot(db: string) {
  const store = await openStore({ dbPath: db });
  try {
    const films = new Map<string, Record<string, unknown>>();
    const filmKeys = new Map<number, string>();
    for (const summary of await store.listFilms()) {
      const film = (await store.getFilm(summary.id))!;
      filmKeys.set(film.id, film.key);
      const profile = buildFilmProfile(film, await store.filmReviews(film.id));
      films.set(film.key, {
        title: film.title,
        year: film.year,
        reviewCount: summary.reviewCount,
        positiveCount: summary.positiveCount,
        expectedPositive: summary.expectedPositive.toFixed(9),
        scores: profile.scores,
      });
    }
    const all = [];
    for await (const review of store.allReviews()) all.push(review);
    const sourceKeys = new Map(all.map((review) => [review.id, review.sourceKey]));
    const reviews = new Map(
      all.map((r) => [
        r.sourceKey,
        {
          film: filmKeys.get(r.filmId),
          critic: r.critic,
          outlet: r.outlet,
          publishedAt: r.publishedAt,
          ratingRaw: r.ratingRaw,
          ratingScore: r.ratingScore,
          verdict: r.verdict,
          probability: r.probability,
          score: r.score,
          verdictSource: r.verdictSource,
          scoreSource: r.scoreSource,
          readInContext: r.readInContext,
          topCritic: r.topCritic,
          url: r.url,
          text: r.text,
          firstSentence: r.firstSentence,
          headline: r.headline,
          duplicateOf: r.duplicateOf === null ? null : sourceKeys.get(r.duplicateOf),
        },
      ]),
    );
    const { films: filmCount, reviews: reviewCount, critics, outlets } = await store.counts();
    return { films, reviews, counts: { films: filmCount, reviews: reviewCount, critics, outlets } };
  } finally {
    await store.close();
  }
}

type Snapshot = Awaited<ReturnType<typeof snapshot>>;

/** Every field that differs, as "what: A=… B=…", and every film or review one side lacks. */
function differences(a: Snapshot, b: Snapshot): string[] {
  const out: string[] = [];
  const compare = (what: string, x: Record<string, unknown>, y: Record<string, unknown>) => {
    for (const field of new Set([...Object.keys(x), ...Object.keys(y)])) {
      const [u, v] = [JSON.stringify(x[field]), JSON.stringify(y[field])];
      if (u !== v) out.push(`${what} ${field}: A=${u} B=${v}`);
    }
  };
  const both = <T extends Record<string, unknown>>(kind: string, x: Map<string, T>, y: Map<string, T>) => {
    for (const [key, value] of x) {
      const other = y.get(key);
      if (other) compare(`${kind} ${key}`, value, other);
      else out.push(`${kind} ${key}: missing from B`);
    }
    for (const key of y.keys()) if (!x.has(key)) out.push(`${kind} ${key}: only in B`);
  };
  both('film', a.films, b.films);
  both('review', a.reviews, b.reviews);
  compare('counts', a.counts, b.counts);
  return out;
}

describeWithShared(['seeds'], 'plaudit export, read back by plaudit ingest into an empty database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plaudit-round-trip-'));
  const path = (name: string) => join(dir, name);
  const database = (name: string) => testDatabase(dir, name);
  let original: Snapshot;

  beforeAll(async () => {
    writeFileSync(path('ratings.jsonl'), RECORDS.map((r) => JSON.stringify(r)).join('\n'));
    writeFileSync(path('keyed.jsonl'), JSON.stringify(KEYED));
    const report = await runPlauditJson<IngestReport>([
      '--db', database('a.db'), 'ingest', sharedPath('seeds'), join(repoRoot, 'examples'), path('ratings.jsonl'), path('keyed.jsonl'),
      '--json',
    ]);
    expect(report.totals).toMatchObject({ failed: 0 });
    for (const format of ['json', 'csv']) {
      const run = await runPlaudit(['--db', database('a.db'), 'export', '--format', format, '--out', path(`a.${format}`)]);
      expect(run.code, run.stderr).toBe(0);
    }
    original = await snapshot(database('a.db'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await dropTestDatabases();
  });

  it('starts from every way of judging: text read in context, text alone, ratings, labels', () => {
    const reviews = [...original.reviews.values()];
    expect(reviews.filter((r) => r.verdictSource === 'text' && r.readInContext !== null).length).toBeGreaterThanOrEqual(5);
    expect(reviews.some((r) => r.verdictSource === 'text' && r.readInContext === null)).toBe(true);
    expect(reviews.filter((r) => r.verdictSource === 'rating').map((r) => r.ratingRaw)).toEqual(expect.arrayContaining(['3.5/4', 'B+', '2.5/4']));
    expect(reviews.filter((r) => r.verdictSource === 'label')).toHaveLength(2);
    expect(original.films.has('key:m/0814255')).toBe(true);
    // A page's headline, which only the export carries back (a record has no headings of its own).
    expect(reviews.map((r) => r.headline)).toContain('A Punk Rock Masterpiece');
  });

  it.each(['json', 'csv'])('gives back every film and review of the %s export, field by field', async (format) => {
    const db = database(`from-${format}.db`);
    const report = await runPlauditJson<IngestReport>(['--db', db, 'ingest', path(`a.${format}`), '--json']);
    expect(report.failures).toEqual([]);
    expect(report.totals).toMatchObject({ added: original.reviews.size, failed: 0 });
    expect(differences(original, await snapshot(db))).toEqual([]);
  });

  it.each(['json', 'csv'])('adds nothing when the %s export is ingested again', async (format) => {
    const db = database(`from-${format}.db`);
    const again = await runPlauditJson<IngestReport>(['--db', db, 'ingest', path(`a.${format}`), '--json']);
    expect(again.totals).toMatchObject({ added: 0, newVersions: 0, unchanged: original.reviews.size, failed: 0 });
    expect(differences(original, await snapshot(db))).toEqual([]);
  });

  it('reads the export with --preset plaudit the same, and refuses a file that is not one', async () => {
    const db = database('preset.db');
    const report = await runPlauditJson<IngestReport>(['--db', db, 'ingest', path('a.csv'), '--preset', 'plaudit', '--json']);
    expect(report.totals).toMatchObject({ added: original.reviews.size, failed: 0 });
    expect(differences(original, await snapshot(db))).toEqual([]);
    const refused = await runPlaudit(['--db', db, 'ingest', join(repoRoot, 'examples', 'night-shift.csv'), '--preset', 'plaudit']);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('is not a Plaudit export (--preset plaudit): it has no film_key, verdict');
  });
});
