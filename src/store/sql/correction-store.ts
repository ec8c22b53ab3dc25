/**
 * The SQLite store with the correction port (correction-port.ts) on top of the edit store: each correction or move
 * commits with its audit entry in one write transaction (review-corrections.ts, audit-log.ts), and the film it
 * touches is read in context again, since a corrected or removed review leaves the pooled reading.
 */
import type { Kysely } from 'kysely';
import type { AuditEntry, AuditEntryInput } from '../../domain/audit.ts';
import type { CorrectionState } from '../../domain/correction.ts';
import type { StoredReview } from '../../domain/film.ts';
import type { AuditLogQuery, CorrectionStore } from '../correction-port.ts';
import { appendAudit, readAudit } from './audit-log.ts';
import { reviewById } from './read-reviews.ts';
import * as corrections from './review-corrections.ts';
import { SqlEditStore } from './edit-store.ts';
import type { SqlStoreOptions } from './review-store.ts';
import type { Tables } from './tables.ts';

export class SqlCorrectionStore extends SqlEditStore implements CorrectionStore {
  readonly #db: Kysely<Tables>;

  constructor(options: SqlStoreOptions) {
    super(options);
    this.#db = options.db;
  }

  reviewById(id: number): Promise<StoredReview | null> {
    return reviewById(this.#db, id);
  }

  reviewCorrection(reviewId: number): Promise<CorrectionState | null> {
    return corrections.correctionState(this.#db, reviewId);
  }

  putReviewCorrection(reviewId: number, state: CorrectionState | null, entry: AuditEntryInput): Promise<number> {
    return this.#change('correct a review', async (db, now) => {
      await corrections.putCorrection(db, reviewId, state, { actor: entry.actor, at: now });
      const auditId = await appendAudit(db, entry, now);
      return { result: auditId, filmIds: entry.filmId === null ? [] : [entry.filmId] };
    });
  }

  moveReview(reviewId: number, filmId: number, entry: AuditEntryInput): Promise<number> {
    return this.#change('move a review', async (db, now) => {
      const from = await db.selectFrom('reviews').select('film_id').where('id', '=', reviewId).executeTakeFirstOrThrow();
      await corrections.setReviewFilm(db, reviewId, filmId);
      const auditId = await appendAudit(db, entry, now);
      return { result: auditId, filmIds: [from.film_id, filmId] };
    });
  }

  auditLog(query: AuditLogQuery): Promise<AuditEntry[]> {
    return readAudit(this.#db, query);
  }

  async #change<T>(what: string, work: (db: Kysely<Tables>, now: string) => Promise<{ result: T; filmIds: readonly number[] }>): Promise<T> {
    try {
      return await this.edit(what, work);
    } finally {
      this.noteOwnWrite();
    }
  }
}
