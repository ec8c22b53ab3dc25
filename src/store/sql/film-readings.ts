/**
 * The store's side of reading films in context (port.ts FilmReadings): each film's text-judged reviews from their
 * readings alone, and the readings in context written back, on the write transaction's connection. What a film's
 * reviews read beside one another make of them is the use-case layer's (use-cases/read-films-in-context.ts).
 */
import { sql, type Kysely } from 'kysely';
import type { JudgementSource, Verdict } from '../../domain/verdict.ts';
import type { FilmReadings, ReadingInContext, StoredTextReading } from '../port.ts';
import { chunked, LOOKUP_CHUNK, unique } from './bulk.ts';
import { currentVersions } from './read-reviews.ts';
import { outletNotBlocked } from './editorial-filters.ts';
import { reviewNotRemoved } from './review-corrections.ts';
import type { Tables } from './tables.ts';

export function filmReadings(db: Kysely<Tables>): FilmReadings {
  return {
    textReadings: (filmIds) => textReadings(db, filmIds),
    writeReadings: async (readings) => {
      for (const reading of readings) await writeReading(db, reading);
    },
  };
}

async function writeReading(db: Kysely<Tables>, reading: ReadingInContext): Promise<void> {
  await db
    .updateTable('review_versions')
    .set({ verdict: reading.verdict, probability: reading.probability, score: reading.score, context_reviews: reading.contextReviews })
    .where('id', '=', reading.versionId)
    .execute();
}

/** The text-judged current reviews of these films, each film's in review id order, read in one query per chunk. */
async function textReadings(db: Kysely<Tables>, filmIds: readonly number[]): Promise<Map<number, StoredTextReading[]>> {
  const byFilm = new Map<number, StoredTextReading[]>();
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
        sql<number>`length(v.text)`.as('text_length'),
        'c.name as critic',
        'o.name as outlet',
        sql<string | null>`(select cv.verdict from review_corrections as cv where cv.review_id = r.id)`.as('corrected_verdict'),
      ])
      .where('r.film_id', 'in', chunk)
      // Only text-judged reviews are pooled; the rest never change there, so they are not read.
      .where('v.verdict_source', '=', 'text')
      .where('v.duplicate_of_review_id', 'is', null)
      // A blocked outlet's reviews are not counted, so they are not read beside the others either.
      .where(outletNotBlocked())
      // A removed review is not read at all; a corrected one is, as evidence (port.ts StoredTextReading).
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
        textLength: Number(row.text_length),
        critic: row.critic,
        outlet: row.outlet,
        stored: { verdict: row.verdict, probability: row.probability, score: row.score, contextReviews: row.context_reviews },
      });
    }
  }
  return byFilm;
}
