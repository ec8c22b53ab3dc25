/**
 * Reviews in French and Spanish through the real CLI (issue 18): each is stored with its language; one with nothing
 * but its text is not judged (the English text model never reads it) and the profile counts it apart with the
 * reason, in `film --json`, in the text output and on the film page of `plaudit serve`; a Spanish review with an
 * explicit rating is still judged by that rating; the English reviews are judged by their text as before.
 * The reviews are test/fixtures/language/, written for this test.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FilmProfile } from '../../src/aggregate/film-profile.ts';
import type { StoredReview } from '../../src/domain/film.ts';
import { repoRoot, runPlaudit, runPlauditJson } from '../run-plaudit.ts';
import { dropTestDatabases, testDatabase } from '../test-database.ts';
import { startLiveServer } from './browser/live-server.ts';

const FILM = 'The Glass Orchard';
const fixtures = join(repoRoot, 'test', 'fixtures', 'language');
const dir = mkdtempSync(join(tmpdir(), 'plaudit-language-e2e-'));
const db = testDatabase(dir);

interface FilmJson {
  profile: FilmProfile;
  reviews: StoredReview[];
}

let film: FilmJson;
const byCritic = (critic: string) => film.reviews.find((r) => r.critic === critic)!;

beforeAll(async () => {
  for (const args of [['ingest', join(fixtures, 'reviews.csv')], ['ingest', join(fixtures, 'fr-review.txt'), '--film', FILM]]) {
    const result = await runPlaudit(['--db', db, ...args]);
    expect(result.code, result.stderr).toBe(0);
  }
  film = await runPlauditJson<FilmJson>(['--db', db, 'film', FILM, '--json']);
}, 120_000);
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropTestDatabases();
});

describe('reviews not in English', () => {
  it('stores every review with its language', () => {
    expect(film.reviews).toHaveLength(7);
    expect(Object.fromEntries(film.reviews.map((r) => [r.critic ?? r.sourceName, r.language]))).toMatchObject({
      'Nora Ellis': 'eng',
      'Tom Barker': 'eng',
      'Priya Shah': 'eng',
      'Camille Roux': 'fra',
      'Diego Marín': 'spa',
      'Lucía Ferrer': 'spa',
    });
    expect(film.reviews.filter((r) => r.language === 'fra')).toHaveLength(2);
  });

  it('does not judge a French or Spanish review by its text', () => {
    for (const critic of ['Camille Roux', 'Diego Marín']) {
      expect(byCritic(critic)).toMatchObject({ verdictSource: 'none', scoreSource: 'none', evidence: [] });
    }
    expect(film.reviews.filter((r) => r.verdictSource === 'none')).toHaveLength(3);
  });

  it('still judges a Spanish review by its explicit rating', () => {
    expect(byCritic('Lucía Ferrer')).toMatchObject({ language: 'spa', ratingRaw: '1/5', verdict: 'negative', verdictSource: 'rating', scoreSource: 'rating', evidence: [] });
  });

  it('judges the English reviews as before', () => {
    expect(byCritic('Nora Ellis')).toMatchObject({ verdict: 'positive', verdictSource: 'text' });
    expect(byCritic('Priya Shah')).toMatchObject({ verdict: 'negative', verdictSource: 'text' });
    expect(byCritic('Tom Barker')).toMatchObject({ verdict: 'positive', verdictSource: 'rating' });
  });

  it('counts the unjudged reviews apart in film --json, with the reason', () => {
    const { profile } = film;
    expect(profile.reviewCount).toBe(4);
    expect(profile.positiveCount).toBe(2);
    expect(profile.notJudged).toEqual({
      reviewCount: 3,
      languages: [
        { code: 'fra', name: 'French', reviewCount: 2, reason: expect.stringContaining('the text model reads English only') },
        { code: 'spa', name: 'Spanish', reviewCount: 1, reason: expect.stringContaining('no rating or label') },
      ],
    });
  });

  it('leaves them out of the film list counts too', async () => {
    const films = await runPlauditJson<{ title: string; reviewCount: number; positiveCount: number }[]>(['--db', db, 'films', '--json']);
    expect(films.find((f) => f.title === FILM)).toMatchObject({ reviewCount: 4, positiveCount: 2 });
  });

  it('says so in the text output of plaudit film', async () => {
    const result = await runPlaudit(['--db', db, 'film', FILM]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('4 reviews');
    expect(result.stdout).toContain('3 reviews not counted: 2 in French, 1 in Spanish (the text model reads English only');
    expect(result.stdout).toContain('NOT JUDGED  Pantalla Abierta · Diego Marín');
    expect(result.stdout).toContain('written in Spanish: the text model reads English only, and the review has no rating or label to judge it by — not judged, not counted');
    expect(result.stdout).toContain('written in Spanish: judged by its rating alone');
  });

  it('keeps them unjudged through an export and an import into another store', async () => {
    const exported = await runPlaudit(['--db', db, 'export', '--format', 'csv']);
    expect(exported.code, exported.stderr).toBe(0);
    const file = join(dir, 'export.csv');
    writeFileSync(file, exported.stdout);
    const other = testDatabase(dir, 'other.db');
    const ingested = await runPlaudit(['--db', other, 'ingest', file]);
    expect(ingested.code, ingested.stderr).toBe(0);
    const again = await runPlauditJson<FilmJson>(['--db', other, 'film', FILM, '--json']);
    expect(again.profile.notJudged).toEqual(film.profile.notJudged);
    expect(again.profile.reviewCount).toBe(film.profile.reviewCount);
  });

  it('says so on the film page', async () => {
    const server = await startLiveServer(db);
    try {
      const page = await (await fetch(`${server.url}/films/${film.profile.film.id}`)).text();
      expect(page).toContain('data-testid="not-judged"');
      expect(page).toContain('3 reviews not counted: 2 in French, 1 in Spanish');
      expect(page).toContain('In Spanish: not judged, not counted');
      expect(page).toContain('In Spanish: judged by its rating alone');
    } finally {
      await server.stop();
    }
  });
});
