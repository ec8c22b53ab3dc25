import { describe, expect, it } from 'vitest';
import type { PullQuote } from '../../aggregate/profile/pull-quotes/pull-quotes.ts';
import { credit, formatQuoteLines } from './quotes-text.ts';

const quote = (extra: Partial<PullQuote>): PullQuote => ({
  quote: 'A Punk Rock Masterpiece', reviewId: 3, sentenceIndex: -1, fromHeadline: true, sentence: 'A Punk Rock Masterpiece',
  critic: null, outlet: 'The Pop Break', words: 4, probability: 0.93, rank: 1.48, ...extra,
});

describe('pull quote credits', () => {
  it("credits a headline as its review's headline", () => {
    expect(credit(quote({}))).toBe("headline of The Pop Break's review");
    expect(credit(quote({ critic: 'Jo Critic' }))).toBe("headline of The Pop Break's review, by Jo Critic");
    expect(credit(quote({ outlet: null, critic: 'Jo Critic' }))).toBe("headline of Jo Critic's review");
    expect(credit(quote({ outlet: null }))).toBe('headline of review 3');
  });

  it('credits a sentence to its critic and outlet, as before', () => {
    expect(credit(quote({ fromHeadline: false, sentenceIndex: 4, critic: 'Jo Critic' }))).toBe('Jo Critic, The Pop Break');
  });

  it('prints the credit under the quote', () => {
    expect(formatQuoteLines([quote({})])).toEqual(['   1. “A Punk Rock Masterpiece”', "      — headline of The Pop Break's review"]);
  });
});
