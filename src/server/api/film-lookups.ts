/**
 * GET /api/v1/films/by-imdb/{imdbId} and /films/by-tmdb/{tmdbId}: a film's critic figures for media tools that
 * know films by those ids (media-figures.ts). A malformed id is a 400 and an unknown one a 404, both with a code.
 */
import { Hono } from 'hono';
import { IMDB_ID } from '../../domain/external-ids.ts';
import { PlauditError } from '../../domain/errors.ts';
import type { ListCache } from '../list-cache.ts';
import type { ServerDeps } from '../deps.ts';
import { filmByExternalId, mediaFigures, type MediaFigures } from '../media-figures.ts';
import { API_PREFIX } from '../paths.ts';
import { siteUrl } from '../site-url.ts';

/** TMDb's movie ids are positive integers; ten digits is far past the largest. */
const TMDB_ID = /^[1-9]\d{0,9}$/;

export function filmLookupRoutes(deps: ServerDeps, lists: ListCache): Hono {
  const api = new Hono();

  api.get('/films/by-imdb/:imdbId', async (c) => {
    const imdb = c.req.param('imdbId');
    if (!IMDB_ID.test(imdb)) {
      throw new PlauditError('invalid-argument', `"${imdb.slice(0, 40)}" is not an IMDb id: "tt" and 7 to 10 digits, e.g. tt0077651.`);
    }
    const film = await filmByExternalId(deps, { imdb });
    return c.json(lookupJson(await mediaFigures(deps, lists, film, siteUrl(c, deps.publicUrl))));
  });

  api.get('/films/by-tmdb/:tmdbId', async (c) => {
    const tmdb = c.req.param('tmdbId');
    if (!TMDB_ID.test(tmdb)) {
      throw new PlauditError('invalid-argument', `"${tmdb.slice(0, 40)}" is not a TMDb movie id: a positive whole number, e.g. 948.`);
    }
    const film = await filmByExternalId(deps, { tmdb: Number(tmdb) });
    return c.json(lookupJson(await mediaFigures(deps, lists, film, siteUrl(c, deps.publicUrl))));
  });

  return api;
}

export function lookupJson(figures: MediaFigures) {
  const { film, scores } = figures;
  return {
    film: {
      id: film.id,
      title: film.title,
      year: film.year,
      imdbId: figures.catalog?.imdbId ?? null,
      tmdbId: figures.catalog?.tmdbId ?? null,
    },
    reviewCount: figures.reviewCount,
    positiveCount: figures.positiveCount,
    negativeCount: figures.negativeCount,
    percentPositive: scores?.percentPositive ?? null,
    percentPositiveInterval: scores?.percentPositiveInterval ?? null,
    averageScore: scores?.averageScore ?? null,
    averageScoreInterval: scores?.averageScoreInterval ?? null,
    minReviews: figures.minReviews,
    /** Why the figures are null: too few reviews so far. */
    note: figures.note,
    link: figures.link,
    links: { film: `${API_PREFIX}/films/${film.id}`, profile: `${API_PREFIX}/films/${film.id}/profile` },
  };
}
