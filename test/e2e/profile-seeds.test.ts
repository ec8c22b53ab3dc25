/**
 * The acceptance test of the film profile (issue 5): the five Her Smell seeds through the real CLI into a real
 * database. The consensus rests every clause on at least two seeds, at least five honest pull quotes come from at
 * least three reviews, and the aspects judge acting (positive), music/score and cinematography.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FilmProfile } from '../../src/aggregate/film-profile.ts';
import { createPolarity } from '../../src/aggregate/profile/analyse-reviews.ts';
import { checkHonesty } from '../../src/aggregate/profile/pull-quotes/honesty-check.ts';
import { loadJudgeModel } from '../../src/app.ts';
import type { StoredReview } from '../../src/domain/film.ts';
import { splitSentences } from '../../src/text/sentences.ts';
import { runPlaudit, runPlauditJson } from '../run-plaudit.ts';
import { dropTestDatabases, testDatabase } from '../test-database.ts';
import { describeWithShared, sharedPath } from '../shared-data.ts';

interface FilmJson {
  profile: FilmProfile;
  reviews: StoredReview[];
}

describeWithShared(['seeds'], 'the Her Smell profile from the five seeds', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plaudit-profile-'));
  const db = testDatabase(dir);
  let json: FilmJson;
  let byId: Map<number, StoredReview>;

  beforeAll(async () => {
    await runPlauditJson(['--db', db, 'ingest', sharedPath('seeds'), '--json']);
    json = await runPlauditJson<FilmJson>(['--db', db, 'film', 'Her Smell', '--json']);
    byId = new Map(json.reviews.map((r) => [r.id, r]));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await dropTestDatabases();
  });

  it('has a consensus of one to three sentences, each clause supported by sentences of at least two seeds', () => {
    const consensus = json.profile.consensus!;
    expect(consensus.sentences.length).toBeGreaterThanOrEqual(1);
    expect(consensus.sentences.length).toBeLessThanOrEqual(3);
    for (const clause of consensus.sentences.flatMap((s) => s.clauses)) {
      expect(new Set(clause.evidence.map((e) => e.reviewId)).size, clause.text).toBeGreaterThanOrEqual(2);
      for (const e of clause.evidence) expect(splitSentences(byId.get(e.reviewId)!.text)[e.sentenceIndex]).toBe(e.sentence);
    }
  });

  it('names Moss’s performance, the first half and the final act in the consensus', () => {
    const { text, sentences } = json.profile.consensus!;
    expect(text).toMatch(/Elisabeth Moss's performance/);
    expect(text).toMatch(/(?:unrelenting|tense)[^.]* first half/);
    expect(text).toMatch(/quiet, sober[^.]* final act/);
    const kinds = new Set(sentences.flatMap((s) => s.clauses.map((c) => c.kind)));
    for (const kind of ['overall', 'performance', 'craft', 'segment', 'mood']) expect(kinds).toContain(kind);
  });

  it('offers at least five honest, attributed pull quotes of at most 25 words from at least three reviews', () => {
    const quotes = json.profile.pullQuotes!.film;
    expect(quotes.length).toBeGreaterThanOrEqual(5);
    expect(new Set(quotes.map((q) => q.reviewId)).size).toBeGreaterThanOrEqual(3);
    const polarity = createPolarity(loadJudgeModel());
    for (const q of quotes) {
      expect(q.words).toBeLessThanOrEqual(25);
      expect(q).toHaveProperty('critic');
      expect(q).toHaveProperty('outlet');
      // A headline is quoted from the review's stored headline, every other quote from its text.
      const source = byId.get(q.reviewId)!;
      expect(q.fromHeadline ? source.headline : source.text).toContain(q.quote.replace(/^…|…$/g, '').trim());
      expect(checkHonesty({ quote: q.quote, sentence: q.sentence }, polarity).honest, q.quote).toBe(true);
    }
  });

  it("offers The Pop Break's own headline among the top 4 pull quotes, credited as its headline (issue 18)", async () => {
    const top = json.profile.pullQuotes!.film.slice(0, 4);
    expect(top.find((q) => q.quote === 'A Punk Rock Masterpiece')).toMatchObject({ fromHeadline: true, sentenceIndex: -1, outlet: 'The Pop Break' });
    const quotes = await runPlaudit(['--db', db, 'quotes', 'Her Smell']);
    expect(quotes.stdout).toContain("“A Punk Rock Masterpiece”\n      — headline of The Pop Break's review, by Matt Taylor");
  });

  it('judges acting positive, and music/score and cinematography, with the best sentence for each side', () => {
    const aspects = new Map(json.profile.aspects!.aspects.map((a) => [a.aspect, a]));
    expect(aspects.get('acting')!.verdict).toBe('positive');
    expect(aspects.get('acting')!.best.positive).not.toBeNull();
    for (const aspect of ['music', 'cinematography'] as const) {
      const judged = aspects.get(aspect)!;
      expect(['positive', 'negative', 'mixed']).toContain(judged.verdict);
      expect(judged.reviews.positive + judged.reviews.negative).toBeGreaterThanOrEqual(2);
    }
  });

  it('links each figure to the methodology and shows the score figures with intervals', () => {
    const p = json.profile;
    // Five full reviews, each read clearly positive: the expected share is near, not at, 100 (issue 18).
    expect(p.scores).toMatchObject({ bands: { positive: 5 } });
    expect(p.scores!.percentPositive).toBeGreaterThanOrEqual(90);
    expect(p.scores!.averageScoreInterval.low).toBeLessThan(p.scores!.averageScore);
    expect(p.divisiveness!.method).toBe('docs/methodology.md#divisiveness');
    expect(p.badge).toMatchObject({ earned: false, method: 'docs/methodology.md#badge' });
    expect(p.topCritics).toBeNull();
    expect(p.weighted).toMatchObject({ custom: false, scores: { percentPositive: p.scores!.percentPositive } });
    // None of the five has a label or rating: they are read together, and the expected share stays high.
    expect(p.textReading).toMatchObject({ textJudged: 5, pooled: 5, verdictsChanged: 0, method: 'docs/methodology.md#reviews-judged-by-their-text' });
    expect(p.textReading!.estimate.percent).toBeGreaterThanOrEqual(90);
    // The headline is that expected share (issue 18): each verdict read from the text counts by its probability.
    expect(p.scores!.percentPositive).toBe(Math.round(p.textReading!.estimate.percent));
    expect(json.reviews.every((r) => r.verdict === 'positive' && r.readInContext?.reviews === 5)).toBe(true);
  });

  it('applies a weights file and shows weighted and unweighted figures', async () => {
    const weights = join(dir, 'weights.json');
    writeFileSync(weights, JSON.stringify({ outlets: { 'The Spool': 0 }, critics: { 'Emily Yoshida': 2 } }));
    const weighted = await runPlauditJson<FilmJson>(['--db', db, 'film', 'Her Smell', '--json', '--weights', weights]);
    expect(weighted.profile.weighted).toMatchObject({ custom: true, weightedReviews: 4 });
    expect(weighted.profile.scores!.percentPositive).toBeGreaterThanOrEqual(90);
    writeFileSync(weights, JSON.stringify({ outlets: { 'The Spool': -1 } }));
    const bad = await runPlaudit(['--db', db, 'film', 'Her Smell', '--weights', weights]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/outlets\.The Spool/);
  });

  it('prints all of it as text, and `plaudit quotes` lists attributed quotes', async () => {
    const film = await runPlaudit(['--db', db, 'film', 'Her Smell']);
    expect(film.code).toBe(0);
    for (const heading of ['Consensus', 'Pull quotes', 'What critics say about each craft', 'divisiveness', "Critics' choice"]) {
      expect(film.stdout).toContain(heading);
    }
    expect(film.stdout).toContain('  5 of 5 verdicts positive; all were read from the text, so each counts by how likely it is positive\n');
    expect(film.stdout).toContain('  5 verdicts from the text alone, read beside one another (no verdict changed by that)\n');
    expect(film.stdout.match(/read beside 4 other reviews of the film \(its text alone: positive, \d+\)/g)).toHaveLength(5);
    const quotes = await runPlaudit(['--db', db, 'quotes', 'Her Smell', '--flagged']);
    expect(quotes.code).toBe(0);
    expect(quotes.stdout).toMatch(/^Pull quotes for Her Smell: \d+ honest quote/);
    expect(quotes.stdout).toContain('— Matt Taylor, The Pop Break');
    expect(quotes.stdout).toContain('Refused by the honesty check');
    const asJson = await runPlauditJson<{ quotes: unknown[]; flagged: unknown[] }>(['--db', db, 'quotes', 'Her Smell', '--json', '--limit', '5']);
    expect(asJson.quotes).toHaveLength(5);
  });
});
