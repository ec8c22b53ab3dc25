import { describe, expect, it } from 'vitest';
import { evaluateJudge, type LabelledReview } from './evaluate.ts';
import { createTrainedModel } from './model/trained-model.ts';
import { SAMPLE_TRAIN_OPTIONS, sampleCorpora } from './train/sample-corpora.ts';
import { trainJudge } from './train/train-judge.ts';

describe('evaluateJudge film figures', () => {
  const model = createTrainedModel(trainJudge(sampleCorpora(), SAMPLE_TRAIN_OPTIONS));
  const texts = ['The film is a dazzling triumph.', 'Every scene is funny and moving.', 'The script is a dull, lifeless mess.', 'Her performance is warm and wise.'];
  const film: LabelledReview[] = Array.from({ length: 24 }, (_, i) => ({ text: texts[i % 4]!, positive: i % 4 !== 2, film: 'f' }));

  it('gives the sampling floor of a film with 20+ reviews: above zero, below the floor of a coin toss per review', () => {
    const figures = evaluateJudge(film, model);
    expect(figures.films).toBe(1);
    const coinTosses = 100 * Math.sqrt(2 / Math.PI) * Math.sqrt(24 * 0.25) / 24;
    expect(figures.filmSamplingFloor).toBeGreaterThan(0);
    expect(figures.filmSamplingFloor).toBeLessThan(coinTosses);
  });

  it('gives the spread of the ratings and of the text scores on the rated rows', () => {
    // 4/5 and 1/5 normalise to 80 and 20: a standard deviation of 30. The unrated row counts in neither.
    const rated: LabelledReview[] = [
      { text: texts[0]!, positive: true, rating: '4/5' },
      { text: texts[2]!, positive: false, rating: '1/5' },
      { text: texts[1]!, positive: true },
    ];
    const figures = evaluateJudge(rated, model);
    expect(figures.ratingSpread).toBeCloseTo(30, 6);
    expect(figures.scoreSpread).toBeGreaterThan(0);
    // No film: each review is read alone, so the stored spread is the alone one.
    expect(figures.contextScoreSpread).toBe(figures.scoreSpread);
  });

  it('has no film figures when no film has 20 reviews', () => {
    const figures = evaluateJudge(film.slice(0, 19), model);
    expect(figures.films).toBe(0);
    expect(figures.filmSamplingFloor).toBeNaN();
  });
});
