/**
 * A source key (a URL, a path, a row's place) makes a new version only of a review of the same film, by the same
 * critic or outlet, sent by the same sender; otherwise both reviews are kept and the save reports the conflict.
 */
import { describe, expect, it } from 'vitest';
import { makeReview } from './make-review.ts';
import type { TargetHandle } from './target.ts';

const FILM = { title: 'Shared Key', year: 2020 };
const OTHER_FILM = { title: 'Other Film', year: 2021 };
const URL = 'https://example.com/review';

export function describeSourceIdentity(target: TargetHandle): void {
  describe('source keys', () => {
    it('makes a new version of a review of the same film by the same critic', async () => {
      const [first] = await target.store.saveReviews([makeReview({ sourceKey: URL, film: FILM, critic: 'Ana Lima', text: 'First.' })]);
      const [second] = await target.store.saveReviews([makeReview({ sourceKey: URL, film: FILM, critic: 'Ana Lima', text: 'Edited.' })]);
      expect(second).toMatchObject({ status: 'new-version', reviewId: first?.reviewId });
      expect(second?.conflict).toBeUndefined();
    });

    it('makes a new version when the critic becomes known, since nothing known differs', async () => {
      const [first] = await target.store.saveReviews([makeReview({ sourceKey: URL, film: FILM, text: 'First.' })]);
      const [second] = await target.store.saveReviews([makeReview({ sourceKey: URL, film: FILM, critic: 'Ana Lima', outlet: 'Desk', text: 'Edited.' })]);
      expect(second).toMatchObject({ status: 'new-version', reviewId: first?.reviewId });
    });

    it('keeps both reviews and reports the conflict when another critic and outlet use the key', async () => {
      const [first] = await target.store.saveReviews([makeReview({ sourceKey: URL, film: FILM, critic: 'Ana Lima', outlet: 'Desk', text: 'First.' })]);
      const [second] = await target.store.saveReviews([makeReview({ sourceKey: URL, film: FILM, critic: 'Rui Costa', outlet: 'Norte', text: 'Other.' })]);
      expect(second).toMatchObject({ status: 'added', conflict: { reviewId: first?.reviewId, reason: expect.stringMatching(/another critic and outlet/) } });
      expect(second?.reviewId).not.toBe(first?.reviewId);
      const reviews = await target.store.filmReviews(first?.filmId as number);
      expect(reviews.map((r) => r.text).sort()).toEqual(['First.', 'Other.']);
    });

    it('keeps every row of a batch that repeats one key across films, and reports each conflict', async () => {
      const results = await target.store.saveReviews([
        makeReview({ sourceKey: URL, film: FILM, text: 'One.' }),
        makeReview({ sourceKey: URL, film: OTHER_FILM, text: 'Two.' }),
        makeReview({ sourceKey: URL, film: { title: 'Third Film' }, text: 'Three.' }),
      ]);
      expect(results.map((r) => r.status)).toEqual(['added', 'added', 'added']);
      expect(new Set(results.map((r) => r.reviewId)).size).toBe(3);
      expect(results.map((r) => r.conflict?.reviewId)).toEqual([undefined, results[0]!.reviewId, results[0]!.reviewId]);
      expect((await target.store.counts()).reviews).toBe(3);
    });

    it('gives a second review of its own its next version, not a third review', async () => {
      await target.store.saveReviews([makeReview({ sourceKey: URL, film: FILM, text: 'One.' })]);
      const [other] = await target.store.saveReviews([makeReview({ sourceKey: URL, film: OTHER_FILM, text: 'Two.' })]);
      const [again] = await target.store.saveReviews([makeReview({ sourceKey: URL, film: OTHER_FILM, text: 'Two.' })]);
      const [edited] = await target.store.saveReviews([makeReview({ sourceKey: URL, film: OTHER_FILM, text: 'Two, edited.' })]);
      expect(again).toMatchObject({ status: 'unchanged', reviewId: other?.reviewId });
      expect(edited).toMatchObject({ status: 'new-version', reviewId: other?.reviewId });
      expect((await target.store.counts()).reviews).toBe(2);
    });

    it('lets an API token extend only the reviews it added', async () => {
      const [byA] = await target.store.saveReviews([makeReview({ sourceKey: URL, film: FILM, critic: 'Ana Lima', text: 'A.', apiTokenId: 1 })]);
      const [byB] = await target.store.saveReviews([makeReview({ sourceKey: URL, film: FILM, critic: 'Ana Lima', text: 'B rewrites.', apiTokenId: 2 })]);
      expect(byB).toMatchObject({ status: 'added', conflict: { reviewId: byA?.reviewId, reason: expect.stringMatching(/another sender/) } });
      const [againA] = await target.store.saveReviews([makeReview({ sourceKey: URL, film: FILM, critic: 'Ana Lima', text: 'A, edited.', apiTokenId: 1 })]);
      expect(againA).toMatchObject({ status: 'new-version', reviewId: byA?.reviewId });
      const [review] = (await target.store.filmReviews(byA?.filmId as number)).filter((r) => r.id === byA?.reviewId);
      expect(review?.text).toBe('A, edited.');
    });

    it('never lets an API token extend a review the CLI added', async () => {
      const [cli] = await target.store.saveReviews([makeReview({ sourceKey: URL, film: FILM, text: 'From a file.' })]);
      const [token] = await target.store.saveReviews([makeReview({ sourceKey: URL, film: FILM, text: 'From the API.', apiTokenId: 1 })]);
      expect(token).toMatchObject({ status: 'added', conflict: { reviewId: cli?.reviewId } });
    });
  });
}
