/** The facts a film's reviews state about it, for merging into its credits. */
import type { Kysely } from 'kysely';
import type { FactKind, FactSource, ReviewFilmFact } from '../../domain/credits.ts';
import { outletNotBlocked } from './editorial-filters.ts';
import { reviewNotRemoved } from './review-corrections.ts';
import type { Tables } from './tables.ts';

/** Facts of the film's current, non-duplicate review versions, with each review's critic and outlet. */
export async function filmFacts(db: Kysely<Tables>, filmId: number): Promise<ReviewFilmFact[]> {
  const rows = await db
    .selectFrom('reviews as r')
    .innerJoin('review_versions as v', 'v.id', 'r.current_version_id')
    .innerJoin('review_facts as f', 'f.review_version_id', 'v.id')
    .leftJoin('critics as c', 'c.id', 'v.critic_id')
    .leftJoin('outlets as o', 'o.id', 'v.outlet_id')
    .select(['r.id as review_id', 'c.name as critic', 'o.name as outlet'])
    .select(['f.kind', 'f.value', 'f.character', 'f.source', 'f.evidence'])
    .where('r.film_id', '=', filmId)
    .where('v.duplicate_of_review_id', 'is', null)
    .where(outletNotBlocked())
    .where(reviewNotRemoved())
    .orderBy('r.id')
    .orderBy('f.position')
    .execute();
  return rows.map((row) => ({
    reviewId: row.review_id,
    critic: row.critic,
    outlet: row.outlet,
    kind: row.kind as FactKind,
    value: row.value,
    ...(row.character === null ? {} : { character: row.character }),
    source: row.source as FactSource,
    evidence: row.evidence,
  }));
}
