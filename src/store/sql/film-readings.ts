/**
 * Reads again, beside one another, the text-judged reviews of each film a save touched (the store's FilmRereader),
 * inside the saving transaction. It always starts from each version's reading alone (the alone_* columns), so a
 * film read twice gets the same figures, and a film that drops below the pooling minimum gets its readings alone
 * back. Only rows whose reading changes are written. Near-duplicates keep their reading alone: they are listed
 * with the film but not counted, so they do not take part.
 */
import { sql, type Kysely } from 'kysely';
import type { JudgementSource, Verdict } from '../../domain/verdict.ts';
import type { FilmRereader } from '../port.ts';
import { chunked, LOOKUP_CHUNK, unique } from './bulk.ts';
import { currentVersions } from './read-reviews.ts';
import { outletNotBlocked } from './editorial-filters.ts';
import { reviewNotRemoved } from './review-corrections.ts';
import type { Tables } from './tables.ts';

interface Reading {
  versionId: number;
  verdict: Verdict;
  probability: number;
  score: number;
  verdictSource: JudgementSource;
  scoreSource: JudgementSource;
  critic: string | null;
  outlet: string | null;
  /** For a review whose verdict an editor set: the text model's probability alone (evidence of how it reads the film). */
  modelProbability?: number;
  /** What is stored now, to skip rows whose reading does not change. */
  current: { verdict: string; probability: number; score: number; contextReviews: number | null };
}

export async function rereadFilms(db: Kysely<Tables>, filmIds: Iterable<number>, reread: FilmRereader): Promise<void> {
  for (const alone of (await readingsAlone(db, [...filmIds])).values()) {
    const { reviews, pooled } = reread(alone);
    const contextReviews = pooled > 0 ? pooled : null;
    for (const [i, read] of reviews.entries()) {
      const { current } = alone[i]!;
      // An editor's verdict is never written over; the review is only read as evidence.
      if (alone[i]!.verdictSource === 'editor') continue;
      const same =
        current.verdict === read.verdict &&
        current.probability === read.probability &&
        current.score === read.score &&
        current.contextReviews === contextReviews;
      if (same) continue;
      await db
        .updateTable('review_versions')
        .set({ verdict: read.verdict, probability: read.probability, score: read.score, context_reviews: contextReviews })
        .where('id', '=', read.versionId)
        .execute();
    }
  }
}

/** The text-judged current reviews of these films, each film's in review id order, read in one query per chunk. */
async function readingsAlone(db: Kysely<Tables>, filmIds: readonly number[]): Promise<Map<number, Reading[]>> {
  const byFilm = new Map<number, Reading[]>();
  for (const chunk of chunked(unique(filmIds), LOOKUP_CHUNK)) {
    const rows = await currentVersions(db)
      .select([
        'r.film_id',
        'v.id',
        'v.verdict',
        'v.probability',
        'v.score',
        'v.alone_verdict',
        'v.alone_probability',
        'v.alone_score',
        'v.context_reviews',
        'v.verdict_source',
        'v.score_source',
        'c.name as critic',
        'o.name as outlet',
        sql<string | null>`(select cv.verdict from review_corrections as cv where cv.review_id = r.id)`.as('corrected_verdict'),
      ])
      .where('r.film_id', 'in', chunk)
      // Only text-judged reviews are pooled; the rest never change here, so they are not read.
      .where('v.verdict_source', '=', 'text')
      .where('v.duplicate_of_review_id', 'is', null)
      // A blocked outlet's reviews are not counted, so they are not read beside the others either.
      .where(outletNotBlocked())
      // An editor's verdict is never read again, but its text's reading alone is evidence of how the model reads
      // the film (film-context.ts). A removed review is not read at all.
      .where(reviewNotRemoved())
      .orderBy('r.film_id')
      .orderBy('r.id')
      .execute();
    for (const row of rows) {
      const readings = byFilm.get(row.film_id) ?? [];
      if (readings.length === 0) byFilm.set(row.film_id, readings);
      const corrected = row.corrected_verdict !== null;
      readings.push({
        versionId: row.id,
        verdict: (row.corrected_verdict ?? row.alone_verdict ?? row.verdict) as Verdict,
        probability: row.alone_probability ?? row.probability,
        ...(corrected ? { modelProbability: row.alone_probability ?? row.probability } : {}),
        score: row.alone_score ?? row.score,
        verdictSource: corrected ? 'editor' : (row.verdict_source as JudgementSource),
        scoreSource: row.score_source as JudgementSource,
        critic: row.critic,
        outlet: row.outlet,
        current: { verdict: row.verdict, probability: row.probability, score: row.score, contextReviews: row.context_reviews },
      });
    }
  }
  return byFilm;
}
