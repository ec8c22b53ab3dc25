/** Web reads: critics and outlets with their counts, and current reviews by film, critic, outlet or id. */
import { sql, type Kysely } from 'kysely';
import type { NameKind, NameSummary, ReviewScope, WebReview } from '../web-port.ts';
import { currentReviews, toStoredReview } from './read-reviews.ts';
import { outletNotBlocked } from './editorial-filters.ts';
import { correctedVerdict, reviewNotRemoved } from './review-corrections.ts';
import { reviewJudged } from './review-judged.ts';
import type { Tables } from './tables.ts';

const TABLES = { critic: 'critics', outlet: 'outlets' } as const;
const COLUMNS = { critic: 'v.critic_id', outlet: 'v.outlet_id' } as const;

function nameSummaries(db: Kysely<Tables>, kind: NameKind) {
  return db
    // Cast to one table: the two differ only in columns this query does not read, and a union of them defeats Kysely's join typing.
    .selectFrom(`${TABLES[kind]} as n` as 'critics as n')
    .innerJoin('review_versions as v', COLUMNS[kind], 'n.id')
    .innerJoin('reviews as r', 'r.current_version_id', 'v.id')
    .where(reviewNotRemoved())
    .where(reviewJudged())
    .select(['n.id', 'n.name'])
    .select((eb) => [
      eb.fn.countAll<number>().as('review_count'),
      eb.fn.sum<number>(eb.case().when(correctedVerdict(), '=', 'positive').then(1).else(0).end()).as('positive_count'),
    ])
    .groupBy('n.id');
}

function toSummary(kind: NameKind, row: { id: number; name: string; review_count: unknown; positive_count: unknown }): NameSummary {
  return { kind, id: row.id, name: row.name, reviewCount: Number(row.review_count), positiveCount: Number(row.positive_count ?? 0) };
}

/** Names with at least one current review, most reviews first. */
export async function listNames(db: Kysely<Tables>, kind: NameKind): Promise<NameSummary[]> {
  const rows = await nameSummaries(db, kind).orderBy('review_count', 'desc').orderBy('n.name').execute();
  return rows.map((row) => toSummary(kind, row));
}

export async function getName(db: Kysely<Tables>, kind: NameKind, id: number): Promise<NameSummary | null> {
  const row = await nameSummaries(db, kind).where('n.id', '=', id).executeTakeFirst();
  if (row !== undefined) return toSummary(kind, row);
  // A name whose every review moved on still has a page, with nothing on it.
  const bare = await db.selectFrom(TABLES[kind]).select(['id', 'name']).where('id', '=', id).executeTakeFirst();
  return bare === undefined ? null : { kind, id: bare.id, name: bare.name, reviewCount: 0, positiveCount: 0 };
}

export async function webReviews(db: Kysely<Tables>, scope: ReviewScope): Promise<WebReview[]> {
  let query = currentReviews(db).select(['v.critic_id', 'v.outlet_id']);
  // A blocked outlet's reviews leave their films' lists; its own page still shows them.
  if ('filmId' in scope) query = query.where('r.film_id', '=', scope.filmId).where(outletNotBlocked());
  else if ('criticId' in scope) query = query.where('v.critic_id', '=', scope.criticId);
  else if ('outletId' in scope) query = query.where('v.outlet_id', '=', scope.outletId);
  else query = query.where('r.id', '=', scope.reviewId);
  // A removed review leaves every list; read by its id it is still there, marked removed.
  if (!('reviewId' in scope)) query = query.where(reviewNotRemoved());
  const rows = await query
    .orderBy(sql`case when v.published_at is null then 1 else 0 end`)
    .orderBy('v.published_at', 'desc')
    .orderBy('r.id')
    .execute();
  return rows.map((row) => ({ ...toStoredReview(row), criticId: row.critic_id, outletId: row.outlet_id }));
}
