/** How saveReviews matches films: export keys, titles with and without years, and reviews without a film. */
import { describe, expect, it } from 'vitest';
import { makeReview } from './make-review.ts';
import type { TargetHandle } from './target.ts';

export function describeFilmMatching(target: TargetHandle): void {
  describe('film matching', () => {
    it('keys a film by the export key when there is no title', async () => {
      const [saved] = await target.store.saveReviews([makeReview({ sourceKey: 'a', film: { key: 'm/0814255' } })]);
      expect(await target.store.getFilm(saved?.filmId as number)).toEqual({
        id: saved?.filmId,
        key: 'key:m/0814255',
        title: null,
        year: null,
      });
      const [again] = await target.store.saveReviews([makeReview({ sourceKey: 'b', film: { key: 'm/0814255' } })]);
      expect(again?.filmId).toBe(saved?.filmId);
    });

    it('dates the undated film of a title when the same title arrives with a year', async () => {
      const [undated] = await target.store.saveReviews([makeReview({ sourceKey: 'a', film: { title: 'Amélie' } })]);
      const [dated] = await target.store.saveReviews([
        makeReview({ sourceKey: 'b', film: { title: 'AMELIE', year: 2001 } }),
      ]);
      expect(dated?.filmId).toBe(undated?.filmId);
      expect(await target.store.getFilm(dated?.filmId as number)).toMatchObject({
        key: 'title:amelie:2001',
        title: 'Amélie',
        year: 2001,
      });
      expect((await target.store.counts()).films).toBe(1);
      expect((await target.store.filmReviews(dated?.filmId as number)).length).toBe(2);
    });

    it('gives a title without a year the one dated film of that title', async () => {
      const [dated] = await target.store.saveReviews([
        makeReview({ sourceKey: 'a', film: { title: 'Heat', year: 1995 } }),
      ]);
      const [undated] = await target.store.saveReviews([makeReview({ sourceKey: 'b', film: { title: 'heat' } })]);
      expect(undated?.filmId).toBe(dated?.filmId);
      expect((await target.store.counts()).films).toBe(1);
    });

    it('keeps a title without a year apart when several dated films share the title', async () => {
      const remakes = await target.store.saveReviews([
        makeReview({ sourceKey: 'a', film: { title: 'Dune', year: 1984 } }),
        makeReview({ sourceKey: 'b', film: { title: 'Dune', year: 2021 } }),
      ]);
      const [ambiguous] = await target.store.saveReviews([makeReview({ sourceKey: 'c', film: { title: 'Dune' } })]);
      expect(remakes[0]?.filmId).not.toBe(remakes[1]?.filmId);
      expect([remakes[0]?.filmId, remakes[1]?.filmId]).not.toContain(ambiguous?.filmId);
      const [later] = await target.store.saveReviews([
        makeReview({ sourceKey: 'd', film: { title: 'Dune', year: 2000 } }),
      ]);
      expect(later?.filmId).not.toBe(ambiguous?.filmId);
      expect((await target.store.getFilm(ambiguous?.filmId as number))?.year).toBeNull();
    });

    it('matches titles within one batch the same way as across batches', async () => {
      const results = await target.store.saveReviews([
        makeReview({ sourceKey: 'a', film: { title: 'Parasite' } }),
        makeReview({ sourceKey: 'b', film: { title: 'Parasite', year: 2019 } }),
        makeReview({ sourceKey: 'c', film: { title: 'parasite' } }),
      ]);
      expect(new Set(results.map((result) => result.filmId)).size).toBe(1);
      expect(await target.store.getFilm(results[0]?.filmId as number)).toMatchObject({ year: 2019 });
    });

    it('files a review without a film under one untitled "unknown" film', async () => {
      const results = await target.store.saveReviews([
        makeReview({ sourceKey: 'a', film: null }),
        makeReview({ sourceKey: 'b', film: {} }),
      ]);
      expect(results[1]?.filmId).toBe(results[0]?.filmId);
      expect(await target.store.getFilm(results[0]?.filmId as number)).toMatchObject({ key: 'unknown', title: null });
    });

    it('never moves a review to another film when a document with its key names one', async () => {
      const [first] = await target.store.saveReviews([
        makeReview({ sourceKey: 'a', text: 'One.', film: { title: 'Wrong' } }),
      ]);
      const [second] = await target.store.saveReviews([
        makeReview({ sourceKey: 'a', text: 'Two.', film: { title: 'Right' } }),
      ]);
      expect(second).toMatchObject({ status: 'added', conflict: { reviewId: first?.reviewId, filmId: first?.filmId } });
      expect(second?.filmId).not.toBe(first?.filmId);
      expect((await target.store.filmReviews(first?.filmId as number)).map((review) => review.id)).toEqual([first?.reviewId]);
      expect((await target.store.filmReviews(second?.filmId as number)).map((review) => review.id)).toEqual([second?.reviewId]);
    });
  });
}
