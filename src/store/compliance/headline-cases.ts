/** The critic's own headline (extract/critic-headline.ts): each version keeps the one its draft had, or null. */
import { describe, expect, it } from 'vitest';
import { makeReview } from './make-review.ts';
import type { TargetHandle } from './target.ts';

const FILM = { title: 'Headline Film', year: 2014 };

export function describeHeadlines(target: TargetHandle): void {
  describe('headlines', () => {
    it("keeps each version's headline, and null for one without", async () => {
      await target.store.saveReviews([
        makeReview({ sourceKey: 'with', film: FILM, headline: 'A Punk Rock Masterpiece' }),
        makeReview({ sourceKey: 'without', film: FILM }),
      ]);
      const [film] = await target.store.findFilms(FILM.title);
      const byKey = Object.fromEntries((await target.store.filmReviews(film!.id)).map((r) => [r.sourceKey, r]));
      expect(byKey['with']!.headline).toBe('A Punk Rock Masterpiece');
      expect(byKey['without']!.headline).toBeNull();
    });

    it("reads a new version's headline, not the old one's", async () => {
      await target.store.saveReviews([makeReview({ sourceKey: 'page', film: FILM, headline: 'A first headline' })]);
      await target.store.saveReviews([makeReview({ sourceKey: 'page', film: FILM, text: 'The page, edited.', headline: 'A Punk Rock Masterpiece' })]);
      const [film] = await target.store.findFilms(FILM.title);
      const [review] = await target.store.filmReviews(film!.id);
      expect(review).toMatchObject({ version: 2, headline: 'A Punk Rock Masterpiece' });
    });
  });
}
