import { describe, expect, it } from 'vitest';
import { decodeModel, encodeModel } from '../model/model-file.ts';
import { createTrainedModel } from '../model/trained-model.ts';
import { movieSplit } from './corpora.ts';
import { SAMPLE_TRAIN_OPTIONS, sampleCorpora } from './sample-corpora.ts';
import { trainJudge } from './train-judge.ts';

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
