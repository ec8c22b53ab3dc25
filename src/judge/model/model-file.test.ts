import { describe, expect, it } from 'vitest';
import { PlauditError } from '../../domain/errors.ts';
import { SAMPLE_TRAIN_OPTIONS, sampleCorpora } from '../train/sample-corpora.ts';
import { trainJudge } from '../train/train-judge.ts';
import { decodeModel, encodeModel } from './model-file.ts';
import { createTrainedModel } from './trained-model.ts';

const model = trainJudge(sampleCorpora(), SAMPLE_TRAIN_OPTIONS);

describe('model file', () => {
  it('round-trips every field, and the weights to within the int16 step', () => {
    const decoded = decodeModel(encodeModel(model));
    const { quote, document, quoteMembers, embedding, ...rest } = decoded;
    const { quote: q0, document: d0, quoteMembers: m0, embedding: e0, ...rest0 } = model;
    expect(rest).toEqual(rest0);
    // The trainer's vectors are already on the file's int8 grid, so the word-vector part comes back exactly.
    expect(e0).toBeDefined();
    expect(embedding).toEqual(e0);
    expect(quoteMembers.map((m) => ({ ...m, weights: null }))).toEqual(m0.map((m) => ({ ...m, weights: null })));
    const step = Math.max(...q0.weights.map(Math.abs)) / 32767;
    q0.weights.forEach((w, i) => expect(Math.abs(w - quote.weights[i]!)).toBeLessThanOrEqual(step / 2 + 1e-9));
    expect(document.weights.length).toBe(d0.weights.length);
  });

  it('predicts the same after loading as before saving, to three decimals', () => {
    const before = createTrainedModel(model);
    const after = createTrainedModel(decodeModel(encodeModel(model)));
    for (const text of ['The film is a dazzling triumph.', 'Every scene is tedious and clumsy. The script is lazy and predictable.']) {
      expect(after.predict(text).probability).toBeCloseTo(before.predict(text).probability, 3);
      expect(after.predict(text).evidence).toEqual(before.predict(text).evidence);
    }
  });

  it('refuses a file that is not a model, or is cut short, with a message saying how to rebuild it', () => {
    expect(() => decodeModel(new TextEncoder().encode('hello'))).toThrow(PlauditError);
    const bytes = encodeModel(model);
    expect(() => decodeModel(bytes.subarray(0, bytes.length - 10))).toThrow(/truncated.*plaudit train/);
  });
});
