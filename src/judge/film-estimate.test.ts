import { describe, expect, it } from 'vitest';
import { estimateFilm, filmOffset } from './film-estimate.ts';

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

describe('filmOffset', () => {
  it('is 0 without known verdicts, or with no prior variance', () => {
    expect(filmOffset([], [], 0.2)).toBe(0);
    expect(filmOffset([0.5], [false], 0)).toBe(0);
  });

  it('moves against the model when its doubtful readings turn out wrong, and is held back by the prior', () => {
    const tooPositive = filmOffset([0.3, 0.1, 0.5, 0.2], [false, false, false, true], 0.2);
    expect(tooPositive).toBeLessThan(0);
    expect(tooPositive).toBeGreaterThan(-1);
    expect(filmOffset([0.3, 0.1, 0.5, 0.2], [true, true, true, false], 0.2)).toBeGreaterThan(0);
    // A wider prior lets the same evidence move it further.
    expect(filmOffset([0.3, 0.1, 0.5, 0.2], [false, false, false, true], 2)).toBeLessThan(tooPositive);
  });

  it('solves the posterior mode: the residuals balance the prior', () => {
    const logits = [0.2, -0.1, 0.4];
    const positive = [false, false, true];
    const offset = filmOffset(logits, positive, 0.2);
    const residual = logits.reduce((sum, z, i) => sum + (positive[i] ? 1 : 0) - 1 / (1 + Math.exp(-(z + offset))), 0);
    expect(residual - offset / 0.2).toBeCloseTo(0, 9);
    expect(offset).toBeCloseTo(-0.109, 3);
  });

  it('learns less from confident readings that were right than from doubtful ones that were wrong', () => {
    expect(Math.abs(filmOffset([4, 4], [true, true], 0.2))).toBeLessThan(0.01);
    expect(Math.abs(filmOffset([0, 0], [false, false], 0.2))).toBeGreaterThan(0.1);
  });
});
