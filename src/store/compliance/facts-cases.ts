/** Film facts (round trip, current versions only, duplicates left out) and near-duplicate reviews. */
import { describe, expect, it } from 'vitest';
import type { FilmFact } from '../../domain/credits.ts';
import { makeReview } from './make-review.ts';
import { ORIGINAL_REVIEW, OTHER_REVIEW, SYNDICATED_REVIEW } from './syndicated-text.ts';
import type { TargetHandle } from './target.ts';

const film = { title: 'The Lighthouse Keeper', year: 2024 };
const director: FilmFact = { kind: 'director', value: 'Ada Quill', source: 'info-box', evidence: 'Director: Ada Quill' };
const lead: FilmFact = {
  kind: 'cast',
  value: 'Tom Harrow',
  character: 'Elias',
  source: 'prose',
  evidence: 'Elias (Tom Harrow) keeps the light.',
};
const runtime: FilmFact = { kind: 'runtime', value: '92', source: 'credit-line', evidence: 'Running time: 92 min.' };

export function describeFacts(target: TargetHandle): void {
  describe('film facts', () => {
    it('keeps each fact with its review, critic, outlet, source and evidence, in review then position order', async () => {
      const [first] = await target.store.saveReviews([
        makeReview({ sourceKey: 'a', film, critic: 'Ann Critic', outlet: 'The Post', facts: [director, lead] }),
        makeReview({ sourceKey: 'b', film, facts: [runtime] }),
        makeReview({ sourceKey: 'c', film }),
      ]);
      const facts = await target.store.filmFacts(first?.filmId as number);
      expect(facts).toEqual([
        { ...director, reviewId: first?.reviewId, critic: 'Ann Critic', outlet: 'The Post' },
        { ...lead, reviewId: first?.reviewId, critic: 'Ann Critic', outlet: 'The Post' },
        { ...runtime, reviewId: (first?.reviewId as number) + 1, critic: null, outlet: null },
      ]);
      expect((await target.store.counts()).reviewFacts).toBe(3);
      const [review] = await target.store.filmReviews(first?.filmId as number);
      expect(review?.stageVersions).toMatchObject({ credits: 'credits-test-1' });
    });

    it("reads only the current version's facts, and none for a film without any", async () => {
      const [first] = await target.store.saveReviews([makeReview({ sourceKey: 'a', text: 'One.', film, facts: [director] })]);
      await target.store.saveReviews([makeReview({ sourceKey: 'a', text: 'Two.', film, facts: [runtime] })]);
      expect((await target.store.filmFacts(first?.filmId as number)).map((fact) => fact.kind)).toEqual(['runtime']);
      expect(await target.store.filmFacts(987_654)).toEqual([]);
    });
  });

  describe('near-duplicate reviews', () => {
    it('marks a syndicated copy as a duplicate of the earlier review and counts it once', async () => {
      const [original, copy] = await target.store.saveReviews([
        makeReview({ sourceKey: 'site-a', text: ORIGINAL_REVIEW, film, outlet: 'The Post', facts: [director] }),
        makeReview({ sourceKey: 'site-b', text: SYNDICATED_REVIEW, film, outlet: 'The Gazette', facts: [director] }),
      ]);
      expect(copy?.status).toBe('added');
      const reviews = await target.store.filmReviews(original?.filmId as number);
      expect(reviews.map((review) => [review.sourceKey, review.duplicateOf])).toEqual([
        ['site-a', null],
        ['site-b', original?.reviewId],
      ]);
      const [summary] = await target.store.listFilms();
      expect(summary).toMatchObject({ reviewCount: 1, positiveCount: 1 });
      expect((await target.store.findFilms('lighthouse'))[0]).toMatchObject({ reviewCount: 1 });
      expect(await target.store.counts()).toMatchObject({ reviews: 2, duplicates: 1 });
      // The copy's facts would count its source twice.
      expect((await target.store.filmFacts(original?.filmId as number)).map((fact) => fact.reviewId)).toEqual([original?.reviewId]);
    });

    it('finds the copy in a later batch, and after the store is opened again', async (context) => {
      const [original] = await target.store.saveReviews([makeReview({ sourceKey: 'site-a', text: ORIGINAL_REVIEW, film })]);
      const [copy] = await target.store.saveReviews([makeReview({ sourceKey: 'site-b', text: SYNDICATED_REVIEW, film })]);
      const reviews = await target.store.filmReviews(copy?.filmId as number);
      expect(reviews.find((review) => review.sourceKey === 'site-b')?.duplicateOf).toBe(original?.reviewId);
      const reopen = target.reopen;
      if (reopen === undefined) context.skip();
      await target.store.close();
      const again = await (reopen as () => Promise<typeof target.store>)();
      try {
        const [third] = await again.saveReviews([
          makeReview({ sourceKey: 'site-c', text: `${SYNDICATED_REVIEW}\nShare this review.`, film }),
        ]);
        const stored = await again.filmReviews(third?.filmId as number);
        expect(stored.find((review) => review.sourceKey === 'site-c')?.duplicateOf).toBe(original?.reviewId);
      } finally {
        await again.close();
      }
    });

    it('keeps apart a different review, the same text under another film, and short quotes that match', async () => {
      const quote = 'A must-see.';
      const results = await target.store.saveReviews([
        makeReview({ sourceKey: 'a', text: ORIGINAL_REVIEW, film }),
        makeReview({ sourceKey: 'b', text: OTHER_REVIEW, film }),
        makeReview({ sourceKey: 'c', text: `${ORIGINAL_REVIEW} `, film: { title: 'Another Film' } }),
        makeReview({ sourceKey: 'd', text: quote, film, critic: 'One' }),
        makeReview({ sourceKey: 'e', text: `${quote} `, film, critic: 'Two' }),
      ]);
      expect(results.map((result) => result.status)).toEqual(['added', 'added', 'added', 'added', 'added']);
      expect((await target.store.counts()).duplicates).toBe(0);
    });

    it('counts a copy again once a new version of it no longer matches', async () => {
      await target.store.saveReviews([makeReview({ sourceKey: 'site-a', text: ORIGINAL_REVIEW, film })]);
      await target.store.saveReviews([makeReview({ sourceKey: 'site-b', text: SYNDICATED_REVIEW, film })]);
      expect((await target.store.counts()).duplicates).toBe(1);
      await target.store.saveReviews([makeReview({ sourceKey: 'site-b', text: OTHER_REVIEW, film })]);
      expect((await target.store.counts()).duplicates).toBe(0);
      expect((await target.store.listFilms())[0]).toMatchObject({ reviewCount: 2 });
    });
  });
}
