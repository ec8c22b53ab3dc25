/**
 * Search over the FTS5 indexes of migration 003. Names: the trigram index proposes candidates that share any
 * three-letter piece with the query, and nameSimilarity() ranks them, so a typo still finds the name; a film merged
 * into another is left out, since it is no longer a film of its own (an undo of the merge brings it back). Review
 * text: every word must match (the last as a prefix), best bm25 first, current versions only.
 */
import { sql, type Kysely } from 'kysely';
import { personFilmRows, rankNameCandidates } from '../name-candidates.ts';
import { textMatchQuery, trigramMatchQuery } from '../name-similarity.ts';
import type { NameHit, PersonFilm, ReviewTextHit } from '../web-port.ts';
import { NAME_KIND_CODES } from './migrations/003-search-index.ts';
import type { Tables } from '../sql/tables.ts';

/** How many trigram candidates to rank; enough for common pieces ("the") not to crowd out the right name. */
const CANDIDATES = 400;

export async function searchNames(db: Kysely<Tables>, query: string, limit: number): Promise<NameHit[]> {
  const match = trigramMatchQuery(query);
  if (match === null) return [];
  const { rows } = await sql<{ rowid: number; name: string }>`
    select rowid, name from search_names where search_names match ${match}
      and not (search_names.rowid % 4 = ${sql.lit(NAME_KIND_CODES.film)}
        and exists (select 1 from film_redirects as fr where fr.from_film_id = search_names.rowid / 4))
      order by rank limit ${CANDIDATES}`.execute(db);
  return rankNameCandidates(query, rows, limit);
}

export async function searchReviewText(db: Kysely<Tables>, query: string, limit: number): Promise<ReviewTextHit[]> {
  const match = textMatchQuery(query);
  if (match === null) return [];
  const { rows } = await sql<{ review_id: number; film_id: number; critic: string | null; outlet: string | null; snippet: string }>`
    select r.id as review_id, r.film_id, c.name as critic, o.name as outlet,
      snippet(search_reviews, 0, char(2), char(3), '…', 24) as snippet
    from search_reviews s
    join reviews r on r.current_version_id = s.rowid
    join review_versions v on v.id = s.rowid
    left join critics c on c.id = v.critic_id
    left join outlets o on o.id = v.outlet_id
    where search_reviews match ${match}
      -- What the lists leave out, search leaves out: a review an editor removed, one from a blocked outlet.
      and not exists (select 1 from review_corrections rm where rm.review_id = r.id and rm.removed = 1)
      and (o.id is null or o.blocked_at is null)
    order by s.rank
    limit ${limit}`.execute(db);
  return rows.map((row) => ({
    reviewId: row.review_id,
    filmId: row.film_id,
    critic: row.critic,
    outlet: row.outlet,
    snippet: row.snippet,
  }));
}

export async function personFilms(db: Kysely<Tables>, name: string): Promise<PersonFilm[]> {
  const { rows } = await sql<{ film_id: number; roles: string; reviews: number }>`
    select r.film_id, group_concat(distinct f.kind) as roles, count(distinct r.id) as reviews
    from review_facts f
    join reviews r on r.current_version_id = f.review_version_id
    where f.value = ${name}
    group by r.film_id
    order by reviews desc, r.film_id
    limit 50`.execute(db);
  return personFilmRows(rows);
}
