/** The film report against a real SQLite store, filled through the port as the pipeline fills it. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFilmProfile } from '../aggregate/film-profile.ts';
import type { FilmFact } from '../domain/credits.ts';
import type { FilmSummary } from '../domain/film.ts';
import { createLexiconModel } from '../judge/lexicon-model.ts';
import { makeReview } from '../store/compliance/make-review.ts';
import { openSqliteStore } from '../store/sqlite/open-sqlite-store.ts';
import type { WebStore } from '../store/web-port.ts';
import { filmReport, webFilmReportStore, type FilmReportDeps } from './film-report.ts';

const dir = mkdtempSync(join(tmpdir(), 'plaudit-film-report-'));
const film = { title: 'Her Smell', year: 2018 };
const moss: FilmFact = { kind: 'cast', value: 'Elisabeth Moss', source: 'credit-line', evidence: 'Starring Elisabeth Moss' };
const model = createLexiconModel();
let store: WebStore;
let summary: FilmSummary;
let deps: FilmReportDeps;

beforeAll(async () => {
  store = await openSqliteStore({ path: join(dir, 'reports.db') });
  await store.saveReviews([
    makeReview({ sourceKey: 'post', film, outlet: 'The Post', critic: 'Ann Critic', score: 90, facts: [moss],
      text: 'Elisabeth Moss is ferocious and brilliant in a thrilling, wonderful film.' }),
    makeReview({ sourceKey: 'daily', film, outlet: 'The Daily', score: 80, facts: [moss],
      text: 'A brilliant, moving portrait, and Moss is superb from the first scene.' }),
    makeReview({ sourceKey: 'reel', film, outlet: 'The Reel', score: 70,
      text: 'Exhausting at times, but a powerful and beautifully acted film.' }),
    makeReview({ sourceKey: 'weekly', film, outlet: 'Review Weekly', verdict: 'negative', score: 30,
      text: 'A tedious, shapeless and grating slog that never ends.' }),
  ]);
  summary = (await store.listFilms())[0]!;
  deps = { store, model, minReviews: 3, weights: { outlets: { 'The Post': 0 } } };
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('filmReport', () => {
  it('reads the reviews, merges the credits and builds the profile with the configured minimum, model and weights', async () => {
    const report = await filmReport(deps, summary);
    expect(report.film).toBe(summary);
    expect(report.reviews.map((r) => r.outlet).sort()).toEqual(['Review Weekly', 'The Daily', 'The Post', 'The Reel']);
    expect(report.credits.credits).toContainEqual(expect.objectContaining({ kind: 'cast', value: 'Elisabeth Moss', support: 2 }));
    expect(report.catalog).not.toBeNull();
    expect(report.profile.minReviews).toBe(3);
    // Every verdict is read from the text (0.9 positive, 0.1 negative), so each counts by its probability: 2.8 of 4.
    expect(report.profile.scores).toMatchObject({ percentPositive: 70, averageScore: 68 });
    // The Post weighs 0: two of the three reviews left are positive, 1.9 of 3 expected.
    expect(report.profile.weighted).toMatchObject({ custom: true, weightedReviews: 3, scores: { percentPositive: 63, averageScore: 60 } });
    // The model reads the texts: without it the text sections would be null.
    expect(report.profile.pullQuotes).not.toBeNull();
    expect(report.profile.aspects).not.toBeNull();
  });

  it('is the profile buildFilmProfile gives the same reviews with the cast the credits name', async () => {
    const report = await filmReport(deps, summary);
    const reviews = await store.filmReviews(summary.id);
    const expected = buildFilmProfile(summary, reviews, { minReviews: 3, model, weights: deps.weights, cast: ['Elisabeth Moss'] });
    expect(report.profile).toEqual(expected);
  });

  it('uses weights given for one report in place of the configured ones', async () => {
    const report = await filmReport(deps, summary, { weights: { outlets: { 'Review Weekly': 0 } } });
    expect(report.profile.weighted).toMatchObject({ custom: true, scores: { percentPositive: 90 } });
    expect(report.profile.scores).toMatchObject({ percentPositive: 70 });
  });

  it("gives the web's reading the same profile, with the reviews' critic and outlet ids", async () => {
    const stored = await filmReport(deps, summary);
    const web = await filmReport({ ...deps, store: webFilmReportStore(store) }, summary);
    expect(web.profile).toEqual(stored.profile);
    expect(web.credits).toEqual(stored.credits);
    expect(web.reviews.map((r) => r.id)).toEqual(stored.reviews.map((r) => r.id));
    expect(web.reviews.every((r) => typeof r.outletId === 'number')).toBe(true);
    expect(web.reviews.find((r) => r.outlet === 'The Post')?.criticId).toEqual(expect.any(Number));
  });
});
