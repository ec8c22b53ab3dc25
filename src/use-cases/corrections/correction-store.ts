/** What the correction use cases need from the store, and the shapes their audit entries record. */
import type { CorrectionState } from '../../domain/correction.ts';
import { PlauditError } from '../../domain/errors.ts';
import type { StoredReview } from '../../domain/film.ts';
import type { CorrectionStore } from '../../store/correction-port.ts';
import type { EditStore } from '../../store/edit-port.ts';
import type { FilmLookupStore } from '../find-film.ts';

export type ReviewCorrectionStore = CorrectionStore & FilmLookupStore & Pick<EditStore, 'auditEntry'>;

/** What an undo may need: every editorial write (film, critic and outlet reversers use the edit port). */
export type UndoStore = ReviewCorrectionStore & EditStore;

/** before/after of review.set, review.remove and review.restore entries (and of their undos). */
export interface CorrectionAuditState {
  correction: CorrectionState | null;
}

/** before/after of review.move entries (and of their undos). */
export interface MoveAuditState {
  filmId: number;
}

/** Every correction use case returns this: the entry it wrote, and the review as it now reads. */
export interface CorrectionResult {
  auditId: number;
  review: StoredReview;
  /** Field names whose value changed: verdict, score, note, removed, film. */
  changed: string[];
}

export async function reviewOrThrow(store: ReviewCorrectionStore, id: number): Promise<StoredReview> {
  if (!Number.isInteger(id) || id <= 0) throw new PlauditError('invalid-argument', `"${id}" is not a review id (a positive whole number)`);
  const review = await store.reviewById(id);
  if (review === null) throw new PlauditError('not-found', `no review has id ${id}`);
  return review;
}

/** Re-reads the review after a change; the change committed, so it is there. */
export async function reviewAfter(store: ReviewCorrectionStore, id: number): Promise<StoredReview> {
  const review = await store.reviewById(id);
  if (review === null) throw new PlauditError('internal', `review ${id} vanished after it was corrected`);
  return review;
}
