/** saveReviews: statuses, idempotency, versions, name dedupe, dropped lines, and all-or-nothing batches. */
import { describe, expect, it } from 'vitest';
import { PlauditError } from '../../domain/errors.ts';
import { makeReview } from './make-review.ts';
import type { TargetHandle } from './target.ts';

export function describeSaving(target: TargetHandle): void {
  describe('saveReviews', () => {
    it('returns one result per item in input order, all added for new reviews', async () => {
      const batch = [makeReview({ sourceKey: 'a' }), makeReview({ sourceKey: 'b' }), makeReview({ sourceKey: 'c' })];
      const results = await target.store.saveReviews(batch);
      expect(results.map((result) => [result.sourceName, result.status])).toEqual([
        ['a (fixture)', 'added'],
        ['b (fixture)', 'added'],
        ['c (fixture)', 'added'],
      ]);
      expect(new Set(results.map((result) => result.reviewId)).size).toBe(3);
      expect(await target.store.saveReviews([])).toEqual([]);
    });

    it('re-saving the same content writes nothing and returns the same ids', async () => {
      const batch = [makeReview({ sourceKey: 'a', critic: 'Ann' }), makeReview({ sourceKey: 'b', outlet: 'Globe' })];
      const first = await target.store.saveReviews(batch);
      const countsBefore = await target.store.counts();
      const second = await target.store.saveReviews(batch);
      expect(second.map((result) => result.status)).toEqual(['unchanged', 'unchanged']);
      expect(second.map(({ reviewId, filmId }) => ({ reviewId, filmId }))).toEqual(
        first.map(({ reviewId, filmId }) => ({ reviewId, filmId })),
      );
      expect(await target.store.counts()).toEqual(countsBefore);
    });

    it('treats a repeated hash within one batch as unchanged', async () => {
      const review = makeReview({ sourceKey: 'a' });
      const results = await target.store.saveReviews([review, review]);
      expect(results.map((result) => result.status)).toEqual(['added', 'unchanged']);
      expect(results[1]?.reviewId).toBe(results[0]?.reviewId);
      expect((await target.store.counts()).documents).toBe(1);
    });

    it('knownHashes reports only stored hashes', async () => {
      const stored = makeReview({ sourceKey: 'a' });
      await target.store.saveReviews([stored]);
      const other = makeReview({ sourceKey: 'b' });
      const known = await target.store.knownHashes([stored.document.contentHash, other.document.contentHash]);
      expect([...known]).toEqual([stored.document.contentHash]);
    });

    it('stores changed content under a known source key as a new version of the same review', async () => {
      const [first] = await target.store.saveReviews([makeReview({ sourceKey: 'a', text: 'Good.', dropped: [ad] })]);
      const [second] = await target.store.saveReviews([makeReview({ sourceKey: 'a', text: 'Great, on reflection.' })]);
      expect(second?.status).toBe('new-version');
      expect(second?.reviewId).toBe(first?.reviewId);
      const [current] = await target.store.filmReviews(second?.filmId as number);
      expect(current).toMatchObject({ id: first?.reviewId, version: 2, text: 'Great, on reflection.' });
      expect(await target.store.counts()).toMatchObject({ reviews: 1, reviewVersions: 2, documents: 2 });
      expect(await target.store.droppedLines(current?.versionId as number)).toEqual([]);
    });

    it('numbers versions of one source key repeated within a batch', async () => {
      const results = await target.store.saveReviews([
        makeReview({ sourceKey: 'a', text: 'First take.' }),
        makeReview({ sourceKey: 'a', text: 'Second take.' }),
      ]);
      expect(results.map((result) => result.status)).toEqual(['added', 'new-version']);
      const [current] = await target.store.filmReviews(results[0]?.filmId as number);
      expect(current).toMatchObject({ version: 2, text: 'Second take.' });
    });

    it('deduplicates critics and outlets by name key and keeps the first spelling', async () => {
      await target.store.saveReviews([
        makeReview({ sourceKey: 'a', critic: 'Amélie  Poulain', outlet: 'Le Monde' }),
        makeReview({ sourceKey: 'b', critic: 'AMELIE poulain', outlet: 'le monde ' }),
      ]);
      await target.store.saveReviews([makeReview({ sourceKey: 'c', critic: ' amelie POULAIN', outlet: 'LE MONDE' })]);
      expect(await target.store.counts()).toMatchObject({ critics: 1, outlets: 1 });
      const films = await target.store.listFilms();
      const reviews = await target.store.filmReviews(films[0]?.id as number);
      expect(new Set(reviews.map((review) => `${review.critic} / ${review.outlet}`))).toEqual(
        new Set(['Amélie Poulain / Le Monde']),
      );
    });

    it('keeps the dropped lines of a version in their order', async () => {
      const dropped = [
        ad,
        { text: 'Photo: Studio', reason: 'photo-credit' as const },
        { text: 'Share', reason: 'site-navigation' as const },
      ];
      const [saved] = await target.store.saveReviews([makeReview({ sourceKey: 'a', dropped })]);
      const [review] = await target.store.filmReviews(saved?.filmId as number);
      expect(await target.store.droppedLines(review?.versionId as number)).toEqual(dropped);
      expect((await target.store.counts()).droppedLines).toBe(3);
    });

    it('writes nothing of a batch in which one item fails, and forgets ids from the failed batch', async () => {
      await target.store.saveReviews([makeReview({ sourceKey: 'kept', critic: 'Kept Critic' })]);
      const before = await target.store.counts();
      const invalid = makeReview({ sourceKey: 'bad', critic: 'Bad Critic' });
      (invalid.judgement as { verdict: string }).verdict = 'maybe';
      const batch = [
        makeReview({ sourceKey: 'new', critic: 'Alpha', outlet: 'Alpha Post', film: { title: 'Fresh' } }),
        invalid,
      ];
      const failure = await target.store.saveReviews(batch).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(PlauditError);
      expect(failure).toMatchObject({ code: 'store-failed' });
      expect((failure as PlauditError).cause).toBeDefined();
      expect(await target.store.counts()).toEqual(before);
      // New names first, so ids handed out in the failed transaction would be reused if they were still cached.
      const results = await target.store.saveReviews([
        makeReview({ sourceKey: 'beta', critic: 'Beta', outlet: 'Beta Post', film: { title: 'Other' } }),
        makeReview({ sourceKey: 'new', critic: 'Alpha', outlet: 'Alpha Post', film: { title: 'Fresh' } }),
      ]);
      const fresh = await target.store.filmReviews(results[1]?.filmId as number);
      expect(fresh.map((review) => [review.critic, review.outlet])).toEqual([['Alpha', 'Alpha Post']]);
      expect((await target.store.getFilm(results[1]?.filmId as number))?.title).toBe('Fresh');
    });

    it('keeps every field of a review through a save and a read', async () => {
      const review = makeReview({
        sourceKey: 'full',
        critic: 'Ann Hornaday',
        outlet: 'The Washington Post',
        publishedAt: '2021-10-21',
        rating: { raw: '3.5/4', score: 88, scale: 'fraction' },
        verdict: 'positive',
        topCritic: true,
        url: 'https://example.org/review',
      });
      const [saved] = await target.store.saveReviews([review]);
      const [stored] = await target.store.filmReviews(saved?.filmId as number);
      expect(stored).toMatchObject({
        id: saved?.reviewId,
        version: 1,
        filmId: saved?.filmId,
        sourceName: 'full (fixture)',
        sourceKey: 'full',
        critic: 'Ann Hornaday',
        outlet: 'The Washington Post',
        publishedAt: '2021-10-21',
        ratingRaw: '3.5/4',
        ratingScore: 88,
        verdict: 'positive',
        probability: review.judgement.probability,
        score: review.judgement.score,
        verdictSource: 'text',
        scoreSource: 'text',
        text: review.draft.text,
        firstSentence: review.draft.firstSentence,
        topCritic: true,
        url: 'https://example.org/review',
        evidence: review.judgement.evidence,
        stageVersions: { clean: 'clean-test-1', extract: 'extract-test-1', judge: 'judge-test-1' },
      });
    });
  });
}

const ad = { text: 'Advertisement', reason: 'advert' as const };
