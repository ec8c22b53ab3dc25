/**
 * One film, one profile, whichever face shows it (issue 17): with weights and a minimum set in plaudit.config.json,
 * `plaudit film --json`, `plaudit quotes --json`, `plaudit export` and the API of `plaudit serve` give the same
 * profile of the same film, built with the configured minimum, judge model and weights.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FilmProfile } from '../../src/aggregate/film-profile.ts';
import { runPlaudit, runPlauditJson } from '../run-plaudit.ts';
import { dropTestDatabases, testDatabase } from '../test-database.ts';
import { startLiveServer } from './browser/live-server.ts';

const dir = mkdtempSync(join(tmpdir(), 'plaudit-film-report-e2e-'));
const db = testDatabase(dir);
const config = join(dir, 'plaudit.config.json');
// Paper Lanterns (examples/): The Daily Reel's review is negative and Screen Notes' mixed, so these weights move
// the weighted figures away from the unweighted ones.
const WEIGHTS = { outlets: { 'The Daily Reel': 3, 'Screen Notes': 0 } };

interface FilmJson {
  profile: FilmProfile;
}
interface ExportJson {
  films: { profile: FilmProfile }[];
}

/** The figures a reader compares: percent positive, average score, and the weighted ones. */
function figures(profile: FilmProfile) {
  return {
    percentPositive: profile.scores?.percentPositive,
    averageScore: profile.scores?.averageScore,
    weighted: profile.weighted?.scores ?? null,
    minReviews: profile.minReviews,
  };
}

let film: FilmJson;
beforeAll(async () => {
  writeFileSync(config, JSON.stringify({ dbPath: db, minReviews: 3, weights: WEIGHTS }));
  const demo = await runPlaudit(['demo'], { cwd: dir });
  expect(demo.code, demo.stderr).toBe(0);
  film = await runPlauditJson<FilmJson>(['film', 'Paper Lanterns', '--json'], { cwd: dir });
}, 120_000);
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropTestDatabases();
});

describe('a film report with weights from plaudit.config.json', () => {
  it('gives film --json the configured weights, which change the weighted figures', () => {
    expect(film.profile.minReviews).toBe(3);
    expect(film.profile.weighted).toMatchObject({ custom: true, settings: WEIGHTS });
    expect(film.profile.weighted!.scores!.percentPositive).not.toBe(film.profile.scores!.percentPositive);
  });

  it('gives export the same profile as film --json, text sections included', async () => {
    const exported = await runPlauditJson<ExportJson>(['export', '--format', 'json'], { cwd: dir });
    const profile = exported.films.find((f) => f.profile.film.title === 'Paper Lanterns')!.profile;
    expect(figures(profile)).toEqual(figures(film.profile));
    expect(profile.consensus).not.toBeNull();
    expect(profile).toEqual(film.profile);
  });

  it('gives quotes --json the pull quotes of the same profile', async () => {
    const quotes = await runPlauditJson<{ quotes: unknown[] }>(['quotes', 'Paper Lanterns', '--json'], { cwd: dir });
    expect(quotes.quotes).toEqual(film.profile.pullQuotes!.film.slice(0, 10));
  });

  it('gives the API of plaudit serve the same profile, configured weights included', async () => {
    const server = await startLiveServer(db, ['--config', config]);
    try {
      const response = await fetch(`${server.url}/api/v1/films/${film.profile.film.id}/profile`);
      expect(response.status).toBe(200);
      const { profile } = (await response.json()) as FilmJson;
      expect(figures(profile)).toEqual(figures(film.profile));
      expect(profile).toEqual(film.profile);
    } finally {
      await server.stop();
    }
  });
});
