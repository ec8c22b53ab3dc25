/**
 * A film's critic figures for media tools (Radarr, Jellyfin, Kodi, Overseerr, Kometa), which look films up by IMDb
 * or TMDb id: the by-imdb/by-tmdb API and the OMDb-shaped route both answer from this. The figures come from the
 * same profile as the film page (film-data.ts), so a tool never shows a number the site does not.
 */
import type { FilmCatalogFacts } from '../domain/catalog.ts';
import { PlauditError } from '../domain/errors.ts';
import type { FilmSummary } from '../domain/film.ts';
import type { ListCache } from './list-cache.ts';
import type { ServerDeps } from './deps.ts';
import { loadFilmData } from './film-data.ts';
import { filmPath } from './paths.ts';

export interface MediaFigures {
  film: FilmSummary;
  catalog: FilmCatalogFacts | null;
  /** The profile's headline figures; the scores are null below the minimum number of reviews. */
  reviewCount: number;
  positiveCount: number;
  negativeCount: number;
  scores: { percentPositive: number; percentPositiveInterval: { low: number; high: number }; averageScore: number; averageScoreInterval: { low: number; high: number } } | null;
  minReviews: number;
  note: string | null;
  /** The film page, absolute. */
  link: string;
}

export async function mediaFigures(deps: ServerDeps, lists: ListCache, film: FilmSummary, site: string): Promise<MediaFigures> {
  const [{ profile }, facts] = await Promise.all([loadFilmData(deps, lists, film.id), deps.store.filmCatalogFacts(film.id)]);
  const s = profile.scores;
  return {
    film,
    catalog: facts,
    reviewCount: profile.reviewCount,
    positiveCount: profile.positiveCount,
    negativeCount: profile.negativeCount,
    scores: s === null ? null : {
      percentPositive: s.percentPositive,
      percentPositiveInterval: s.percentPositiveInterval,
      averageScore: s.averageScore,
      averageScoreInterval: s.averageScoreInterval,
    },
    minReviews: profile.minReviews,
    note: profile.note,
    link: `${site}${filmPath(film)}`,
  };
}

/** The film with this external id; malformed ids are the caller's to refuse first. */
export async function filmByExternalId(deps: ServerDeps, query: { imdb: string } | { tmdb: number }): Promise<FilmSummary> {
  const [film] = await deps.store.lookUpFilms('imdb' in query ? { by: 'imdb', imdb: query.imdb } : { by: 'tmdb', tmdb: query.tmdb });
  if (film !== undefined) return film;
  const what = 'imdb' in query ? `the IMDb id ${query.imdb}` : `the TMDb id ${query.tmdb}`;
  throw new PlauditError('not-found', `No film has ${what}. \`plaudit catalog import\` gives films their IMDb and TMDb ids.`);
}
