/** importCatalog: which film an entry describes, created/updated/unchanged, rejected ids, and reviews untouched. */
import { describe, expect, it } from 'vitest';
import { makeReview } from './make-review.ts';
import type { TargetHandle } from './target.ts';

export function describeCatalog(target: TargetHandle): void {
  describe('film catalog', () => {
    it('creates the key film when missing, then updates and leaves it unchanged on re-import', async () => {
      const store = target.store;
      const entry = { key: '3', year: 2012, ids: {}, directors: ['David Cronenberg'], runtimeMinutes: 108, genres: ['Drama'] };
      const [created] = await store.importCatalog([entry]);
      expect(created).toMatchObject({ status: 'created' });
      const filmId = (created as { filmId: number }).filmId;
      expect(await store.getFilm(filmId)).toMatchObject({ key: 'key:3', title: null, year: 2012 });
      expect(await store.importCatalog([entry])).toEqual([{ status: 'unchanged', filmId }]);
      expect(await store.importCatalog([{ key: '3', ids: {}, mpaaRating: 'R' }])).toEqual([{ status: 'updated', filmId }]);
      // Fields an entry leaves out stay as they were.
      expect(await store.filmCatalogFacts(filmId)).toMatchObject({ directors: ['David Cronenberg'], runtimeMinutes: 108, genres: ['Drama'], mpaaRating: 'R' });
    });

    it('describes the film the reviews already point at by key, without touching a review', async () => {
      const store = target.store;
      const [saved] = await store.saveReviews([makeReview({ sourceKey: 'a', film: { key: '3' }, verdict: 'negative', score: 20 })]);
      const before = await store.filmReviews(saved!.filmId);
      const countsBefore = await store.counts();
      const [result] = await store.importCatalog([{ key: '3', year: 2012, ids: {}, directors: ['David Cronenberg'] }]);
      expect(result).toEqual({ status: 'updated', filmId: saved!.filmId });
      expect(await store.filmReviews(saved!.filmId)).toEqual(before);
      expect(await store.counts()).toEqual(countsBefore);
      // Later reviews of the key still land on the same film (the film resolver's cache was not left stale).
      const [later] = await store.saveReviews([makeReview({ sourceKey: 'b', film: { key: '3' } })]);
      expect(later!.filmId).toBe(saved!.filmId);
    });

    it('finds a film by title and year, dating the one undated film of that title', async () => {
      const store = target.store;
      const [saved] = await store.saveReviews([makeReview({ sourceKey: 'a', film: { title: 'Halloween' } })]);
      const [result] = await store.importCatalog([{ title: 'Halloween', year: 1978, ids: { imdb: 'tt0077651' } }]);
      expect(result).toEqual({ status: 'updated', filmId: saved!.filmId });
      expect(await store.getFilm(saved!.filmId)).toMatchObject({ key: 'title:halloween:1978', year: 1978 });
      const [byId] = await store.importCatalog([{ ids: { imdb: 'tt0077651' }, runtimeMinutes: 91 }]);
      expect(byId).toEqual({ status: 'updated', filmId: saved!.filmId });
      const [later] = await store.saveReviews([makeReview({ sourceKey: 'b', film: { title: 'Halloween', year: 1978 } })]);
      expect(later!.filmId).toBe(saved!.filmId);
    });

    it('rejects an IMDb id already on another film, or given twice, and lands the rest of the batch', async () => {
      const store = target.store;
      const results = await store.importCatalog([
        { title: 'Halloween', year: 1978, ids: { imdb: 'tt0077651' } },
        { title: 'Halloween', year: 2007, ids: { imdb: 'tt0077651' } },
        { title: 'Heat', year: 1995, ids: { imdb: 'tt0113277' } },
        { key: 'h2', title: 'Halloween II', ids: { imdb: 'tt0077651' } },
      ]);
      expect(results.map((r) => r.status)).toEqual(['created', 'rejected', 'created', 'rejected']);
      const first = (results[0] as { filmId: number }).filmId;
      expect(results[1]).toEqual({ status: 'rejected', reason: `tt0077651 is already film ${first}, Halloween (1978); it is dated 1978, not 2007` });
      expect(results[3]).toEqual({ status: 'rejected', reason: `tt0077651 is already film ${first}, Halloween (1978) (given twice in this import)` });
      expect((await store.counts()).films).toBe(2);
      expect(await store.importCatalog([{ title: 'Heat', year: 1995, ids: { imdb: 'tt0113277' } }])).toEqual([
        { status: 'unchanged', filmId: (results[2] as { filmId: number }).filmId },
      ]);
    });

    it('replaces aliases and keeps the catalog apart from the review credits', async () => {
      const store = target.store;
      const [created] = await store.importCatalog([{ title: 'Amélie', year: 2001, originalTitle: 'Le Fabuleux Destin d’Amélie Poulain', aliases: ['Amelie', 'AMELIE'], ids: {} }]);
      const filmId = (created as { filmId: number }).filmId;
      expect(await store.filmCatalogFacts(filmId)).toMatchObject({ aliases: ['Amelie'], originalTitle: 'Le Fabuleux Destin d’Amélie Poulain' });
      expect(await store.filmFacts(filmId)).toEqual([]);
    });
  });
}
