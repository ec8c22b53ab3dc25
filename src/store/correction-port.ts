/**
 * What review corrections and the audit log need from the store (issue 15): a review read by id whether removed or
 * not, its correction as stored, and the two writes, each committed in one transaction with its audit entry.
 */
import type { AuditEntry, AuditEntryInput } from '../domain/audit.ts';
import type { CorrectionState } from '../domain/correction.ts';
import type { StoredReview } from '../domain/film.ts';

export interface AuditLogQuery {
  filmId?: number;
  targetKind?: AuditEntry['targetKind'];
  targetId?: number;
  limit?: number;
}

export interface CorrectionStore {
  /** The review's current version with its correction applied; a removed review too. Null for no such review. */
  reviewById(id: number): Promise<StoredReview | null>;
  /** The review's correction as stored, or null when it has none. */
  reviewCorrection(reviewId: number): Promise<CorrectionState | null>;
  /** Writes the correction (null or empty deletes it) and the audit entry in one transaction; returns the entry id. */
  putReviewCorrection(reviewId: number, state: CorrectionState | null, entry: AuditEntryInput): Promise<number>;
  /** Moves the review to another film and writes the audit entry in one transaction; returns the entry id. */
  moveReview(reviewId: number, filmId: number, entry: AuditEntryInput): Promise<number>;
  /** Audit entries, newest first. */
  auditLog(query: AuditLogQuery): Promise<AuditEntry[]>;
}
