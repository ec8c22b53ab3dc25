/**
 * What a catalog entry changes on the film it describes. Catalog fields the entry gives replace the stored ones;
 * fields it leaves out stay. Title and year are the film's identity, which reviews matched on: the catalog only
 * fills them in where the film has none, and never renames or redates a film.
 */
import type { CatalogEntry, FilmCatalogFacts } from '../domain/catalog.ts';
import { nameKey } from '../store/name-key.ts';

/** A stored film as the catalog sees it. */
export interface CatalogState extends FilmCatalogFacts {
  title: string | null;
  year: number | null;
}

export type CatalogPatch = Partial<CatalogState>;

export function catalogChanges(current: CatalogState, entry: CatalogEntry): CatalogPatch {
  const patch: CatalogPatch = {};
  if (current.title === null && entry.title !== undefined) patch.title = entry.title;
  if (current.year === null && entry.year !== undefined) patch.year = entry.year;
  const given: Partial<FilmCatalogFacts> = {
    ...(entry.originalTitle !== undefined ? { originalTitle: entry.originalTitle } : {}),
    ...(entry.aliases !== undefined ? { aliases: entry.aliases } : {}),
    ...(entry.ids.imdb !== undefined ? { imdbId: entry.ids.imdb } : {}),
    ...(entry.ids.tmdb !== undefined ? { tmdbId: entry.ids.tmdb } : {}),
    ...(entry.ids.wikidata !== undefined ? { wikidataId: entry.ids.wikidata } : {}),
    ...(entry.directors !== undefined ? { directors: entry.directors } : {}),
    ...(entry.runtimeMinutes !== undefined ? { runtimeMinutes: entry.runtimeMinutes } : {}),
    ...(entry.genres !== undefined ? { genres: entry.genres } : {}),
    ...(entry.mpaaRating !== undefined ? { mpaaRating: entry.mpaaRating } : {}),
    ...(entry.releaseDate !== undefined ? { releaseDate: entry.releaseDate } : {}),
    ...(entry.synopsis !== undefined ? { synopsis: entry.synopsis } : {}),
  };
  for (const [field, value] of Object.entries(given) as [keyof FilmCatalogFacts, unknown][]) {
    if (JSON.stringify(value) !== JSON.stringify(current[field])) Object.assign(patch, { [field]: value });
  }
  return patch;
}

/**
 * Why an entry found by its external id may not describe that film: its title and year name another film. The
 * film's own title, original title and aliases all count as its title.
 */
export function identityConflict(film: CatalogState, entry: CatalogEntry): string | null {
  if (entry.year !== undefined && film.year !== null && entry.year !== film.year) return `it is dated ${film.year}, not ${entry.year}`;
  if (entry.title === undefined || film.title === null) return null;
  const names = [film.title, film.originalTitle, ...film.aliases].flatMap((name) => (name === null ? [] : [nameKey(name)]));
  return names.includes(nameKey(entry.title)) ? null : `it is titled ${film.title}, not ${entry.title}`;
}

/** "Halloween (1978)", or the key of an untitled film. */
export function describeFilm(film: { id: number; key: string; title: string | null; year: number | null }): string {
  const name = film.title ?? `untitled, key ${film.key.replace(/^key:/, '')}`;
  return `film ${film.id}, ${name}${film.year !== null && film.title !== null ? ` (${film.year})` : ''}`;
}
