/**
 * GET /api/v1/films, /films/{film}, /films/{film}/profile, /films/{film}/reviews (filtered and sorted as on the film
 * page). {film} is the id or any other film name (use-cases/find-film.ts): a name several films share is a 409
 * whose body lists them.
 */
import { Hono, type MiddlewareHandler } from 'hono';
import { z } from 'zod';
import type { ListCache } from '../list-cache.ts';
import type { ServerDeps } from '../deps.ts';
import { loadFilmData } from '../film-data.ts';
import { reviewFilterOf, ReviewListQuery, selectReviews } from '../review-list.ts';
import { IdParam, PageQuery, paginate, parseWith } from '../validate.ts';
import { filmJson, reviewJson } from './serialize.ts';
import { PlauditError } from '../../domain/errors.ts';
import type { FilmSummary } from '../../domain/film.ts';
import { findFilm } from '../../use-cases/find-film.ts';
import { API_PREFIX } from '../paths.ts';

export const FilmListQuery = PageQuery.extend({
  sort: z.enum(['title', 'reviews', 'top', 'recent']).default('title'),
}).strict();

/** The film page's filters and order (review-list.ts), with the API's limit and offset. */
export const FilmReviewsQuery = PageQuery.extend(ReviewListQuery.shape).strict();

export function filmRoutes(deps: ServerDeps, lists: ListCache): Hono {
  const api = new Hono();

  // A film merged into another answers 308, not 301: the merge is permanent, and 308 keeps the method and body,
  // so a client's POST to the old film's address (merge, edit) is not turned into a GET on the way.
  const mergedFilm: MiddlewareHandler = async (c, next) => {
    const id = c.req.param('id') ?? '';
    const mergedInto = /^\d{1,15}$/.test(id) ? await deps.store.filmRedirect(Number(id)) : null;
    if (mergedInto === null) return next();
    const url = new URL(c.req.url);
    url.pathname = url.pathname.replace(new RegExp(`/films/${id}(?=/|$)`), `/films/${mergedInto}`);
    return c.redirect(`${url.pathname}${url.search}`, 308);
  };
  api.use('/films/:id', mergedFilm);
  api.use('/films/:id/*', mergedFilm);

  api.get('/films', async (c) => {
    const query = parseWith(FilmListQuery, c.req.query(), 'query');
    const films = await lists.films(query.sort);
    const { items, page } = paginate(films, query, c.req.url);
    return c.json({ items: items.map((film) => filmJson(film, deps.minReviews)), page });
  });

  api.get('/films/:id', async (c) => {
    const film = await filmNamed(deps, lists, c.req.param('id'));
    return c.json({ ...filmJson(film, deps.minReviews), catalog: await deps.store.filmCatalogFacts(film.id) });
  });

  api.get('/films/:id/profile', async (c) => {
    const { id } = await filmNamed(deps, lists, c.req.param('id'));
    const data = await loadFilmData(deps, lists, id);
    return c.json({ film: { ...filmJson(data.film, deps.minReviews), catalog: data.catalog }, profile: data.profile, credits: data.credits, sections: data.sections });
  });

  api.get('/films/:id/reviews', async (c) => {
    const { id } = await filmNamed(deps, lists, c.req.param('id'));
    const query = parseWith(FilmReviewsQuery, c.req.query(), 'query');
    const reviews = selectReviews(await deps.store.webReviews({ filmId: id }), reviewFilterOf(query));
    const { items, page } = paginate(reviews, query, c.req.url);
    return c.json({ items: items.map(reviewJson), page });
  });

  return api;
}

/** The film a path names: digits are its id (0 is refused as malformed); anything else is a film name. */
async function filmNamed(deps: ServerDeps, lists: ListCache, name: string): Promise<FilmSummary> {
  if (/^\d+$/.test(name)) {
    const { id } = parseWith(IdParam, { id: name }, 'film id');
    const film = await lists.film(id);
    if (film === null) throw new PlauditError('not-found', `There is no film with id ${id}.`);
    return film;
  }
  return findFilm(deps.store, name, { open: (film) => `${API_PREFIX}/films/${encodeURIComponent(film)}` });
}
