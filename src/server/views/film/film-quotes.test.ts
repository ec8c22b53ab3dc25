import { describe, expect, it } from 'vitest';
import type { FilmData } from '../../film-data.ts';
import type { QuoteView } from '../../film-sections.ts';
import { filmQuotes } from './film-quotes.ts';

const view = (extra: Partial<QuoteView>): QuoteView => ({
  reviewId: 3, critic: null, outlet: 'The Pop Break', text: 'A Punk Rock Masterpiece', verdict: 'positive', fromHeadline: true, ...extra,
});
const page = (quotes: QuoteView[]) =>
  String(filmQuotes({ sections: { quotes }, reviews: [] } as unknown as FilmData, { path: '/films/1-her-smell', perPage: 20 }));

describe('the film page\'s pull quotes', () => {
  it("says a headline is the review's headline", () => {
    expect(page([view({})])).toMatch(/The Pop Break<\/a> · headline of the review · positive review/);
  });

  it('says nothing more of a sentence', () => {
    expect(page([view({ fromHeadline: false })])).not.toMatch(/headline/);
  });
});
