/**
 * The film catalog: what identifies a film beyond its title (external ids, aliases) and what describes it
 * (directors, runtime, genres, rating, release date, synopsis). Written by `plaudit catalog import`, never by a
 * review, so that what a review says can never rename a film or change another review's verdict.
 */

/** Ids other services give the film; each, where given, names one film only. */
export interface ExternalIds {
  /** IMDb: "tt" and 7 or more digits. */
  imdb?: string;
  /** TMDb's movie id. */
  tmdb?: number;
  /** Wikidata: "Q" and digits. */
  wikidata?: string;
}

/** One catalog row after mapping and checking: everything optional but a way to find or make the film. */
export interface CatalogEntry {
  /** The source's own film key (the RT export's movie id): the same key its reviews carry. */
  key?: string;
  title?: string;
  year?: number;
  originalTitle?: string;
  aliases?: string[];
  ids: ExternalIds;
  directors?: string[];
  runtimeMinutes?: number;
  genres?: string[];
  mpaaRating?: string;
  /** ISO date. */
  releaseDate?: string;
  synopsis?: string;
}

/** What the catalog holds for one stored film; empty lists and nulls where it holds nothing. */
export interface FilmCatalogFacts {
  originalTitle: string | null;
  aliases: string[];
  imdbId: string | null;
  tmdbId: number | null;
  wikidataId: string | null;
  directors: string[];
  runtimeMinutes: number | null;
  genres: string[];
  mpaaRating: string | null;
  releaseDate: string | null;
  synopsis: string | null;
}

/** What became of one catalog row. */
export type CatalogRowResult =
  | { status: 'created' | 'updated' | 'unchanged'; filmId: number }
  | { status: 'rejected'; reason: string };
