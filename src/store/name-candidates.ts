/**
 * What both engines' name search does with the candidates its index proposes (SQLite's FTS5 trigram table,
 * PostgreSQL's pg_trgm index): decode each row's key (id * 4 + kind, as the search_names tables store it), rank by
 * nameSimilarity(), drop noise and repeated people, best first. Pure, so the engines differ only in their queries.
 */
import { MIN_NAME_SIMILARITY, nameSimilarity } from './name-similarity.ts';
import type { NameHit, PersonFilm, SearchKind } from './web-port.ts';

/** The kind codes in search_names' keys (the same in both schemas). */
const KIND_BY_CODE: Record<number, SearchKind> = { 0: 'film', 1: 'critic', 2: 'outlet', 3: 'person' };

export function rankNameCandidates(query: string, rows: readonly { rowid: number | string; name: string }[], limit: number): NameHit[] {
  const hits: NameHit[] = [];
  const people = new Set<string>();
  for (const row of rows) {
    const similarity = nameSimilarity(query, row.name);
    if (similarity < MIN_NAME_SIMILARITY) continue;
    const rowid = Number(row.rowid);
    const kind = KIND_BY_CODE[rowid % 4] ?? 'film';
    // A person is indexed once per review naming them; one hit per name is enough.
    if (kind === 'person') {
      if (people.has(row.name)) continue;
      people.add(row.name);
    }
    hits.push({ kind, id: Math.floor(rowid / 4), name: row.name, similarity });
  }
  hits.sort((a, b) => b.similarity - a.similarity || a.name.localeCompare(b.name));
  return hits.slice(0, limit);
}

/** A person's films from rows of (film, comma-joined roles, review count), as both engines' queries return them. */
export function personFilmRows(rows: readonly { film_id: number; roles: string; reviews: number | string }[]): PersonFilm[] {
  return rows.map((row) => ({ filmId: row.film_id, roles: row.roles.split(','), reviews: Number(row.reviews) }));
}
