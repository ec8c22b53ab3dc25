/**
 * Correcting a review: set its verdict and/or score, remove it from its film's counts, restore it. Each checks its
 * input, works out the correction before and after, and has the store write it with its audit entry in one
 * transaction. The correction is kept apart from the judged figures, so it outlasts re-ingesting and new versions.
 */
import type { EditAuthor } from '../../store/edit-port.ts';
import type { CorrectionState } from '../../domain/correction.ts';
import { PlauditError } from '../../domain/errors.ts';
import type { StoredReview } from '../../domain/film.ts';
import type { Verdict } from '../../domain/verdict.ts';
import { reviewAfter, reviewOrThrow, type CorrectionResult, type ReviewCorrectionStore } from './correction-store.ts';
import type { AuditAction } from '../../domain/audit.ts';

export interface ReviewSetRequest {
  id: number;
  author: EditAuthor;
  verdict?: Verdict;
  score?: number;
  /** Why, in the editor's words; kept with the correction and in the audit entry. */
  note?: string;
}

const VERDICTS: ReadonlySet<string> = new Set(['positive', 'negative']);

/** @example await setReview(store, { id: 7, verdict: 'negative', note: 'sarcasm', author: { actor: 'cli:ann', reason: '' } }) */
export async function setReview(store: ReviewCorrectionStore, request: ReviewSetRequest): Promise<CorrectionResult> {
  const { id, author } = request;
  if (request.verdict !== undefined && !VERDICTS.has(request.verdict)) {
    throw new PlauditError('invalid-argument', `verdict must be positive or negative, not "${String(request.verdict)}"`);
  }
  if (request.score !== undefined && !(Number.isInteger(request.score) && request.score >= 0 && request.score <= 100)) {
    throw new PlauditError('invalid-argument', `score must be a whole number from 0 to 100, not ${String(request.score)}`);
  }
  if (request.verdict === undefined && request.score === undefined) {
    throw new PlauditError('invalid-argument', 'nothing to change: give a verdict, a score, or both');
  }
  const review = await reviewOrThrow(store, id);
  const before = await store.reviewCorrection(id);
  const note = request.note ?? author.reason;
  const after: CorrectionState = {
    ...(before ?? emptyState(review)),
    ...(request.verdict === undefined ? {} : { verdict: request.verdict }),
    ...(request.score === undefined ? {} : { score: request.score }),
    note,
    version: review.version,
  };
  const changed = changedFields(review, request);
  if (changed.length === 0) {
    throw new PlauditError('invalid-argument', `nothing to change: review ${id} already reads ${review.verdict}, ${review.score}`);
  }
  return write(store, { review, action: 'review.set', before: before, after, author: { ...author, reason: note }, changed });
}

export async function removeReview(store: ReviewCorrectionStore, request: { id: number; reason: string; author: EditAuthor }): Promise<CorrectionResult> {
  const { id, reason, author } = request;
  if (reason.trim() === '') throw new PlauditError('invalid-argument', 'say why the review is removed (a reason)');
  const review = await reviewOrThrow(store, id);
  if (review.correction?.removed === true) {
    throw new PlauditError('invalid-argument', `nothing to change: review ${id} is already removed (${review.correction.removedReason ?? ''})`);
  }
  const before = await store.reviewCorrection(id);
  const after: CorrectionState = { ...(before ?? emptyState(review)), removed: true, removedReason: reason, version: review.version };
  return write(store, { review, action: 'review.remove', before, after, author: { ...author, reason }, changed: ['removed'] });
}

export async function restoreReview(store: ReviewCorrectionStore, request: { id: number; author: EditAuthor }): Promise<CorrectionResult> {
  const { id, author } = request;
  const review = await reviewOrThrow(store, id);
  const before = await store.reviewCorrection(id);
  if (before === null || !before.removed) throw new PlauditError('invalid-argument', `nothing to change: review ${id} is not removed`);
  const after: CorrectionState = { ...before, removed: false, removedReason: null };
  return write(store, { review, action: 'review.restore', before, after, author, changed: ['removed'] });
}

function emptyState(review: StoredReview): CorrectionState {
  return { verdict: null, score: null, note: '', removed: false, removedReason: null, version: review.version };
}

function changedFields(review: StoredReview, request: Pick<ReviewSetRequest, 'verdict' | 'score'>): string[] {
  const changed: string[] = [];
  // Setting what the review already reads is a change only when it was the judge's: it pins it against re-reading.
  if (request.verdict !== undefined && (request.verdict !== review.verdict || review.verdictSource !== 'editor')) changed.push('verdict');
  if (request.score !== undefined && (request.score !== review.score || review.scoreSource !== 'editor')) changed.push('score');
  return changed;
}

interface CorrectionWrite {
  review: StoredReview;
  action: AuditAction;
  before: CorrectionState | null;
  after: CorrectionState;
  author: EditAuthor;
  changed: string[];
}

async function write(store: ReviewCorrectionStore, change: CorrectionWrite): Promise<CorrectionResult> {
  const { review, author } = change;
  const auditId = await store.putReviewCorrection(review.id, change.after, {
    actor: author.actor,
    action: change.action,
    targetKind: 'review',
    targetId: review.id,
    filmId: review.filmId,
    reason: author.reason,
    before: { correction: change.before },
    after: { correction: change.after },
  });
  return { auditId, review: await reviewAfter(store, review.id), changed: change.changed };
}
