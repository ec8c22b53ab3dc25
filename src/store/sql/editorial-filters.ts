/**
 * The conditions editorial marks add to the read paths (010-film-edits.ts), each one small and separate so a
 * read names what it leaves out: a film merged away is no longer listed, and a blocked outlet's reviews leave
 * their films' counts and lists while staying stored.
 */
import { sql, type RawBuilder } from 'kysely';

/** True for a review version (aliased v) whose outlet is not blocked; reviews without an outlet are never blocked. */
export function outletNotBlocked(): RawBuilder<boolean> {
  return sql<boolean>`not exists (select 1 from outlets as bo where bo.id = v.outlet_id and bo.blocked_at is not null)`;
}

/** True for a film (its id column, default f.id) that was not merged into another. */
export function filmNotRedirected(idColumn = 'f.id'): RawBuilder<boolean> {
  return sql<boolean>`not exists (select 1 from film_redirects as fr where fr.from_film_id = ${sql.ref(idColumn)})`;
}

/** The film a film id now names: the one it was merged into, else itself. */
export function redirectedFilmId(id: number): RawBuilder<number> {
  return sql<number>`coalesce((select to_film_id from film_redirects where from_film_id = ${id}), ${id})`;
}
