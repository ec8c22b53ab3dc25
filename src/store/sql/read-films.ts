/** Film queries: listing with review counts from current versions, search by title or key, one film by id. */
import { sql, type Kysely } from 'kysely';
import type { Film, FilmSummary } from '../../domain/film.ts';
import { nameKey } from '../name-key.ts';
import { filmNotRedirected, outletNotBlocked } from './editorial-filters.ts';
import { correctedVerdict, expectedPositive, reviewNotRemoved } from './review-corrections.ts';
import { reviewJudged } from './review-judged.ts';
import type { Tables } from './tables.ts';

/**
 * Films with their counts; films no review points at any more (moved by a new version) count zero, and a review
 * whose current version is a near-duplicate of another (syndication) is not counted, nor one from a blocked
 * outlet, nor one nothing judged (review-judged.ts); a film merged into another is not listed (lookUpFilms follows its redirect).
 */
export function filmSummaries(db: Kysely<Tables>) {
  return db
    .selectFrom('films as f')
    .leftJoin('reviews as r', 'r.film_id', 'f.id')
    .leftJoin('review_versions as v', (join) =>
      join.onRef('v.id', '=', 'r.current_version_id').on('v.duplicate_of_review_id', 'is', null).on(outletNotBlocked()).on(reviewNotRemoved()).on(reviewJudged()),
    )
    .where(filmNotRedirected())
    .select(['f.id', 'f.key', 'f.title', 'f.year'])
    .select((eb) => [
      eb.fn.count<number>('v.id').as('review_count'),
      // An editor's verdict counts in place of the judged one (review-corrections.ts).
      // A review whose version is not counted (v null) adds nothing, even with an editor's verdict.
      eb.fn.sum<number | null>(eb.case().when('v.id', 'is', null).then(0).when(correctedVerdict(), '=', 'positive').then(1).else(0).end()).as('positive_count'),
      eb.fn.sum<number | null>(expectedPositive()).as('expected_positive'),
    ])
    .groupBy('f.id');
}

interface SummaryRow {
  id: number;
  key: string;
  title: string | null;
  year: number | null;
  review_count: number | string | bigint;
  positive_count: number | string | bigint | null;
  expected_positive: number | string | null;
}

export function toSummary(row: SummaryRow): FilmSummary {
  return {
    id: row.id,
    key: row.key,
    title: row.title,
    year: row.year,
    reviewCount: Number(row.review_count),
    positiveCount: Number(row.positive_count ?? 0),
    expectedPositive: Number(row.expected_positive ?? 0),
  };
}

/** Titled films by title, then untitled ones (export keys only); dated before undated within a title. */
const titleOrder = sql`case when f.title_key is null then 1 else 0 end, f.title_key, case when f.year is null then 1 else 0 end, f.year, f.id`;

export async function listFilms(db: Kysely<Tables>): Promise<FilmSummary[]> {
  const rows = await filmSummaries(db).orderBy(titleOrder).execute();
  return rows.map(toSummary);
}

/** Exact title, then title prefix, then title substring, then a match inside an export key. */
export async function findFilms(db: Kysely<Tables>, query: string): Promise<FilmSummary[]> {
  const title = nameKey(query);
  if (title === '') return [];
  const like = escapeLike(title);
  const keyLike = `key:%${escapeLike(query.trim().toLowerCase())}%`;
  const rank = sql<number>`case
    when f.title_key = ${title} then 0
    when f.title_key like ${`${like}%`} escape '\\' then 1
    when f.title_key like ${`%${like}%`} escape '\\' then 2
    when lower(f.key) like ${keyLike} escape '\\' then 3
  end`;
  const rows = await filmSummaries(db)
    .select(rank.as('rank'))
    .where(rank, 'is not', null)
    .orderBy(rank)
    .orderBy(titleOrder)
    .execute();
  return rows.map(toSummary);
}

export async function getFilm(db: Kysely<Tables>, id: number): Promise<Film | null> {
  const row = await db
    .selectFrom('films')
    .select(['id', 'key', 'title', 'year'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row ?? null;
}

/** LIKE treats % and _ as wildcards; a title such as "100% Wolf" must match itself. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
