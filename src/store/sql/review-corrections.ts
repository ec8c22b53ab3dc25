/**
 * Editors' corrections of reviews in SQLite (009-review-corrections.ts): the conditions and expressions every read
 * that lists or counts reviews applies, so a corrected verdict counts as corrected and a removed review counts
 * nowhere, and the writes the correction use cases make (always inside the caller's transaction, with its audit entry).
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { CorrectionState } from '../../domain/correction.ts';
import { isEmptyCorrection } from '../../domain/correction.ts';
import type { Verdict } from '../../domain/verdict.ts';
import type { Tables } from './tables.ts';

/** True for a review (aliased r) an editor has not removed. */
export function reviewNotRemoved(): RawBuilder<boolean> {
  return sql<boolean>`not exists (select 1 from review_corrections as rm where rm.review_id = r.id and rm.removed = 1)`;
}

/** The verdict of a review (r) and its current version (v) as it counts: the editor's where one was set. */
export function correctedVerdict(): RawBuilder<string> {
  return sql<string>`coalesce((select cv.verdict from review_corrections as cv where cv.review_id = r.id), v.verdict)`;
}

/**
 * What a review (r, its current version v) adds to its film's expected positive count
 * (aggregate/expected-positive.ts): an editor's or a known verdict 1 or 0, a verdict read from the text its
 * probability. 0 where the version is not counted (the join left v null).
 */
export function expectedPositive(): RawBuilder<number> {
  return sql<number>`case
    when v.id is null then 0
    when v.verdict_source = 'text' and not exists (select 1 from review_corrections as cp where cp.review_id = r.id and cp.verdict is not null)
      then v.probability
    when ${correctedVerdict()} = 'positive' then 1
    else 0 end`;
}

export async function correctionState(db: Kysely<Tables>, reviewId: number): Promise<CorrectionState | null> {
  const row = await db.selectFrom('review_corrections').selectAll().where('review_id', '=', reviewId).executeTakeFirst();
  if (row === undefined) return null;
  return {
    verdict: row.verdict as Verdict | null,
    score: row.score,
    note: row.note,
    removed: row.removed === 1,
    removedReason: row.removed_reason,
    version: row.version,
  };
}

/** Writes the review's correction, or deletes it when null or empty (nothing set, not removed). */
export async function putCorrection(
  db: Kysely<Tables>,
  reviewId: number,
  state: CorrectionState | null,
  by: { actor: string; at: string },
): Promise<void> {
  if (state === null || isEmptyCorrection(state)) {
    await db.deleteFrom('review_corrections').where('review_id', '=', reviewId).execute();
    return;
  }
  const values = {
    verdict: state.verdict,
    score: state.score,
    note: state.note,
    removed: state.removed ? 1 : 0,
    removed_reason: state.removedReason,
    version: state.version,
    actor: by.actor,
    at: by.at,
  };
  await db
    .insertInto('review_corrections')
    .values({ review_id: reviewId, ...values })
    .onConflict((oc) => oc.column('review_id').doUpdateSet(values))
    .execute();
}

export async function setReviewFilm(db: Kysely<Tables>, reviewId: number, filmId: number): Promise<void> {
  await db.updateTable('reviews').set({ film_id: filmId }).where('id', '=', reviewId).execute();
}
