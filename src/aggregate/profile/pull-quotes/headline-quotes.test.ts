/**
 * A review's own headline as a pull quote (issue 18), on constructed reviews with a polarity written for the test:
 * offered when it is clear praise about the film, marked as the headline and never as a sentence of the text,
 * ranked with the verdicts, refused on its own words when they turn the praise around.
 */
import { describe, expect, it } from 'vitest';
import { analyseReviews } from '../analyse-reviews.ts';
import type { Polarity, TextReview } from '../types.ts';
import { HEADLINE_INDEX, quoteCandidates } from './candidates.ts';
import { buildPullQuotes } from './pull-quotes.ts';
import { rankQuote } from './rank-quotes.ts';

/** Praise words read as praise, "dull", "not" and "slog" as criticism, everything else as neutral. */
const polarity: Polarity = (text) => {
  if (/\b(?:not|dull|slog|tedious)\b/i.test(text)) return 0.2;
  return /\b(?:masterpiece|triumph|wonderful|brilliant|best|delight)\b/i.test(text) ? 0.95 : 0.5;
};
const BODY = 'The film is a wonderful portrait of a band. Its cast is brilliant from start to finish. It runs two hours.';
const review = (headline: string | null, extra: Partial<TextReview> = {}): TextReview => ({
  id: 7, text: BODY, verdict: 'positive', critic: 'Jo Critic', outlet: 'The Pop Break', headline, ...extra,
});
const quotesOf = (...reviews: TextReview[]) => buildPullQuotes(analyseReviews(reviews), polarity, { model: 'test' });

describe('a headline as a pull quote', () => {
  it('is offered whole, marked as the headline, pointing at no sentence', () => {
    const [analysed] = analyseReviews([review('A Punk Rock Masterpiece')]);
    const headline = quoteCandidates(analysed!, polarity).find((c) => c.fromHeadline);
    expect(headline).toMatchObject({ text: 'A Punk Rock Masterpiece', display: 'A Punk Rock Masterpiece', sentenceIndex: HEADLINE_INDEX, whole: true });
    expect(quoteCandidates(analysed!, polarity).filter((c) => !c.fromHeadline).every((c) => c.sentenceIndex >= 0)).toBe(true);
  });

  it('carries the mark and the credit into the film\'s quotes', () => {
    const quote = quotesOf(review('A Punk Rock Masterpiece')).film.find((q) => q.fromHeadline);
    expect(quote).toMatchObject({ quote: 'A Punk Rock Masterpiece', sentenceIndex: -1, outlet: 'The Pop Break', critic: 'Jo Critic' });
  });

  it('ranks a short verdict headline above a sentence of the same praise and length', () => {
    const [analysed] = analyseReviews([review('A Punk Rock Masterpiece')]);
    const headline = rankQuote(quoteCandidates(analysed!, polarity).find((c) => c.fromHeadline)!, null);
    const sentence = rankQuote({ ...headline, fromHeadline: false, sentenceIndex: 3, position: 0 }, null);
    expect(headline.cues).toContain('headline-verdict');
    expect(headline.rank).toBeGreaterThan(sentence.rank);
  });

  it('comes on top of the review\'s two best sentences', () => {
    const film = quotesOf(review('A Punk Rock Masterpiece')).film;
    expect(film.filter((q) => q.fromHeadline)).toHaveLength(1);
    expect(film.filter((q) => !q.fromHeadline)).toHaveLength(2);
  });

  it('is not offered when it is not clear praise, not about the film, or absent', () => {
    expect(quotesOf(review('A dull punk slog')).film.some((q) => q.fromHeadline)).toBe(false);
    expect(quotesOf(review('Ten things to know about punk')).film.some((q) => q.fromHeadline)).toBe(false);
    expect(quotesOf(review(null), review(undefined as unknown as null, { id: 8 })).film.some((q) => q.fromHeadline)).toBe(false);
  });

  it('is checked on its own words: negated praise is refused and shown as the headline', () => {
    const quotes = quotesOf(review('Hardly a masterpiece, whatever they say'));
    expect(quotes.film.some((q) => q.fromHeadline)).toBe(false);
    expect(quotes.flagged.find((q) => q.fromHeadline)).toMatchObject({
      quote: 'Hardly a masterpiece, whatever they say',
      sentenceIndex: -1,
      flags: [expect.objectContaining({ code: 'negated-praise' })],
    });
  });

  it('is not judged by the sentence after it: the body never turns a headline around', () => {
    const turning = review('A Punk Rock Masterpiece', { text: 'But the rest is a slog. The film is a wonderful portrait of a band.' });
    expect(quotesOf(turning).film.some((q) => q.fromHeadline)).toBe(true);
  });
});
