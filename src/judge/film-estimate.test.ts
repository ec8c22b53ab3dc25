import { describe, expect, it } from 'vitest';
import { estimateFilm } from './film-estimate.ts';

const plain = { ownWeight: 1, filmWeight: 0, intercept: 0, modelVariance: 0 };

describe('estimateFilm', () => {
  it('is the mean of the probabilities, with an interval around it', () => {
    const e = estimateFilm([0, 0, Math.log(3), Math.log(3)], plain)!;
    expect(e.percent).toBe(62.5);
    expect(e.low).toBeLessThan(e.percent);
    expect(e.high).toBeGreaterThan(e.percent);
    expect(e.reviews).toBe(4);
  });

  it('narrows as reviews add up, and widens with the model error', () => {
    const few = estimateFilm(Array(5).fill(0.5), plain)!;
    const many = estimateFilm(Array(80).fill(0.5), plain)!;
    expect(many.high - many.low).toBeLessThan(few.high - few.low);
    const unsure = estimateFilm(Array(80).fill(0.5), { ...plain, modelVariance: 0.01 })!;
    expect(unsure.high - unsure.low).toBeGreaterThan(many.high - many.low);
  });

  it("pulls each review towards the film's mean when pooling says so", () => {
    const pooled = estimateFilm([2, 2, 2, -0.2], { ...plain, ownWeight: 0.5, filmWeight: 1 })!;
    const alone = estimateFilm([2, 2, 2, -0.2], plain)!;
    expect(pooled.percent).toBeGreaterThan(alone.percent);
  });

  it('has nothing to say about a film with no reviews', () => {
    expect(estimateFilm([], plain)).toBeNull();
  });
});
