/** Moving a review to the film it is really about; the audit entry records the film before and after. */
import { PlauditError } from '../../domain/errors.ts';
import type { EditAuthor } from '../../store/edit-port.ts';
import { findFilm, type FilmNameWording } from '../find-film.ts';
import { reviewAfter, reviewOrThrow, type CorrectionResult, type ReviewCorrectionStore } from './correction-store.ts';

export interface ReviewMoveRequest {
  id: number;
  /** The film's name in any form find-film.ts reads: id, IMDb id, key, "Title (Year)", title, slug. */
  film: string;
  author: EditAuthor;
  wording?: FilmNameWording;
}

/** @example await moveReview(store, { id: 7, film: 'Halloween (1978)', author: { actor: 'cli:ann', reason: 'wrong film' } }) */
export async function moveReview(store: ReviewCorrectionStore, request: ReviewMoveRequest): Promise<CorrectionResult> {
  const { id, film, author, wording } = request;
  const review = await reviewOrThrow(store, id);
  const to = await findFilm(store, film, wording);
  if (to.id === review.filmId) throw new PlauditError('invalid-argument', `nothing to change: review ${id} is already on film ${to.id}`);
  const auditId = await store.moveReview(review.id, to.id, {
    actor: author.actor,
    action: 'review.move',
    targetKind: 'review',
    targetId: review.id,
    // Filed under the film it went to; the film it left is in `before`.
    filmId: to.id,
    reason: author.reason,
    before: { filmId: review.filmId },
    after: { filmId: to.id },
  });
  return { auditId, review: await reviewAfter(store, id), changed: ['film'] };
}
