/**
 * Search on PostgreSQL (migrations/001-schema.ts): names through the trigram index on search_names (pg_trgm), review
 * text through the tsvector index on search_reviews. The same answers as SQLite's FTS5 queries
 * (sqlite/search-queries.ts): the index proposes candidates, nameSimilarity() ranks names; review text needs every
 * word (the last as a prefix), best rank first, current versions only, removed and blocked reviews left out.
 */
import { sql, type Kysely } from 'kysely';
import { personFilmRows, rankNameCandidates } from '../name-candidates.ts';
import type { Tables } from '../sql/tables.ts';
import type { NameHit, PersonFilm, ReviewTextHit } from '../web-port.ts';

/** How many trigram neighbours to rank; as SQLite's, enough for common pieces not to crowd out the right name. */
const CANDIDATES = 400;

export async function searchNames(db: Kysely<Tables>, query: string, limit: number): Promise<NameHit[]> {
  if (query.trim().length < 3) return [];
  // `<->` walks the GiST index nearest first, so the candidates are the closest names whatever pg_trgm's threshold.
  const { rows } = await sql<{ rowid: string | number; name: string }>`
    select rowid, name from search_names
    where not (rowid % 4 = 0 and exists (select 1 from film_redirects as fr where fr.from_film_id = search_names.rowid / 4))
    order by folded <-> plaudit_fold(${query})
    limit ${CANDIDATES}`.execute(db);
  return rankNameCandidates(query, rows, limit);
}

/**
 * A tsquery of the query's words, every one required, the last (of three letters or more) as a prefix. Each word is
 * a quoted lexeme, so nothing a user types runs as tsquery syntax.
 */
export function reviewTextQuery(query: string): string | null {
  const words = query.normalize('NFKC').match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
  if (words.length === 0) return null;
  return words
    .slice(0, 12)
    .map((word, i, all) => `'${word.toLowerCase().replace(/'/g, "''").replace(/\\/g, '\\\\')}'${i === all.length - 1 && word.length >= 3 ? ':*' : ''}`)
    .join(' & ');
}

export async function searchReviewText(db: Kysely<Tables>, query: string, limit: number): Promise<ReviewTextHit[]> {
  const match = reviewTextQuery(query);
  if (match === null) return [];
  const { rows } = await sql<{ review_id: number; film_id: number; critic: string | null; outlet: string | null; snippet: string; text: string }>`
    with q as (select to_tsquery('simple', plaudit_fold(${match})) as query)
    select r.id as review_id, r.film_id, c.name as critic, o.name as outlet, v.text,
      ts_headline('simple', v.text, q.query,
        'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=24, MinWords=12, MaxFragments=1, FragmentDelimiter=…') as snippet
    from q, search_reviews s
    join reviews r on r.current_version_id = s.version_id
    join review_versions v on v.id = s.version_id
    left join critics c on c.id = v.critic_id
    left join outlets o on o.id = v.outlet_id
    where s.document @@ q.query
      and not exists (select 1 from review_corrections rm where rm.review_id = r.id and rm.removed = 1)
      and (o.id is null or o.blocked_at is null)
    order by ts_rank(s.document, q.query) desc, r.id
    limit ${limit}`.execute(db);
  return rows.map((row) => ({
    reviewId: row.review_id,
    filmId: row.film_id,
    critic: row.critic,
    outlet: row.outlet,
    snippet: withEllipses(row.snippet, row.text),
  }));
}

/** ts_headline cuts a fragment out without saying so; mark the cuts with "…", as FTS5's snippet() does. */
function withEllipses(snippet: string, text: string): string {
  const plain = snippet.replace(/[\u0002\u0003]/g, '').trim();
  const start = text.trimStart().startsWith(plain.slice(0, 40)) ? '' : '…';
  const end = text.trimEnd().endsWith(plain.slice(-40)) ? '' : '…';
  return `${start}${snippet.trim()}${end}`;
}

export async function personFilms(db: Kysely<Tables>, name: string): Promise<PersonFilm[]> {
  const { rows } = await sql<{ film_id: number; roles: string; reviews: number }>`
    select r.film_id, string_agg(distinct f.kind, ',') as roles, count(distinct r.id) as reviews
    from review_facts f
    join reviews r on r.current_version_id = f.review_version_id
    where f.value = ${name}
    group by r.film_id
    order by reviews desc, r.film_id
    limit 50`.execute(db);
  return personFilmRows(rows);
}
