/** The read side: film listing and search, review order, streaming every review, counts, and reopening. */
import { describe, expect, it } from 'vitest';
import type { StoredReview } from '../../domain/film.ts';
import { makeReview } from './make-review.ts';
import type { TargetHandle } from './target.ts';

export function describeReading(target: TargetHandle): void {
  describe('reading', () => {
    it("lists a film's reviews newest first, undated last, then by id", async () => {
      const film = { title: 'Order' };
      const results = await target.store.saveReviews([
        makeReview({ sourceKey: 'undated-1', film }),
        makeReview({ sourceKey: 'old', film, publishedAt: '2001-05-01' }),
        makeReview({ sourceKey: 'new', film, publishedAt: '2023-01-15' }),
        makeReview({ sourceKey: 'undated-2', film }),
        makeReview({ sourceKey: 'same-day-1', film, publishedAt: '2010-03-03' }),
        makeReview({ sourceKey: 'same-day-2', film, publishedAt: '2010-03-03' }),
      ]);
      const reviews = await target.store.filmReviews(results[0]?.filmId as number);
      expect(reviews.map((review) => review.sourceKey)).toEqual([
        'new',
        'same-day-1',
        'same-day-2',
        'old',
        'undated-1',
        'undated-2',
      ]);
    });

    it('counts reviews and positive verdicts from current versions only', async () => {
      const film = { title: 'Counted', year: 2020 };
      await target.store.saveReviews([
        makeReview({ sourceKey: 'a', film, verdict: 'positive' }),
        makeReview({ sourceKey: 'b', film, verdict: 'positive' }),
        makeReview({ sourceKey: 'c', film, verdict: 'negative' }),
      ]);
      await target.store.saveReviews([
        makeReview({ sourceKey: 'b', film, text: 'Changed my mind.', verdict: 'negative' }),
      ]);
      await target.store.saveReviews([makeReview({ sourceKey: 'z', film: { title: 'Other' } })]);
      const films = await target.store.listFilms();
      expect(films.map(({ title, reviewCount, positiveCount }) => ({ title, reviewCount, positiveCount }))).toEqual([
        { title: 'Counted', reviewCount: 3, positiveCount: 1 },
        { title: 'Other', reviewCount: 1, positiveCount: 1 },
      ]);
    });

    it('sums the expected positive count: a verdict read from the text by its probability, a known one as 1 or 0', async () => {
      const film = { title: 'Expected', year: 2021 };
      await target.store.saveReviews([
        makeReview({ sourceKey: 'doubt', film, verdict: 'positive', probability: 0.6 }),
        makeReview({ sourceKey: 'sure', film, verdict: 'positive', probability: 0.9 }),
        makeReview({ sourceKey: 'no', film, verdict: 'negative', probability: 0.2 }),
        makeReview({ sourceKey: 'label', film, verdict: 'positive', probability: 0.3, judgedBy: 'label' }),
      ]);
      const [summary] = (await target.store.listFilms()).filter((f) => f.title === 'Expected');
      expect(summary).toMatchObject({ reviewCount: 4, positiveCount: 3 });
      expect(summary!.expectedPositive).toBeCloseTo(0.6 + 0.9 + 0.2 + 1, 6);
    });

    it('finds films by exact title, then prefix, then substring, then export key, ignoring case and accents', async () => {
      await target.store.saveReviews([
        makeReview({ sourceKey: 'a', film: { title: 'Cowboys & Aliens', year: 2011 } }),
        makeReview({ sourceKey: 'b', film: { title: 'Aliens', year: 1986 } }),
        makeReview({ sourceKey: 'c', film: { key: 'alien_covenant' } }),
        makeReview({ sourceKey: 'd', film: { title: 'Alien', year: 1979 } }),
        makeReview({ sourceKey: 'e', film: { title: 'Amélie', year: 2001 } }),
        makeReview({ sourceKey: 'f', film: { title: '100% Wolf', year: 2020 } }),
        makeReview({ sourceKey: 'g', film: { title: '1000 Ways', year: 2008 } }),
      ]);
      const found = await target.store.findFilms('ALIEN');
      expect(found.map((film) => film.title ?? film.key)).toEqual([
        'Alien',
        'Aliens',
        'Cowboys & Aliens',
        'key:alien_covenant',
      ]);
      expect((await target.store.findFilms('amelie')).map((film) => film.title)).toEqual(['Amélie']);
      expect((await target.store.findFilms('  ')).length).toBe(0);
      // % and _ in a query are plain characters, not wildcards.
      expect((await target.store.findFilms('100%')).map((film) => film.title)).toEqual(['100% Wolf']);
    });

    it('returns null for a film that does not exist and no dropped lines for an unknown version', async () => {
      expect(await target.store.getFilm(987_654)).toBeNull();
      expect(await target.store.droppedLines(987_654)).toEqual([]);
    });

    it('streams every current review in film then review order, across pages', async () => {
      const batch = Array.from({ length: 1_205 }, (_, n) =>
        makeReview({ sourceKey: `row-${n}`, film: { key: `film-${n % 3}` }, critic: `Critic ${n % 40}` }),
      );
      await target.store.saveReviews(batch);
      await target.store.saveReviews([makeReview({ sourceKey: 'row-7', text: 'Revised.', film: { key: 'film-1' } })]);
      const streamed: StoredReview[] = [];
      for await (const review of target.store.allReviews()) {
        // A consumer may query the store while it streams (an export joining film titles, for instance).
        if (streamed.length % 400 === 0) await target.store.getFilm(review.filmId);
        streamed.push(review);
      }
      expect(streamed.length).toBe(1_205);
      const order = streamed.map((review) => [review.filmId, review.id] as const);
      const sorted = [...order].sort((left, right) => left[0] - right[0] || left[1] - right[1]);
      expect(order).toEqual(sorted);
      expect(streamed.find((review) => review.sourceKey === 'row-7')).toMatchObject({ version: 2, text: 'Revised.' });
    });

    it('counts every table', async () => {
      await target.store.saveReviews([
        makeReview({ sourceKey: 'a', critic: 'Ann', outlet: 'Post', dropped: [{ text: 'Ad', reason: 'advert' }] }),
        makeReview({ sourceKey: 'b', critic: 'Bob', film: { key: 'k1' } }),
      ]);
      await target.store.saveReviews([makeReview({ sourceKey: 'a', text: 'Edited.', critic: 'Ann', outlet: 'Post' })]);
      expect(await target.store.counts()).toEqual({
        films: 2,
        reviews: 2,
        reviewVersions: 3,
        documents: 3,
        critics: 2,
        outlets: 1,
        droppedLines: 1,
        reviewFacts: 0,
        duplicates: 0,
      });
    });

    it('keeps everything when the store is closed and opened again', async (context) => {
      const reopen = target.reopen;
      if (reopen === undefined) context.skip();
      const [saved] = await target.store.saveReviews([
        makeReview({ sourceKey: 'a', critic: 'Ann', dropped: [{ text: 'Ad', reason: 'advert' }] }),
      ]);
      const counts = await target.store.counts();
      await target.store.close();
      const again = await (reopen as () => Promise<typeof target.store>)();
      try {
        expect(await again.counts()).toEqual(counts);
        const [review] = await again.filmReviews(saved?.filmId as number);
        expect(review).toMatchObject({ id: saved?.reviewId, critic: 'Ann' });
        expect(await again.droppedLines(review?.versionId as number)).toEqual([{ text: 'Ad', reason: 'advert' }]);
        const [resaved] = await again.saveReviews([
          makeReview({ sourceKey: 'a', critic: 'Ann', dropped: [{ text: 'Ad', reason: 'advert' }] }),
        ]);
        expect(resaved).toMatchObject({ status: 'unchanged', reviewId: saved?.reviewId });
      } finally {
        await again.close();
      }
    });
  });
}
