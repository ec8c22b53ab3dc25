import { describe, expect, it } from 'vitest';
import type { Film } from '../domain/film.ts';
import { buildFilmProfile } from './film-profile.ts';
import { wilsonInterval } from './wilson-interval.ts';
import { createLexiconModel } from '../judge/lexicon-model.ts';
import { judgeReview } from '../judge/judge-review.ts';
import { createTrainedModel } from '../judge/model/trained-model.ts';
import { SAMPLE_TRAIN_OPTIONS, sampleCorpora } from '../judge/train/sample-corpora.ts';
import { trainJudge } from '../judge/train/train-judge.ts';

const film: Film = { id: 1, key: 'title:her smell:', title: 'Her Smell', year: null };
const review = (verdict: 'positive' | 'negative', score: number) => ({ verdict, score });

describe('wilsonInterval', () => {
  it('matches the published 95% Wilson interval for 5 of 5 and for 81 of 263', () => {
    const all = wilsonInterval(5, 5);
    expect(all.low).toBeCloseTo(0.5655, 3);
    expect(all.high).toBe(1);
    const some = wilsonInterval(81, 263);
    expect(some.low).toBeCloseTo(0.2553, 3);
    expect(some.high).toBeCloseTo(0.3662, 3);
  });

  it('is the whole range when there is nothing to count', () => {
    expect(wilsonInterval(0, 0)).toEqual({ low: 0, high: 1 });
  });
});

describe('buildFilmProfile', () => {
  it('counts, averages and bands the scores from five reviews up', () => {
    const profile = buildFilmProfile(film, [
      review('positive', 90),
      review('positive', 61),
      review('positive', 60),
      review('negative', 40),
      review('negative', 39),
    ]);
    expect(profile.reviewCount).toBe(5);
    expect(profile.scores).toMatchObject({ percentPositive: 60, averageScore: 58, bands: { positive: 2, mixed: 2, negative: 1 } });
    expect(profile.scores!.percentPositiveInterval.low).toBeCloseTo(23.1, 1);
    expect(profile.scores!.percentPositiveInterval.high).toBeCloseTo(88.2, 1);
  });

  it('shows no scores below the minimum and says how many reviews there are', () => {
    const profile = buildFilmProfile(film, [review('positive', 80), review('positive', 70)]);
    expect(profile.scores).toBeNull();
    expect(profile.note).toBe('Only 2 reviews so far; scores show from 5 reviews.');
  });
});

