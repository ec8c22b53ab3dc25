import { describe, expect, it } from 'vitest';
import type { ReviewDraft } from '../domain/document.ts';
import type { Rating } from '../domain/rating.ts';
import { judgeReview } from './judge-review.ts';
import { createLexiconModel } from './lexicon-model.ts';

const model = createLexiconModel();

function draft(overrides: Partial<ReviewDraft>): ReviewDraft {
  return {
    film: { value: { title: 'X' }, source: 'record' },
    critic: null,
    outlet: null,
    publishedAt: null,
    rating: null,
    label: null,
    topCritic: false,
    url: null,
    text: '',
    firstSentence: '',
    headline: null,
    version: 'test',
    ...overrides,
  };
}

const rating = (score: number, raw = `${score}/100`): ReviewDraft['rating'] => ({
  value: { raw, score, scale: 'hundred' } satisfies Rating,
  source: 'record',
});

describe('judgeReview', () => {
  it('keeps a judgement the review arrives with (a Plaudit export), whatever the text, label and rating say', () => {
    const recorded = { verdict: 'negative', probability: 0.31, score: 38.5, verdictSource: 'text', scoreSource: 'text', version: 'judge-4+nbsvm-4' } as const;
    const j = judgeReview(draft({ recordedJudgement: recorded, label: 'positive', rating: rating(90), text: 'A dazzling, heartfelt triumph.' }), model);
    expect(j).toMatchObject({ verdict: 'negative', probability: 0.31, score: 38.5, verdictSource: 'text', scoreSource: 'text' });
    expect(j.version).toBe('recorded:judge-4+nbsvm-4');
    // Carried in twice, it names the judge that first gave it once.
    expect(judgeReview(draft({ recordedJudgement: { ...recorded, version: j.version } }), model).version).toBe('recorded:judge-4+nbsvm-4');
  });

  it('takes the verdict from a source label over the rating and the text', () => {
    const j = judgeReview(draft({ label: 'negative', rating: rating(80), text: 'A masterpiece.' }), model);
    expect(j).toMatchObject({ verdict: 'negative', probability: 0, score: 80, verdictSource: 'label', scoreSource: 'rating' });
  });

  it('takes verdict and score from an explicit rating when there is no label', () => {
    expect(judgeReview(draft({ rating: rating(75) }), model)).toMatchObject({ verdict: 'positive', score: 75, verdictSource: 'rating' });
    expect(judgeReview(draft({ rating: rating(50) }), model)).toMatchObject({ verdict: 'negative', score: 50, verdictSource: 'rating' });
    expect(judgeReview(draft({ rating: rating(60) }), model).verdict).toBe('positive');
  });

  it('falls back to the text model, with evidence sentences', () => {
    const good = judgeReview(draft({ text: 'A dazzling, heartfelt triumph. Moss is extraordinary.' }), model);
    expect(good).toMatchObject({ verdict: 'positive', verdictSource: 'text', scoreSource: 'text' });
    expect(good.score).toBeGreaterThan(60);
    expect(good.evidence.length).toBeGreaterThan(0);
    const bad = judgeReview(draft({ text: 'A tedious, lifeless mess. The script is dreadful.' }), model);
    expect(bad).toMatchObject({ verdict: 'negative', verdictSource: 'text' });
    expect(bad.score).toBeLessThan(40);
  });

  it('lets the text tip a rating in the ambiguous band, but not a clear one', () => {
    const pan = 'A tedious, lifeless mess. The script is dreadful and the whole thing is a dull slog.';
    const ambiguous = judgeReview(draft({ rating: rating(63, '2.5/4'), text: pan }), model);
    expect(ambiguous).toMatchObject({ verdict: 'negative', verdictSource: 'rating', score: 63, scoreSource: 'rating' });
    expect(judgeReview(draft({ rating: rating(63, '2.5/4') }), model).verdict).toBe('positive');
    expect(judgeReview(draft({ rating: rating(88, '3.5/4'), text: pan }), model).verdict).toBe('positive');
    expect(judgeReview(draft({ rating: rating(25, '1/4'), text: 'A dazzling, heartfelt triumph.' }), model).verdict).toBe('negative');
  });

  it('uses the rating combination fitted with the model when the model carries one', () => {
    const alwaysText = {
      ...model,
      ratingCombination: { bandEdges: [0], bandWeights: [0], textWeights: [1] },
    };
    const j = judgeReview(draft({ rating: rating(90), text: 'A tedious, lifeless mess.' }), alwaysText);
    expect(j.verdict).toBe('negative');
  });

  // judge-2: the rating no longer decides alone (see the test above); judge-3: how ambiguous a rating is depends on
  // its scale too (3/5 vs 6/10); judge-4: a text score is placed on the critic's own scale.
  it('records the judge and model version', () => {
    expect(judgeReview(draft({ text: 'Fine.' }), model).version).toBe('judge-4+lexicon-1');
  });
});

describe('lexicon model', () => {
  it('turns praise around under negation', () => {
    expect(model.predict('This is not good, and not funny.').probability).toBeLessThan(0.5);
    expect(model.predict('Not bad at all; never boring.').probability).toBeGreaterThan(0.5);
  });

  it('lets the clause after "but" decide', () => {
    expect(model.predict('I wanted to like it, but it is a dull, tedious slog.').probability).toBeLessThan(0.5);
    expect(model.predict('The first act is clumsy, but the film is ultimately moving and beautiful.').probability).toBeGreaterThan(0.5);
  });

  it('weighs the closing sentences more than the opening ones', () => {
    const praiseLast = model.predict('The opening is dull. The middle is fine. The ending is a triumph.');
    const praiseFirst = model.predict('The opening is a triumph. The middle is fine. The ending is dull.');
    expect(praiseLast.probability).toBeGreaterThan(praiseFirst.probability);
  });
});
