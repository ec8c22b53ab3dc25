import { describe, expect, it } from 'vitest';
import type { JudgedReview } from './film-context.ts';
import { MIN_REVIEWS_TO_POOL, readInFilmContext } from './film-context.ts';
import { FULL_REVIEW_CHARS, FULL_REVIEW_FILM_WEIGHT } from './film-estimate.ts';
import { createLexiconModel } from './lexicon-model.ts';
import { sigmoid } from './model/calibration.ts';

// The film's mean counts as much as the review's own log-odds.
const reader = { filmPooling: { ownWeight: 1, filmWeight: 1, intercept: 0, modelVariance: 0.001 } };
const text = (z: number, extra: Partial<JudgedReview> = {}): JudgedReview => {
  const probability = sigmoid(z);
  return { verdict: probability >= 0.5 ? 'positive' : 'negative', probability, score: 50, verdictSource: 'text', scoreSource: 'text', ...extra };
};

describe('readInFilmContext', () => {
  it('tips an ambiguous text-judged review towards how the film\'s other reviews read', () => {
    const reviews = [text(-0.3), text(2), text(2.5), text(1.5), text(2)];
    const read = readInFilmContext(reviews, reader);
    expect(read.pooled).toBe(5);
    expect(reviews[0]!.verdict).toBe('negative');
    expect(read.reviews[0]!.verdict).toBe('positive');
  });

  it('pools a full review lightly (its own log-odds plus a share of the mean) and a quote as the pooling says', () => {
    const zs = [-0.3, 2, 2.5, 1.5, 2];
    const mean = zs.reduce((a, b) => a + b, 0) / zs.length;
    const quotes = readInFilmContext(zs.map((z) => text(z, { textLength: FULL_REVIEW_CHARS - 1 })), reader).reviews;
    const full = readInFilmContext(zs.map((z) => text(z, { textLength: FULL_REVIEW_CHARS })), reader).reviews;
    expect(quotes[0]!.probability).toBeCloseTo(sigmoid(-0.3 + mean), 10);
    expect(full[0]!.probability).toBeCloseTo(sigmoid(-0.3 + FULL_REVIEW_FILM_WEIGHT * mean), 10);
    // A full review's own text carries most of the evidence: the film's mean moves it less than it moves a quote.
    expect(full[1]!.probability).toBeLessThan(quotes[1]!.probability!);
    expect(full[1]!.probability).toBeGreaterThan(sigmoid(2));
    // Without a length a review is read as a quote, as before.
    expect(readInFilmContext(zs.map((z) => text(z)), reader).reviews).toEqual(quotes.map(({ textLength: _, ...r }) => r));
  });

  it('leaves labels and ratings alone, and counts them as they are in the expected share', () => {
    const known = { verdict: 'negative' as const, probability: 0, score: 20, verdictSource: 'rating' as const, scoreSource: 'rating' as const };
    const reviews = [known, known, text(3), text(3), text(3), text(3), text(3)];
    const read = readInFilmContext(reviews, reader);
    expect(read.reviews[0]).toEqual(known);
    // Five near-certain positives and two known negatives of seven.
    expect(read.estimate!.percent).toBeCloseTo((100 * 5) / 7, 0);
    expect(read.estimate!.reviews).toBe(7);
  });

  it(`reads nothing in context below ${MIN_REVIEWS_TO_POOL} text-judged reviews, but still estimates`, () => {
    const reviews = [text(-0.3), text(2), text(2.5)];
    const read = readInFilmContext(reviews, reader);
    expect(read.pooled).toBe(0);
    expect(read.reviews).toEqual(reviews);
    expect(read.estimate!.percent).toBeGreaterThan(50);
  });

  it('has no estimate for a film whose verdicts all come from labels or ratings', () => {
    const read = readInFilmContext([{ verdict: 'positive', probability: 1, score: 80, verdictSource: 'label' }], reader);
    expect(read.estimate).toBeNull();
  });

  it('places the pooled score on the critic\'s scale when the reader knows it', () => {
    const scored = readInFilmContext(Array.from({ length: 5 }, () => text(2, { critic: 'Ann' })), {
      ...reader,
      raterScore: (z, rater) => (rater.critic === 'Ann' && z > 0 ? 75 : 0),
    });
    expect(scored.reviews.map((r) => r.score)).toEqual([75, 75, 75, 75, 75]);
  });

  it('reads the same film the same way when no editor has set a verdict (offset 0)', () => {
    const reviews = [text(-0.3), text(2), text(2.5), text(1.5), text(2)];
    expect(readInFilmContext(reviews, reader).offset).toBe(0);
    expect(readInFilmContext(reviews, { ...reader, offsetPriorVariance: 0 }).reviews).toEqual(readInFilmContext(reviews, reader).reviews);
  });

  it('takes an editor\'s verdict with the model\'s probability as evidence of how the model misreads the film', () => {
    const pooling = { ownWeight: 1, filmWeight: 0, intercept: 0, modelVariance: 0.001 };
    const editor = (modelZ: number, verdict: 'positive' | 'negative'): JudgedReview => ({
      verdict, probability: verdict === 'positive' ? 1 : 0, modelProbability: sigmoid(modelZ), score: 50, verdictSource: 'editor', scoreSource: 'editor',
    });
    const rest = [text(0.2), text(0.3), text(1), text(-0.1)];
    // The model read three reviews a little positive; the editor found all three negative: the film reads too positive.
    const corrected = [editor(0.2, 'negative'), editor(0.1, 'negative'), editor(0.3, 'negative')];
    const read = readInFilmContext([...rest, ...corrected], { filmPooling: pooling, offsetPriorVariance: 1 });
    expect(read.pooled).toBe(7);
    expect(read.offset).toBeLessThan(-0.5);
    expect(read.reviews.slice(4)).toEqual(corrected);
    expect(read.reviews[0]!.probability).toBeCloseTo(sigmoid(0.2 + read.offset), 9);
    expect(read.reviews[0]!.verdict).toBe('negative');
    expect(read.reviews[2]!.verdict).toBe('positive');
    // Without the model's probability a correction counts like a label and says nothing about the model.
    const asLabels = corrected.map(({ modelProbability: _, ...r }) => r);
    const plain = readInFilmContext([...rest, ...asLabels, text(0.5)], { filmPooling: pooling, offsetPriorVariance: 1 });
    expect(plain.offset).toBe(0);
    expect(plain.pooled).toBe(5);
  });

  it('counts the editors\' reviews towards the pooling minimum, but reads nothing without a text-judged review', () => {
    const editor: JudgedReview = { verdict: 'negative', probability: 0, modelProbability: 0.6, score: 50, verdictSource: 'editor' };
    expect(readInFilmContext([text(1), text(1), editor, editor, editor], reader).pooled).toBe(5);
    expect(readInFilmContext([editor, editor, editor, editor, editor], reader).pooled).toBe(0);
  });

  it('finds no reader in the hand-written lexicon, which has no film pooling', () => {
    expect(createLexiconModel().filmReader).toBeNull();
  });
});