describe('buildFilmProfile figures and methods', () => {
  const reviews = [
    { ...review('positive', 80), id: 1, text: 'A superb, moving film.', critic: 'A', outlet: 'X', topCritic: true, publishedAt: '2019-01-01' },
    { ...review('positive', 70), id: 2, text: 'A fine, funny film.', critic: 'B', outlet: 'Y', topCritic: false, publishedAt: '2019-01-02' },
    { ...review('negative', 30), id: 3, text: 'A dull, tedious film.', critic: 'C', outlet: 'Y', topCritic: false, publishedAt: '2019-01-03' },
    { ...review('positive', 90), id: 4, text: 'A dazzling triumph.', critic: 'D', outlet: 'Z', topCritic: true, publishedAt: '2019-01-03' },
    { ...review('positive', 75), id: 5, text: 'A smart, gripping film.', critic: 'E', outlet: 'Z', topCritic: false, publishedAt: null },
  ];

  it('shows weighted and unweighted figures side by side, and top critics when the data marks them', () => {
    const profile = buildFilmProfile(film, reviews, { minReviews: 4, weights: { outlets: { Y: 0 } } });
    expect(profile.scores!.percentPositive).toBe(80);
    expect(profile.weighted).toMatchObject({ custom: true, weightedReviews: 3, scores: { percentPositive: 100 } });
    expect(profile.topCritics).toMatchObject({ reviewCount: 2, positiveCount: 2, scores: null });
    expect(profile.timeline!.points).toEqual([{ date: '2019-01-03', added: 2, reviews: 4, positive: 3, percentPositive: 75 }]);
    expect(profile.badge.earned).toBe(false);
    expect(profile.consensus).toBeNull();
  });

  it('links every figure to a section of docs/methodology.md that exists', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync(new URL('../../docs/methodology.md', import.meta.url), 'utf8');
    const anchors = new Set([...doc.matchAll(/^#+ (.+)$/gm)].map((m) => m[1]!.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-')));
    const profile = buildFilmProfile(film, reviews, { model: createLexiconModel() });
    const links = JSON.stringify(profile).match(/docs\/methodology\.md#[a-z-]+/g) ?? [];
    expect(new Set(links).size).toBeGreaterThanOrEqual(14);
    for (const link of links) expect(anchors, link).toContain(link.split('#')[1]);
  });
});

describe('buildFilmProfile with the trained judge', () => {
  const model = createTrainedModel(trainJudge(sampleCorpora(), SAMPLE_TRAIN_OPTIONS));
  const byText = (text: string, id: number, critic: string | null = null) => {
    const j = judgeReview(
      { film: null, critic: critic ? { value: critic, source: 'record' } : null, outlet: null, publishedAt: null, rating: null, label: null, topCritic: false, url: null, text, firstSentence: '', headline: null, version: 'test' },
      model,
    );
    return { id, text, critic, verdict: j.verdict, probability: j.probability, score: j.score, verdictSource: j.verdictSource, scoreSource: j.scoreSource };
  };

  it('counts text-judged reviews by probability for the expected percent, and reports what reading them together changed', () => {
    const alone = [
      byText('The film is a dazzling triumph.', 1, 'Ann Example'),
      byText('Every scene is beautifully made.', 2),
      byText('The script is funny and moving.', 3),
      byText('Her performance is warm and wise.', 4),
      byText('This sequel is a dull, lifeless mess.', 5),
    ];
    // As the store leaves them after reading the five together: the fifth turned by the others' praise.
    const read = alone.map((r, i) => ({
      ...r,
      ...(i === 4 ? { verdict: 'positive' as const, probability: 0.55 } : {}),
      readInContext: { reviews: 5, alone: { verdict: r.verdict, probability: r.probability, score: r.score } },
    }));
    const reviews = [...read, { id: 6, verdict: 'negative' as const, probability: 0.1, score: 30, verdictSource: 'rating' as const, scoreSource: 'rating' as const }];
    const profile = buildFilmProfile(film, reviews, { model });
    const reading = profile.textReading!;
    expect(reading).toMatchObject({ textJudged: 5, pooled: 5, verdictsChanged: alone[4]!.verdict === 'negative' ? 1 : 0, method: 'docs/methodology.md#reviews-judged-by-their-text' });
    const expected = (100 * read.reduce((sum, r) => sum + r.probability, 0)) / 6;
    expect(reading.estimate.percent).toBeCloseTo(expected, 0);
    expect(reading.estimate.low).toBeLessThan(reading.estimate.percent);
    expect(reading.estimate.reviews).toBe(6);
    // The headline counts the verdicts as the store read them.
    expect(profile.positiveCount).toBe(5);
  });

  it('reports nothing pooled when the store read each review alone', () => {
    const reviews = ['A dazzling triumph.', 'A dull mess.', 'Warm and wise.'].map((text, i) => byText(text, i + 1));
    expect(buildFilmProfile(film, reviews, { model }).textReading).toMatchObject({ textJudged: 3, pooled: 0, verdictsChanged: 0 });
  });

  it('has no reading when every verdict comes from a label or a rating', () => {
    const rated = Array.from({ length: 5 }, (_, i) => ({ id: i + 1, verdict: 'positive' as const, probability: 0.9, score: 80, verdictSource: 'rating' as const }));
    expect(buildFilmProfile(film, rated, { model }).textReading).toBeNull();
  });
});
