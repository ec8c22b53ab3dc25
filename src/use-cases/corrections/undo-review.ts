/**
 * Reversing review corrections (undo.ts): a set, remove or restore entry writes its correction before back, a move
 * moves the review back. Each refuses when the review has changed since the entry, naming the later change, so an
 * undo never silently throws away a change made after the one it reverses.
 */
import type { AuditAction, AuditEntry } from '../../domain/audit.ts';
import { sameCorrection } from '../../domain/correction.ts';
import { PlauditError } from '../../domain/errors.ts';
import type { EditAuthor } from '../../store/edit-port.ts';
import type { Reverser, UndoStore } from '../undo.ts';
import { reviewOrThrow, type CorrectionAuditState, type MoveAuditState } from './correction-store.ts';

async function undoCorrection(store: UndoStore, entry: AuditEntry, author: EditAuthor): Promise<number> {
  const before = entry.before as CorrectionAuditState;
  const after = entry.after as CorrectionAuditState;
  const review = await reviewOrThrow(store, entry.targetId);
  const now = await store.reviewCorrection(review.id);
  if (!sameCorrection(now, after.correction)) await refuseChanged(store, entry);
  return store.putReviewCorrection(review.id, before.correction, {
    ...undoEntryFields(entry, author),
    filmId: review.filmId,
    before: { correction: now },
    after: { correction: before.correction },
  });
}

async function undoMove(store: UndoStore, entry: AuditEntry, author: EditAuthor): Promise<number> {
  const before = entry.before as MoveAuditState;
  const after = entry.after as MoveAuditState;
  const review = await reviewOrThrow(store, entry.targetId);
  if (review.filmId !== after.filmId) await refuseChanged(store, entry);
  return store.moveReview(review.id, before.filmId, {
    ...undoEntryFields(entry, author),
    filmId: before.filmId,
    before: { filmId: review.filmId },
    after: { filmId: before.filmId },
  });
}

function undoEntryFields(entry: AuditEntry, author: EditAuthor) {
  return {
    actor: author.actor,
    action: 'undo' as const,
    targetKind: entry.targetKind,
    targetId: entry.targetId,
    reason: author.reason,
    undoes: entry.id,
  };
}

async function refuseChanged(store: UndoStore, entry: AuditEntry): Promise<never> {
  const [latest] = await store.auditLog({ targetKind: 'review', targetId: entry.targetId, limit: 1 });
  const later = latest !== undefined && latest.id !== entry.id ? ` (entry ${latest.id}, ${latest.action}, is the latest); undo that first` : '';
  throw new PlauditError('invalid-argument', `cannot undo entry ${entry.id}: review ${entry.targetId} has changed since${later}`);
}

export const reviewReversers: Partial<Record<Exclude<AuditAction, 'undo'>, Reverser>> = {
  'review.set': undoCorrection,
  'review.remove': undoCorrection,
  'review.restore': undoCorrection,
  'review.move': undoMove,
};
