import { describe, expect, it } from 'vitest';
import type { ReviewDraft } from '../../domain/document.ts';
import { judgeReview } from '../judge-review.ts';
import { decodeModel, encodeModel } from '../model/model-file.ts';
import { createTrainedModel } from '../model/trained-model.ts';
import { movieSplit } from './corpora.ts';
import { SAMPLE_TRAIN_OPTIONS, sampleCorpora } from './sample-corpora.ts';
import { trainJudge } from './train-judge.ts';

const EMPTY_DRAFT: ReviewDraft = {
  film: null, critic: null, outlet: null, publishedAt: null, rating: null, label: null, topCritic: false, url: null,
  text: '', firstSentence: '', headline: null, version: 'test',
};

describe('trainJudge', () => {
  it('gives identical model bytes when trained twice on the same data and seed', () => {
    const first = encodeModel(trainJudge(sampleCorpora(), SAMPLE_TRAIN_OPTIONS));
    const second = encodeModel(trainJudge(sampleCorpora(), SAMPLE_TRAIN_OPTIONS));
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });

  it('gives a different split, and so a different model, for another seed', () => {
    const a = encodeModel(trainJudge(sampleCorpora(), SAMPLE_TRAIN_OPTIONS));
    const b = encodeModel(trainJudge(sampleCorpora(), { ...SAMPLE_TRAIN_OPTIONS, seed: 7 }));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });

  it('records the data hashes and seed, and no date', () => {
    const model = trainJudge(sampleCorpora(), SAMPLE_TRAIN_OPTIONS);
    expect(model.training).toMatchObject({ seed: 1, data: { rt: 'sample' } });
    expect(JSON.stringify(model.training)).not.toMatch(/20\d\d-\d\d-\d\d/);
  });

  it('learns the sample: a round trip through the file predicts what it was trained on', () => {
    const model = createTrainedModel(decodeModel(encodeModel(trainJudge(sampleCorpora(), SAMPLE_TRAIN_OPTIONS))));
    expect(model.predict('The film is a dazzling triumph.').probability).toBeGreaterThan(0.5);
    expect(model.predict('The film is a dull, lifeless mess.').probability).toBeLessThan(0.5);
  });

  it('counts each critic\'s and outlet\'s ratings, which survive the file and place the text score', () => {
    const data = decodeModel(encodeModel(trainJudge(sampleCorpora(), SAMPLE_TRAIN_OPTIONS)));
    const raters = data.raters!;
    // Every rated train review is counted once in all three tables.
    const total = (h: number[]) => h.reduce((n, v, i) => n + (i % 2 ? v : 0), 0);
    const sides = (t: { positive: number[]; negative: number[] }) => total(t.positive) + total(t.negative);
    expect(sides(raters.all)).toBeGreaterThan(0);
    expect(Object.values(raters.critics).reduce((n, t) => n + sides(t), 0)).toBe(sides(raters.all));
    expect(Object.values(raters.outlets).reduce((n, t) => n + sides(t), 0)).toBe(sides(raters.all));
    expect(Object.keys(raters.critics)).toEqual(['ann example', 'bo sample', 'cy madeup']);
    const model = createTrainedModel(data);
    const judged = judgeReview(
      { ...EMPTY_DRAFT, text: 'The film is a dazzling triumph.', critic: { value: 'Ann Example', source: 'record' } },
      model,
    );
    // The sample's fresh ratings are 3/5 and 4/5.
    expect([60, 80]).toContain(judged.score);
  });
});

describe('movieSplit', () => {
  it('puts every review of a movie on one side, about 70/10/20', () => {
    const counts = { train: 0, dev: 0, test: 0 };
    for (let m = 0; m < 2000; m++) counts[movieSplit(String(m), 1)]++;
    expect(counts.train / 2000).toBeCloseTo(0.7, 1);
    expect(counts.dev / 2000).toBeCloseTo(0.1, 1);
    expect(counts.test / 2000).toBeCloseTo(0.2, 1);
    expect(movieSplit('42', 1)).toBe(movieSplit('42', 1));
  });
});
