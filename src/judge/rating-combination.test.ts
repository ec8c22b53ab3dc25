import { describe, expect, it } from 'vitest';
import { parseRating } from '../extract/normalise-rating.ts';
import { countRatingPriors, fitRatingCombination, MIN_KEY_COUNT } from './train/fit-small-parts.ts';
import { combinedLogit, ratingKey, ratingPrior } from './rating-combination.ts';

const rating = (raw: string) => parseRating(raw)!;

describe('ratingKey', () => {
  it('keeps the scale, so that 3/5 and 6/10 are told apart although both normalise to 60', () => {
    expect(ratingKey(rating('3/5'))).toBe('fraction/5:60');
    expect(ratingKey(rating('6/10'))).toBe('fraction/10:60');
    expect(ratingKey(rating('B-'))).toBe('letter:67');
    expect(ratingKey(rating('2.5 out of 4'))).toBe('fraction/4:63');
  });
});

describe('rating priors and the combination', () => {
  // 3/5 is fresh 9 times in 10, 6/10 half the time; 7/13-like rare keys fall back to the band.
  const rows = [
    ...Array.from({ length: 100 }, (_, i) => ({ rating: rating('3/5'), positive: i % 10 !== 0 })),
    ...Array.from({ length: 100 }, (_, i) => ({ rating: rating('6/10'), positive: i % 2 === 0 })),
    ...Array.from({ length: 100 }, (_, i) => ({ rating: rating('1/5'), positive: i === 0 })),
    ...Array.from({ length: MIN_KEY_COUNT - 1 }, () => ({ rating: rating('12/20'), positive: false })),
  ];
  const priors = countRatingPriors(rows);

  it('counts a prior per rating as written, and per band for the rare ones', () => {
    expect(priors.keys['fraction/5:60']).toBeGreaterThan(priors.keys['fraction/10:60']!);
    expect(priors.keys['fraction/20:60']).toBeUndefined();
    const combination = fitRatingCombination(
      rows.map((r, i) => ({ ...r, z: r.positive ? 1 + (i % 3) : -1 - (i % 3), score: r.rating.score })),
      priors,
    );
    expect(ratingPrior(combination, rating('12/20'))).toBe(priors.bands[6]);
    expect(combinedLogit(combination, rating('3/5'), 0)).toBeGreaterThan(combinedLogit(combination, rating('6/10'), 0));
    // On the coin-toss rating the text decides.
    expect(combinedLogit(combination, rating('6/10'), 2)).toBeGreaterThan(0);
    expect(combinedLogit(combination, rating('6/10'), -2)).toBeLessThan(0);
  });
});
