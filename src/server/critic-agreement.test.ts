import { describe, expect, it } from 'vitest';
import { consensusAgreement } from './critic-agreement.ts';

describe('consensusAgreement', () => {
  const films = new Map([
    [1, { reviewCount: 6, positiveCount: 5 }],
    [2, { reviewCount: 5, positiveCount: 1 }],
    [3, { reviewCount: 2, positiveCount: 2 }],
    [4, { reviewCount: 5, positiveCount: 3 }],
  ]);

  it('compares each verdict with the majority of the other reviews', () => {
    const result = consensusAgreement(
      [
        { filmId: 1, verdict: 'positive' },
        { filmId: 2, verdict: 'positive' },
      ],
      films,
    );
    expect(result).toEqual({ counted: 2, agreed: 1, percent: 50 });
  });

  it('skips films with too few other reviews and ties among the others', () => {
    // Film 4 without this positive review: 2 positive, 2 negative, a tie.
    const result = consensusAgreement([{ filmId: 3, verdict: 'positive' }, { filmId: 4, verdict: 'positive' }], films);
    expect(result).toEqual({ counted: 0, agreed: 0, percent: null });
  });
});
