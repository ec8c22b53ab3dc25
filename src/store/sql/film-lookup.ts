/**
 * Exact film lookups (store/port.ts FilmQuery): by id, stored key, external id, title or alias key, and the words
 * of a slug; and what the catalog holds for one film. SQL only: which lookups a film name tries, and what several
 * answers mean, is use-cases/find-film.ts's business.
 */
import { sql, type Kysely } from 'kysely';
import type { FilmCatalogFacts } from '../../domain/catalog.ts';
import type { FilmSummary } from '../../domain/film.ts';
import type { FilmQuery } from '../port.ts';
import { escapeLike, filmSummaries, toSummary } from './read-films.ts';
import { redirectedFilmId } from './editorial-filters.ts';
import type { Tables } from './tables.ts';

/** More films than any name worth listing the candidates of. */
const MAX_FILMS = 100;

export async function lookUpFilms(db: Kysely<Tables>, query: FilmQuery): Promise<FilmSummary[]> {
  const films = filmSummaries(db);
  let where;
  switch (query.by) {
    case 'id':
      where = films.where('f.id', '=', redirectedFilmId(query.id));
      break;
    case 'key':
      // A merged film's key names the film it was merged into.
      where = films.where('f.id', 'in', db.selectFrom('films as k').leftJoin('film_redirects as kr', 'kr.from_film_id', 'k.id')
        .select((eb) => eb.fn.coalesce('kr.to_film_id', 'k.id').as('id')).where('k.key', '=', query.key));
      break;
    case 'imdb':
      where = films.where('f.imdb_id', '=', query.imdb);
      break;
    case 'tmdb':
      where = films.where('f.tmdb_id', '=', query.tmdb);
      break;
    case 'wikidata':
      where = films.where('f.wikidata_id', '=', query.wikidata);
      break;
    case 'title': {
      const key = query.titleKey;
      where = films.where((eb) =>
        eb.or([
          eb('f.title_key', '=', key),
          eb('f.id', 'in', eb.selectFrom('film_aliases').select('film_id').where('alias_key', '=', key)),
        ]),
      );
      if (query.year !== undefined) where = where.where('f.year', '=', query.year);
      break;
    }
    case 'title-words': {
      if (query.words.length === 0) return [];
      const pattern = `%${query.words.map(escapeLike).join('%')}%`;
      where = films.where(sql<boolean>`f.title_key like ${pattern} escape '\\'`);
      break;
    }
  }
  const rows = await where.orderBy('f.id').limit(MAX_FILMS).execute();
  return rows.map(toSummary);
}

/** What the catalog holds for one film (empty lists and nulls where nothing), or null for no such film. */
export async function filmCatalogFacts(db: Kysely<Tables>, filmId: number): Promise<FilmCatalogFacts | null> {
  const row = await db.selectFrom('films').selectAll().where('id', '=', filmId).executeTakeFirst();
  if (row === undefined) return null;
  const aliases = await db.selectFrom('film_aliases').select('alias').where('film_id', '=', filmId).orderBy('id').execute();
  return {
    originalTitle: row.original_title,
    aliases: aliases.map((alias) => alias.alias),
    imdbId: row.imdb_id,
    tmdbId: row.tmdb_id,
    wikidataId: row.wikidata_id,
    directors: jsonStrings(row.directors),
    runtimeMinutes: row.runtime_minutes,
    genres: jsonStrings(row.genres),
    mpaaRating: row.mpaa_rating,
    releaseDate: row.release_date,
    synopsis: row.synopsis,
  };
}

/** A JSON array column; anything else (an old or hand-edited value) reads as empty rather than failing a page. */
export function jsonStrings(value: string | null): string[] {
  if (value === null) return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}
