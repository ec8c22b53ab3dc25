/**
 * `plaudit catalog import` through the real CLI: the RT export's first rows ingested with --preset rt, then the RT
 * movies file imported with --preset rt-movies; `plaudit film` and the served film page (real HTTP) show the
 * catalog's directors, runtime and genres, and no verdict changes. A titles CSV with bad rows reports each one.
 */
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { gzipSync } from 'node:zlib';
import { createGunzip } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogImportReport } from '../../src/use-cases/import-catalog.ts';
import { runPlaudit, runPlauditJson } from '../run-plaudit.ts';
import { dropTestDatabases, testDatabase } from '../test-database.ts';
import { describeWithShared, sharedPath } from '../shared-data.ts';
import { startLiveServer } from './browser/live-server.ts';

const RT_REVIEWS = ['data', 'rt-critic-reviews', 'reviews.jsonl.gz'];
const RT_MOVIES = ['data', 'rt-critic-reviews', 'movies.jsonl.gz'];
/** Enough rows for a few films with many reviews, in seconds rather than the whole export's minutes. */
const REVIEW_ROWS = 3000;

const dir = mkdtempSync(join(tmpdir(), 'plaudit-catalog-'));
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropTestDatabases();
});

async function writeSubset(path: string): Promise<void> {
  const lines: string[] = [];
  const input = createInterface({ input: createReadStream(sharedPath(...RT_REVIEWS)).pipe(createGunzip()) });
  for await (const line of input) {
    lines.push(line);
    if (lines.length >= REVIEW_ROWS) break;
  }
  input.close();
  writeFileSync(path, gzipSync(`${lines.join('\n')}\n`));
}

interface FilmJson {
  profile: { film: { id: number; key: string; title: string | null; year: number | null }; reviewCount: number; positiveCount: number };
  catalog: { directors: string[]; runtimeMinutes: number | null; genres: string[]; mpaaRating: string | null; releaseDate: string | null };
  reviews: { id: number; verdict: string; score: number }[];
}

describeWithShared(RT_MOVIES, 'plaudit catalog import --preset rt-movies', () => {
  const db = testDatabase(dir, 'rt.db');
  let before: FilmJson;
  let report: CatalogImportReport;

  beforeAll(async () => {
    const subset = join(dir, 'rt-subset.jsonl.gz');
    await writeSubset(subset);
    const ingest = await runPlaudit(['--db', db, 'ingest', subset, '--preset', 'rt', '--no-progress']);
    expect(ingest.code, ingest.stderr).toBe(0);
    before = await runPlauditJson<FilmJson>(['--db', db, 'film', 'key:3', '--json']);
    report = await runPlauditJson<CatalogImportReport>(['--db', db, 'catalog', 'import', sharedPath(...RT_MOVIES), '--preset', 'rt-movies', '--json']);
  }, 120_000);

  it('reads every row of the movies file and rejects none', () => {
    expect(report.rowsRead).toBe(1325);
    expect(report.rejected).toBe(0);
    expect(report.created + report.updated).toBe(1325);
  });

  it('shows the catalog in `plaudit film`, names the untitled film by its director and year, and changes no verdict', async () => {
    const after = await runPlauditJson<FilmJson>(['--db', db, 'film', 'key:3', '--json']);
    expect(after.catalog).toMatchObject({ directors: ['David Cronenberg'], runtimeMinutes: 108, genres: ['Drama', 'Science Fiction and Fantasy'], mpaaRating: 'R', releaseDate: '2012-08-17' });
    expect(after.profile.film).toMatchObject({ key: 'key:3', title: null, year: 2012 });
    expect([after.profile.reviewCount, after.profile.positiveCount]).toEqual([before.profile.reviewCount, before.profile.positiveCount]);
    expect(after.reviews.map((r) => [r.id, r.verdict, r.score])).toEqual(before.reviews.map((r) => [r.id, r.verdict, r.score]));
    const text = await runPlaudit(['--db', db, 'film', 'key:3']);
    expect(text.stdout).toMatch(/^Untitled film \(key 3; David Cronenberg, 2012\)\n {2}directed by David Cronenberg · genres Drama, Science Fiction and Fantasy · 108 minutes · MPAA rating R/);
  });

  it('changes nothing when the same file is imported again', async () => {
    const again = await runPlauditJson<CatalogImportReport>(['--db', db, 'catalog', 'import', sharedPath(...RT_MOVIES), '--preset', 'rt-movies', '--json']);
    expect([again.created, again.updated, again.unchanged, again.rejected]).toEqual([0, 0, 1325, 0]);
  });

  it('serves the film page and the API with the catalog facts', async () => {
    const server = await startLiveServer(db);
    try {
      const page = await (await fetch(`${server.url}/films/${before.profile.film.id}`)).text();
      expect(page).toContain('Untitled film (key 3; David Cronenberg, 2012)');
      expect(page).toMatch(/<dt>Director<\/dt><dd>David Cronenberg<\/dd>/);
      expect(page).toMatch(/<dt>Runtime<\/dt><dd>108 minutes<\/dd>/);
      expect(page).toMatch(/<dt>Genres<\/dt><dd>Drama, Science Fiction and Fantasy<\/dd>/);
      expect(page).toContain('data-testid="synopsis"');
      const api = (await (await fetch(`${server.url}/api/v1/films/${before.profile.film.id}`)).json()) as { catalog: FilmJson['catalog'] };
      expect(api.catalog).toMatchObject({ directors: ['David Cronenberg'], runtimeMinutes: 108 });
    } finally {
      await server.stop();
    }
  }, 60_000);
});

describe('plaudit catalog import of a titles CSV with bad rows', () => {
  it('reports each rejected row with its number and reason and imports the rest (exit 1)', async () => {
    const db = testDatabase(dir, 'titles.db');
    const csv = join(dir, 'titles.csv');
    writeFileSync(
      csv,
      [
        'title,year,imdb_id,directors,runtime,genres',
        'Halloween,1978,tt0077651,John Carpenter,91,Horror',
        ',,,Nobody,90,',
        'Old Film,1700,,,,',
        'Short Id,1999,tt12,,,',
        'Halloween,2007,tt0077651,Rob Zombie,109,Horror',
        'Heat,1995,tt0113277,Michael Mann,170 minutes,Crime|Drama',
      ].join('\n'),
    );
    const run = await runPlaudit(['--db', db, 'catalog', 'import', csv]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('6 rows read');
    expect(run.stdout).toContain('films created 2, updated 0, unchanged 0, rejected 4');
    expect(run.stdout).toContain('row 2: no title, key or id, so no film to describe');
    expect(run.stdout).toContain('row 3: year 1700 is out of range');
    expect(run.stdout).toContain('row 4: "tt12" is not an IMDb id');
    expect(run.stdout).toMatch(/row 5: tt0077651 is already film \d+, Halloween \(1978\)/);
    const heat = await runPlauditJson<FilmJson>(['--db', db, 'film', 'Heat', '--json']);
    expect(heat.catalog).toMatchObject({ directors: ['Michael Mann'], runtimeMinutes: 170, genres: ['Crime', 'Drama'] });
    expect(heat.reviews).toEqual([]);
  }, 60_000);

  it('refuses an unknown preset as bad usage (exit 2)', async () => {
    const run = await runPlaudit(['--db', testDatabase(dir, 'usage.db'), 'catalog', 'import', 'x.csv', '--preset', 'imdb']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown catalog preset "imdb"');
  });
});
